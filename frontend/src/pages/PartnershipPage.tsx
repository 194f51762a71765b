// Partnership overview: facts, the plan's state, health and metrics, parties, members and roles, editing, inviting, accepting, recent activity.
import { type FormEvent, useEffect, useState } from 'react';
import { ApiError, errorMessage, gql } from '../api';
import { Banner } from '../components/Banner';
import { Loading, SelectField } from '../components/Field';
import { FormActions } from '../components/Form';
import { HealthBadge } from '../components/HealthBadge';
import { LoadMore } from '../components/LoadMore';
import { MessageBanner, pageFallback, usePageMessage } from '../components/PageState';
import { CharterField, GovernanceModelField, PartnershipNameField, StartDateField } from '../components/PartnershipFields';
import { formatDate, formatDateTime, modelExplanation, modelLabel, personName, ROLES, roleLabel, STATUSES, statusLabel } from '../labels';
import { MetricsCard } from '../metrics/MetricsCard';
import { PlanCard } from '../plan/PlanCard';
import {
  ACCEPT_INVITATION,
  INVITE_ORGANIZATION,
  MORE_AUDIT_EVENTS,
  ORGANIZATIONS,
  PARTNERSHIP,
  SET_MEMBER_ROLE,
  UPDATE_PARTNERSHIP,
} from '../queries';
import { Link } from '../router';
import type {
  AuditEvent,
  Connection,
  GovernanceModel,
  Member,
  MemberRole,
  Organization,
  PartnershipDetail,
  PartnershipStatus,
  Viewer,
} from '../types';
import { useQuery } from '../useQuery';
import { NotFound } from './NotFound';

export function PartnershipPage({ id, viewer }: { id: string; viewer: Viewer }) {
  const query = useQuery<{ partnership: PartnershipDetail | null }>(PARTNERSHIP, { id });
  const { data, reload } = query;
  const {
    message,
    setMessage,
    failed: report,
    changed,
  } = usePageMessage(
    reload,
    () =>
      'Someone else changed this partnership while you were working on it. The latest version is shown now; please make your change again.',
  );
  const [accepting, setAccepting] = useState(false);

  const partnership = data?.partnership;

  useEffect(() => {
    document.title = partnership ? `${partnership.name} · Tandem` : 'Partnership · Tandem';
  }, [partnership]);

  const fallback = pageFallback(query, 'Loading partnership…', 'Partnership');
  if (fallback) {
    return fallback;
  }
  if (!partnership) {
    return <NotFound />;
  }

  async function accept() {
    setAccepting(true);
    setMessage(undefined);
    try {
      await gql(ACCEPT_INVITATION, { partnershipId: id });
      setMessage({ kind: 'success', text: 'Invitation accepted. Your organisation is now a party to this partnership.' });
      await reload();
    } catch (e) {
      await report(e);
    } finally {
      setAccepting(false);
    }
  }

  return (
    <main className="container page">
      <p className="breadcrumb">
        <Link href="/">Partnerships</Link>
      </p>
      <div className="page-heading">
        <h1 data-testid="partnership-title">{partnership.name}</h1>
        <HealthBadge health={partnership.health} />
      </div>

      <MessageBanner message={message} onDismiss={() => setMessage(undefined)} />

      {partnership.viewerCanAccept && (
        <section className="callout" aria-labelledby="invite-callout-heading">
          <h2 id="invite-callout-heading">You are invited</h2>
          <p>
            {viewer.organization ? `${viewer.organization.name} has` : 'Your organisation has'} been invited to this partnership. Accepting
            makes your organisation a party: its people can then see and work on it.
          </p>
          <button
            type="button"
            className="button button-primary"
            onClick={() => void accept()}
            disabled={accepting}
            data-testid="accept-invitation"
          >
            {accepting ? 'Accepting…' : 'Accept invitation'}
          </button>
        </section>
      )}

      <Overview partnership={partnership} onSaved={changed} onFailed={report} />
      {!partnership.viewerCanAccept && <PlanCard partnershipId={partnership.id} />}
      {!partnership.viewerCanAccept && <MetricsCard partnershipId={partnership.id} health={partnership.health} />}
      <Parties partnership={partnership} viewer={viewer} onInvited={changed} onFailed={report} />
      <Members partnership={partnership} viewer={viewer} onSaved={changed} onFailed={report} />
      <Activity partnershipId={partnership.id} first={partnership.auditEvents} />
    </main>
  );
}

interface ChildProps {
  partnership: PartnershipDetail;
  onSaved: (message: string) => Promise<void>;
  onFailed: (error: unknown) => Promise<void>;
}

