// Home: invitations waiting for the viewer, then every partnership the viewer's organisation is part of.
import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { ApiError, errorMessage, request } from '../api';
import { Banner } from '../components/Banner';
import { Loading } from '../components/Field';
import { HealthBadge } from '../components/HealthBadge';
import { LoadMore } from '../components/LoadMore';
import { LoadError } from '../components/PageState';
import { refresh, useChange } from '../data/cache';
import { keys } from '../data/keys';
import { modelLabel, statusLabel } from '../labels';
import { Link, partnershipPath } from '../router';
import type { Viewer } from '../session/queries';
import { ACCEPT_INVITATION, PARTNERSHIPS, type PartnershipSummary } from './queries';

const PAGE_SIZE = 20;

export function PartnershipList({ viewer }: { viewer: Viewer }) {
  const queryClient = useQueryClient();
  // Page by page; "Load more" appends the next one. A refresh (after accepting) loads the pages shown again.
  const list = useInfiniteQuery({
    queryKey: keys.partnerships,
    queryFn: ({ pageParam }) => request(PARTNERSHIPS, pageParam === null ? { first: PAGE_SIZE } : { first: PAGE_SIZE, after: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => (last.partnerships.pageInfo.hasNextPage ? last.partnerships.pageInfo.endCursor : undefined),
  });
  const acceptInvitation = useChange(ACCEPT_INVITATION, (v) => [keys.partnerships, keys.partnership(v.partnershipId)]);
  const [error, setError] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const accepting = acceptInvitation.isPending ? acceptInvitation.variables.partnershipId : undefined;

  // Every page's partnerships once, in order (a partnership may move to a later page between two loads).
  const items = uniqueById((list.data?.pages ?? []).flatMap((page) => page.partnerships.edges.map((e) => e.node)));

  async function accept(partnership: PartnershipSummary) {
    setNotice(undefined);
    try {
      await acceptInvitation.mutateAsync({ partnershipId: partnership.id });
      setNotice(`You joined “${partnership.name}”.`);
      setError(undefined);
    } catch (e) {
      setError(errorMessage(e));
      if (e instanceof ApiError && (e.code === 'CONFLICT' || e.code === 'NOT_FOUND')) {
        await refresh(queryClient, [keys.partnerships]);
      }
    }
  }

  useEffect(() => {
    document.title = 'Partnerships · Tandem';
  }, []);

  const invitations = items.filter((p) => p.viewerCanAccept);
  const partnerships = items.filter((p) => !p.viewerCanAccept);
  const canCreate = viewer.roles.includes('partner-admin');

  return (
    <main className="container page">
      <div className="page-heading">
        <h1>Partnerships</h1>
        {canCreate && (
          <Link href="/partnerships/new" className="button button-primary" data-testid="new-partnership">
            New partnership
          </Link>
        )}
      </div>

      {error && (
        <Banner kind="error" onDismiss={() => setError(undefined)}>
          {error}
        </Banner>
      )}
      {list.error && <LoadError message={list.error.message} onRetry={() => void list.refetch()} />}
      {notice && (
        <Banner kind="success" onDismiss={() => setNotice(undefined)}>
          {notice}
        </Banner>
      )}

      {list.isPending ? (
        <Loading label="Loading partnerships…" />
      ) : (
        <>
          {invitations.length > 0 && (
            <section className="section" aria-labelledby="invitations-heading">
              <h2 id="invitations-heading">Invitations</h2>
              <p className="muted">Your organisation has been invited to these partnerships. Accept to join.</p>
              <ul className="card-list" data-testid="invitation-list">
                {invitations.map((p) => (
                  <li key={p.id} className="card invitation" data-testid="invitation-item">
                    <div className="invitation-text">
                      <Link href={partnershipPath(p.id)} className="invitation-name">
                        {p.name}
                      </Link>
                      <p className="muted small">
                        {modelLabel(p.governanceModel)} · {partyNames(p)}
                      </p>
                    </div>
                    <button
                      type="button"
                      className="button button-primary"
                      onClick={() => void accept(p)}
                      disabled={accepting !== undefined}
                      data-testid="accept-invitation"
                    >
                      {accepting === p.id ? 'Accepting…' : 'Accept invitation'}
                      <span className="visually-hidden"> to {p.name}</span>
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          )}

          <section className="section" aria-labelledby="partnerships-heading">
            <h2 id="partnerships-heading" className={invitations.length > 0 ? undefined : 'visually-hidden'}>
              Your partnerships
            </h2>
            {partnerships.length === 0 ? (
              <div className="empty" data-testid="empty-partnerships">
                <p className="empty-title">No partnerships yet</p>
                <p className="muted">
                  {canCreate
                    ? 'Create one and invite the organisations you work with.'
                    : 'When your organisation joins a partnership, it appears here.'}
                </p>
              </div>
            ) : (
              <ul className="card-list" data-testid="partnership-list">
                {partnerships.map((p) => (
                  <li key={p.id} data-testid="partnership-item">
                    <Link href={partnershipPath(p.id)} className="card card-link">
                      <span className="card-title">{p.name}</span>
                      <span className="card-meta">
                        <span className="tag">{statusLabel(p.status)}</span>
                        <span>{modelLabel(p.governanceModel)}</span>
                      </span>
                      <span className="card-parties">{partyNames(p)}</span>
                      <HealthBadge health={p.health} />
                    </Link>
                  </li>
                ))}
              </ul>
            )}
            {list.hasNextPage && <LoadMore loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()} />}
          </section>
        </>
      )}
    </main>
  );
}

function uniqueById<T extends { id: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.id) && Boolean(seen.add(item.id)));
}

function partyNames(p: PartnershipSummary): string {
  return p.parties.map((party) => (party.accepted ? party.organization.name : `${party.organization.name} (invited)`)).join(' · ');
}
