// Create a partnership: name, charter, governance model, start date and the organisations to invite.
import { useEffect, useState } from 'react';
import { errorMessage } from '../api';
import { Banner } from '../components/Banner';
import { Loading } from '../components/Field';
import { type FormErrors, useFormSave } from '../components/Form';
import { BackToPartnerships } from '../components/NotFound';
import { useApiQuery, useChange } from '../data/cache';
import { keys } from '../data/keys';
import type { GovernanceModel } from '../gql/graphql';
import { Link, navigate, partnershipPath } from '../router';
import type { Viewer } from '../session/queries';
import { CharterField, GovernanceModelField, PartnershipNameField, StartDateField } from './PartnershipFields';
import { CREATE_PARTNERSHIP, ORGANIZATIONS } from './queries';

const FIELDS = ['name', 'charter', 'governanceModel', 'startsOn', 'invite'] as const;

export function NewPartnership({ viewer }: { viewer: Viewer }) {
  const organizations = useApiQuery(keys.organizations, ORGANIZATIONS);
  const create = useChange(CREATE_PARTNERSHIP, () => [keys.partnerships]);
  const [name, setName] = useState('');
  const [charter, setCharter] = useState('');
  const [governanceModel, setGovernanceModel] = useState<GovernanceModel>('LIGHTWEIGHT_ALLIANCE');
  const [startsOn, setStartsOn] = useState('');
  const [invite, setInvite] = useState<string[]>([]);
  const [banner, setBanner] = useState<string>();
  // A problem the server names no field of shows in the banner, as any other failure does.
  const { errors, saving, save } = useFormSave(
    FIELDS,
    () => undefined,
    (e) => setBanner(errorMessage(e)),
  );

  useEffect(() => {
    document.title = 'New partnership · Tandem';
  }, []);

  const own = viewer.organization;
  const others = (organizations.data?.organizations ?? [])
    .filter((o) => o.id !== own?.id && o.slug !== own?.slug)
    .sort((a, b) => a.name.localeCompare(b.name));

  function toggle(slug: string, checked: boolean) {
    setInvite((current) => (checked ? [...current, slug] : current.filter((s) => s !== slug)));
  }

  function validate(): FormErrors {
    return {
      name: name.trim() ? undefined : 'Give the partnership a name.',
      invite: invite.length === 0 ? 'Choose at least one organisation to invite: a partnership needs two parties.' : undefined,
    };
  }

  async function submitPartnership() {
    const input = { name: name.trim(), charter: charter.trim() || null, governanceModel, invite, startsOn: startsOn || null };
    const data = await create.mutateAsync({ input });
    navigate(partnershipPath(data.createPartnership.id));
  }

  if (!viewer.roles.includes('partner-admin')) {
    return (
      <main className="container page page-narrow">
        <h1>New partnership</h1>
        <p>Only your organisation’s partner admins can create partnerships. Ask one of them to set it up.</p>
        <BackToPartnerships />
      </main>
    );
  }

  return (
    <main className="container page page-narrow">
      <p className="breadcrumb">
        <Link href="/">Partnerships</Link>
      </p>
      <h1>New partnership</h1>
      <p className="muted">
        {own ? `${own.name} creates the partnership and invites the others.` : 'You create the partnership and invite the others.'} Each
        invited organisation joins once its sponsor or admin accepts.
      </p>

      {(banner ?? errors.form) && (
        <Banner kind="error" onDismiss={() => setBanner(undefined)}>
          {banner ?? errors.form}
        </Banner>
      )}

      <form
        onSubmit={(event) => {
          setBanner(undefined);
          void save(event, validate, submitPartnership);
        }}
        noValidate
        className="form"
      >
        <PartnershipNameField id={FIELD_IDS.name} autoComplete="off" value={name} onChange={setName} error={errors.name} />

        <CharterField
          id={FIELD_IDS.charter}
          hint="The shared intent in plain words: why you partner and what success looks like."
          value={charter}
          onChange={setCharter}
          error={errors.charter}
        />

        <GovernanceModelField
          id={FIELD_IDS.governanceModel}
          value={governanceModel}
          onChange={setGovernanceModel}
          error={errors.governanceModel}
        />

        <StartDateField id={FIELD_IDS.startsOn} value={startsOn} onChange={setStartsOn} error={errors.startsOn} />

        <fieldset className={`field${errors.invite ? ' field-invalid' : ''}`} aria-describedby={errors.invite ? 'invite-error' : undefined}>
          <legend>Organisations to invite</legend>
          {organizations.isPending ? (
            <Loading label="Loading organisations…" />
          ) : organizations.error ? (
            <p className="field-error">
              {organizations.error.message}{' '}
              <button type="button" className="button button-quiet button-small" onClick={() => void organizations.refetch()}>
                Try again
              </button>
            </p>
          ) : others.length === 0 ? (
            <p className="muted">There are no other organisations in Tandem yet.</p>
          ) : (
            <ul className="checkbox-list">
              {others.map((o, index) => (
                <li key={o.id}>
                  <label className="checkbox">
                    <input
                      id={index === 0 ? FIELD_IDS.invite : undefined}
                      type="checkbox"
                      name="invite"
                      value={o.slug}
                      checked={invite.includes(o.slug)}
                      onChange={(e) => toggle(o.slug, e.target.checked)}
                    />
                    <span>{o.name}</span>
                  </label>
                </li>
              ))}
            </ul>
          )}
          {errors.invite && (
            <p className="field-error" id="invite-error">
              {errors.invite}
            </p>
          )}
        </fieldset>

        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={saving}>
            {saving ? 'Creating…' : 'Create partnership'}
          </button>
          <Link href="/" className="button button-secondary">
            Cancel
          </Link>
        </div>
      </form>
    </main>
  );
}

const FIELD_IDS = {
  name: 'partnership-name',
  charter: 'partnership-charter',
  governanceModel: 'partnership-model',
  startsOn: 'partnership-starts-on',
  invite: 'partnership-invite',
} as const;