function Overview({ partnership, onSaved, onFailed }: ChildProps) {
  const [editing, setEditing] = useState(false);

  return (
    <section className="section" aria-labelledby="overview-heading">
      <div className="section-heading">
        <h2 id="overview-heading">Overview</h2>
        {partnership.viewerCanEdit && !editing && (
          <button type="button" className="button button-secondary button-small" onClick={() => setEditing(true)}>
            Edit
          </button>
        )}
      </div>
      {editing ? (
        <EditForm
          partnership={partnership}
          onCancel={() => setEditing(false)}
          onSaved={async (text) => {
            setEditing(false);
            await onSaved(text);
          }}
          onFailed={async (e) => {
            if (e instanceof ApiError && e.code === 'CONFLICT') {
              setEditing(false);
            }
            await onFailed(e);
          }}
        />
      ) : (
        <div className="card">
          <dl className="facts">
            <div>
              <dt>Status</dt>
              <dd>
                <span className="tag">{statusLabel(partnership.status)}</span>
              </dd>
            </div>
            <div>
              <dt>Governance model</dt>
              <dd>
                {modelLabel(partnership.governanceModel)}
                <span className="muted small block">{modelExplanation(partnership.governanceModel)}</span>
              </dd>
            </div>
            <div>
              <dt>Start date</dt>
              <dd>{formatDate(partnership.startsOn)}</dd>
            </div>
            <div>
              <dt>Health</dt>
              <dd>
                <HealthBadge health={partnership.health} />
              </dd>
            </div>
          </dl>
          <h3 className="subheading">Charter</h3>
          {partnership.charter ? <p className="charter">{partnership.charter}</p> : <p className="muted">No charter written yet.</p>}
        </div>
      )}
    </section>
  );
}

type EditErrors = Partial<Record<'name' | 'charter' | 'governanceModel' | 'status' | 'startsOn', string>>;

function EditForm({ partnership, onCancel, onSaved, onFailed }: ChildProps & { onCancel: () => void }) {
  const [name, setName] = useState(partnership.name);
  const [charter, setCharter] = useState(partnership.charter ?? '');
  const [governanceModel, setGovernanceModel] = useState<GovernanceModel>(partnership.governanceModel);
  const [status, setStatus] = useState<PartnershipStatus>(partnership.status);
  const [startsOn, setStartsOn] = useState(partnership.startsOn ?? '');
  const [errors, setErrors] = useState<EditErrors>({});
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!name.trim()) {
      setErrors({ name: 'The partnership needs a name.' });
      return;
    }
    // Send only what changed, with the version this form was opened on.
    const input: Record<string, unknown> = { id: partnership.id, version: partnership.version };
    if (name.trim() !== partnership.name) input.name = name.trim();
    if (charter.trim() !== (partnership.charter ?? '')) input.charter = charter.trim();
    if (governanceModel !== partnership.governanceModel) input.governanceModel = governanceModel;
    if (status !== partnership.status) input.status = status;
    if (startsOn !== (partnership.startsOn ?? '')) input.startsOn = startsOn || null;
    if (Object.keys(input).length === 2) {
      onCancel();
      return;
    }
    setSaving(true);
    setErrors({});
    try {
      await gql(UPDATE_PARTNERSHIP, { input });
      await onSaved('Changes saved.');
    } catch (e) {
      setSaving(false);
      if (e instanceof ApiError && e.code === 'VALIDATION' && e.fields.some((f) => f.field in EDIT_IDS)) {
        setErrors(Object.fromEntries(e.fields.filter((f) => f.field in EDIT_IDS).map((f) => [f.field, f.message])));
      } else {
        await onFailed(e);
      }
    }
  }

  return (
    <form className="card form" onSubmit={(e) => void submit(e)} noValidate>
      <PartnershipNameField id={EDIT_IDS.name} value={name} onChange={setName} error={errors.name} />
      <CharterField id={EDIT_IDS.charter} value={charter} onChange={setCharter} error={errors.charter} />
      <GovernanceModelField
        id={EDIT_IDS.governanceModel}
        value={governanceModel}
        onChange={setGovernanceModel}
        error={errors.governanceModel}
      />
      <SelectField
        id={EDIT_IDS.status}
        name="status"
        label="Status"
        value={status}
        options={STATUSES}
        onChange={setStatus}
        error={errors.status}
      />
      <StartDateField id={EDIT_IDS.startsOn} value={startsOn} onChange={setStartsOn} error={errors.startsOn} />
      <FormActions saving={saving} submitLabel="Save changes" onCancel={onCancel} />
    </form>
  );
}

const EDIT_IDS = {
  name: 'edit-name',
  charter: 'edit-charter',
  governanceModel: 'edit-model',
  status: 'edit-status',
  startsOn: 'edit-starts-on',
} as const;

