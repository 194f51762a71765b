// The partnership's parties (accepted or invited) and inviting another organisation.
import { useState } from 'react';
import { Loading, SelectField } from '../components/Field';
import { FormActions, useFormSave } from '../components/Form';
import { useApiQuery, useChange } from '../data/cache';
import { keys } from '../data/keys';
import { formatDateTime } from '../format';
import { personName } from '../labels';
import type { Viewer } from '../session/queries';
import type { ReportProps } from './PartnershipPage';
import { INVITE_ORGANIZATION, ORGANIZATIONS, type PartnershipDetail } from './queries';

export function Parties({
  partnership,
  viewer,
  onInvited,
  onFailed,
}: {
  partnership: PartnershipDetail;
  viewer: Viewer;
  onInvited: ReportProps['onSaved'];
  onFailed: ReportProps['onFailed'];
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
      {inviting && <InviteForm partnership={partnership} onClose={() => setInviting(false)} onSaved={onInvited} onFailed={onFailed} />}
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

const INVITE_FIELDS = ['organization'];

function InviteForm({ partnership, onClose, onSaved, onFailed }: { partnership: PartnershipDetail; onClose: () => void } & ReportProps) {
  const organizations = useApiQuery(keys.organizations, ORGANIZATIONS);
  const invite = useChange(INVITE_ORGANIZATION, () => [keys.partnership(partnership.id), keys.partnerships]);
  const [choice, setChoice] = useState('');
  const { errors, saving, save } = useFormSave(INVITE_FIELDS, onClose, onFailed);

  const partyIds = new Set(partnership.parties.map((p) => p.organization.id));
  const candidates = (organizations.data?.organizations ?? [])
    .filter((o) => !partyIds.has(o.id))
    .sort((a, b) => a.name.localeCompare(b.name));

  async function submit() {
    await invite.mutateAsync({ input: { partnershipId: partnership.id, organization: choice } });
    const invited = candidates.find((o) => o.slug === choice)?.name ?? choice;
    onClose();
    onSaved(`${invited} has been invited. It joins once its sponsor or admin accepts.`);
  }

  if (organizations.isPending) {
    return <Loading label="Loading organisations…" />;
  }

  return (
    <form
      className="card form"
      onSubmit={(event) => void save(event, () => ({ organization: choice ? undefined : 'Choose the organisation to invite.' }), submit)}
      noValidate
    >
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
          error={errors.organization ?? errors.form}
        />
      )}
      <FormActions
        saving={saving}
        submitLabel="Send invitation"
        savingLabel="Inviting…"
        onCancel={onClose}
        canSubmit={candidates.length > 0}
      />
    </form>
  );
}
