// Home: invitations waiting for the viewer, then every partnership the viewer's organisation is part of.
import { useEffect, useState } from 'react';
import { ApiError, errorMessage, gql } from '../api';
import { Banner } from '../components/Banner';
import { Loading } from '../components/Field';
import { HealthBadge } from '../components/HealthBadge';
import { LoadMore } from '../components/LoadMore';
import { modelLabel, statusLabel } from '../labels';
import { ACCEPT_INVITATION, PARTNERSHIPS } from '../queries';
import { Link, partnershipPath } from '../router';
import type { Connection, PartnershipSummary, Viewer } from '../types';

const PAGE_SIZE = 20;

type PartnershipsData = { partnerships: Connection<PartnershipSummary> };

export function PartnershipList({ viewer }: { viewer: Viewer }) {
  const [items, setItems] = useState<PartnershipSummary[]>([]);
  const [endCursor, setEndCursor] = useState<string | null>(null);
  const [hasNextPage, setHasNextPage] = useState(false);
  const [loading, setLoading] = useState(true);
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const [accepting, setAccepting] = useState<string>();

  /** Loads the first page (replacing the list) or, with `after`, the next one (appended, without repeats). */
  async function load(after?: string | null) {
    const setBusy = after === undefined ? setLoading : setLoadingMore;
    setBusy(true);
    try {
      const data = await gql<PartnershipsData>(PARTNERSHIPS, after === undefined ? { first: PAGE_SIZE } : { first: PAGE_SIZE, after });
      const before = after === undefined ? [] : items;
      const known = new Set(before.map((p) => p.id));
      setItems([...before, ...data.partnerships.edges.map((e) => e.node).filter((p) => !known.has(p.id))]);
      setEndCursor(data.partnerships.pageInfo.endCursor);
      setHasNextPage(data.partnerships.pageInfo.hasNextPage);
      setError(undefined);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  async function accept(partnership: PartnershipSummary) {
    setAccepting(partnership.id);
    setNotice(undefined);
    try {
      await gql(ACCEPT_INVITATION, { partnershipId: partnership.id });
      setNotice(`You joined “${partnership.name}”.`);
      await load();
    } catch (e) {
      setError(errorMessage(e));
      if (e instanceof ApiError && (e.code === 'CONFLICT' || e.code === 'NOT_FOUND')) {
        await load();
      }
    } finally {
      setAccepting(undefined);
    }
  }

  useEffect(() => {
    document.title = 'Partnerships · Tandem';
    void load();
    // Loads once per visit of the page.
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
      {notice && (
        <Banner kind="success" onDismiss={() => setNotice(undefined)}>
          {notice}
        </Banner>
      )}

      {loading && items.length === 0 ? (
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
            {hasNextPage && <LoadMore loading={loadingMore} onClick={() => void load(endCursor)} />}
          </section>
        </>
      )}
    </main>
  );
}

function partyNames(p: PartnershipSummary): string {
  return p.parties.map((party) => (party.accepted ? party.organization.name : `${party.organization.name} (invited)`)).join(' · ');
}