function Parties({
  partnership,
  viewer,
  onInvited,
  onFailed,
}: {
  partnership: PartnershipDetail;
  viewer: Viewer;
  onInvited: (message: string) => Promise<void>;
  onFailed: (error: unknown) => Promise<void>;
}) {
  const [inviting, setInviting] = useState(false);

  return (
    <section className="section" aria-labelledby="parties-heading">
      <div className="section-heading">
        <h2 id="parties-heading">Parties</h2>
        {partnership.viewerCanInvite && !inviting && (
          <button type="button" className="button button-secondary button-small" onClick={() => setInviting(true)}>
            Invite organisation
          </button>
        )}
      </div>
      {inviting && (
        <InviteForm
          partnership={partnership}
          onCancel={() => setInviting(false)}
          onInvited={async (text) => {
            setInviting(false);
            await onInvited(text);
          }}
          onFailed={onFailed}
        />
      )}
      <ul className="card-list" data-testid="party-list">
        {partnership.parties.map((party) => (
          <li key={party.organization.id} className="card party" data-testid="party">
            <div>
              <p className="party-name">
                {party.organization.name}
                {party.organization.id === viewer.organization?.id && <span className="muted small"> (your organisation)</span>}
              </p>
              <p className="muted small">Sponsor: {party.sponsor ? personName(party.sponsor) : 'not named yet'}</p>
              <p className="muted small">
                {party.accepted && party.acceptedAt
                  ? `Accepted ${formatDateTime(party.acceptedAt)}`
                  : `Invited ${formatDateTime(party.invitedAt)}`}
              </p>
            </div>
            <span className={`tag ${party.accepted ? 'tag-positive' : 'tag-pending'}`} data-testid="party-state">
              {party.accepted ? 'Accepted' : 'Invited'}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function InviteForm({
  partnership,
  onCancel,
  onInvited,
  onFailed,
}: {
  partnership: PartnershipDetail;
  onCancel: () => void;
  onInvited: (message: string) => Promise<void>;
  onFailed: (error: unknown) => Promise<void>;
}) {
  const organizations = useQuery<{ organizations: Organization[] }>(ORGANIZATIONS, {});
  const [choice, setChoice] = useState('');
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);

  const partyIds = new Set(partnership.parties.map((p) => p.organization.id));
  const candidates = (organizations.data?.organizations ?? [])
    .filter((o) => !partyIds.has(o.id))
    .sort((a, b) => a.name.localeCompare(b.name));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!choice) {
      setError('Choose the organisation to invite.');
      return;
    }
    setSaving(true);
    setError(undefined);
    try {
      await gql(INVITE_ORGANIZATION, { input: { partnershipId: partnership.id, organization: choice } });
      const invited = candidates.find((o) => o.slug === choice)?.name ?? choice;
      await onInvited(`${invited} has been invited. It joins once its sponsor or admin accepts.`);
    } catch (e) {
      setSaving(false);
      if (e instanceof ApiError && e.code === 'VALIDATION') {
        setError(e.fields[0]?.message ?? e.message);
      } else {
        await onFailed(e);
      }
    }
  }

  if (organizations.loading && !organizations.data) {
    return <Loading label="Loading organisations…" />;
  }

  return (
    <form className="card form" onSubmit={(e) => void submit(e)} noValidate>
      {organizations.error ? (
        <p className="field-error">{organizations.error.message}</p>
      ) : candidates.length === 0 ? (
        <p className="muted">Every organisation in Tandem is already a party to this partnership.</p>
      ) : (
        <SelectField
          id="invite-organization"
          name="organization"
          label="Organisation"
          value={choice}
          options={[{ value: '', label: 'Choose an organisation' }, ...candidates.map((o) => ({ value: o.slug, label: o.name }))]}
          onChange={setChoice}
          error={error}
        />
      )}
      <FormActions
        saving={saving}
        submitLabel="Send invitation"
        savingLabel="Inviting…"
        onCancel={onCancel}
        canSubmit={candidates.length > 0}
      />
    </form>
  );
}

function Members({
  partnership,
  viewer,
  onSaved,
  onFailed,
}: {
  partnership: PartnershipDetail;
  viewer: Viewer;
  onSaved: (message: string) => Promise<void>;
  onFailed: (error: unknown) => Promise<void>;
}) {
  const ownOrganization = viewer.organization?.id;
  // Sponsors and partner admins set the roles of their own organisation's people (the server checks again).
  const managesOwnParty = Boolean(ownOrganization) && (partnership.viewerRole === 'SPONSOR' || viewer.roles.includes('partner-admin'));

  const byOrganization = new Map<string, { name: string; members: Member[] }>();
  for (const party of partnership.parties) {
    byOrganization.set(party.organization.id, { name: party.organization.name, members: [] });
  }
  for (const member of partnership.members) {
    const org = member.person.organization;
    const key = org?.id ?? '';
    if (!byOrganization.has(key)) {
      byOrganization.set(key, { name: org?.name ?? 'Other', members: [] });
    }
    byOrganization.get(key)!.members.push(member);
  }
  const groups = [...byOrganization.entries()].filter(([, group]) => group.members.length > 0);

  return (
    <section className="section" aria-labelledby="members-heading">
      <h2 id="members-heading">Members</h2>
      {groups.length === 0 ? (
        <p className="muted">No members yet.</p>
      ) : (
        groups.map(([orgId, group]) => (
          <div key={orgId || 'other'} className="member-group">
            <h3 className="subheading">{group.name}</h3>
            <ul className="card-list">
              {group.members.map((member) => (
                <MemberRow
                  key={member.person.subject}
                  partnershipId={partnership.id}
                  member={member}
                  editable={managesOwnParty && orgId === ownOrganization && Boolean(member.person.email)}
                  onSaved={onSaved}
                  onFailed={onFailed}
                />
              ))}
            </ul>
          </div>
        ))
      )}
    </section>
  );
}

function MemberRow({
  partnershipId,
  member,
  editable,
  onSaved,
  onFailed,
}: {
  partnershipId: string;
  member: Member;
  editable: boolean;
  onSaved: (message: string) => Promise<void>;
  onFailed: (error: unknown) => Promise<void>;
}) {
  const [role, setRole] = useState<MemberRole>(member.role);
  const [saving, setSaving] = useState(false);
  const selectId = `role-${member.person.subject}`;
  const name = personName(member.person);

  useEffect(() => setRole(member.role), [member.role]);

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaving(true);
    try {
      await gql(SET_MEMBER_ROLE, { input: { partnershipId, email: member.person.email, role } });
      await onSaved(`${name} is now ${roleLabel(role).toLowerCase()}.`);
    } catch (e) {
      setRole(member.role);
      await onFailed(e);
    } finally {
      setSaving(false);
    }
  }

  return (
    <li className="card member" data-testid="member">
      <div className="member-who">
        <p className="member-name">{name}</p>
        {member.person.email && member.person.displayName && <p className="muted small">{member.person.email}</p>}
      </div>
      {editable ? (
        <form className="member-role-form" onSubmit={(e) => void save(e)}>
          <label htmlFor={selectId} className="visually-hidden">
            Role of {name}
          </label>
          <select id={selectId} name="role" value={role} onChange={(e) => setRole(e.target.value as MemberRole)}>
            {ROLES.map((r) => (
              <option key={r.value} value={r.value}>
                {r.label}
              </option>
            ))}
          </select>
          {role !== member.role && (
            <button type="submit" className="button button-primary button-small" disabled={saving}>
              {saving ? 'Saving…' : 'Save'}
              <span className="visually-hidden"> role of {name}</span>
            </button>
          )}
        </form>
      ) : (
        <span className="tag">{roleLabel(member.role)}</span>
      )}
    </li>
  );
}

function Activity({ partnershipId, first }: { partnershipId: string; first: Connection<AuditEvent> }) {
  const [events, setEvents] = useState(first.edges.map((e) => e.node));
  const [pageInfo, setPageInfo] = useState(first.pageInfo);
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<string>();

  // A reload of the partnership brings a fresh first page.
  useEffect(() => {
    setEvents(first.edges.map((e) => e.node));
    setPageInfo(first.pageInfo);
  }, [first]);

  async function loadMore() {
    setLoadingMore(true);
    try {
      const data = await gql<{ partnership: { auditEvents: Connection<AuditEvent> } | null }>(MORE_AUDIT_EVENTS, {
        id: partnershipId,
        after: pageInfo.endCursor,
      });
      const page = data.partnership?.auditEvents;
      if (page) {
        const known = new Set(events.map((e) => e.id));
        setEvents([...events, ...page.edges.map((e) => e.node).filter((e) => !known.has(e.id))]);
        setPageInfo(page.pageInfo);
      }
      setError(undefined);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setLoadingMore(false);
    }
  }

  return (
    <section className="section" aria-labelledby="activity-heading">
      <h2 id="activity-heading">Recent activity</h2>
      {error && <Banner kind="error">{error}</Banner>}
      {events.length === 0 ? (
        <p className="muted">Nothing has happened yet.</p>
      ) : (
        <ol className="activity" data-testid="activity">
          {events.map((event) => (
            <li key={event.id} className="activity-item">
              <p>{event.summary}</p>
              <p className="muted small">
                {actorName(event.actor)} · <time dateTime={event.at}>{formatDateTime(event.at)}</time>
              </p>
            </li>
          ))}
        </ol>
      )}
      {pageInfo.hasNextPage && <LoadMore loading={loadingMore} onClick={() => void loadMore()} />}
    </section>
  );
}

function actorName(actor: AuditEvent['actor']): string {
  const name = actor.displayName || actor.subject;
  const who = actor.kind === 'INTEGRATOR' ? `${name} (integration)` : name;
  return actor.organization ? `${who}, ${actor.organization.name}` : who;
}
