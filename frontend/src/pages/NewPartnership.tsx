// Create a partnership: name, charter, governance model, start date and the organisations to invite.
import { type FormEvent, useEffect, useState } from 'react';
import { ApiError, errorMessage, gql } from '../api';
import { Banner } from '../components/Banner';
import { Loading } from '../components/Field';
import { CharterField, GovernanceModelField, PartnershipNameField, StartDateField } from '../components/PartnershipFields';
import { CREATE_PARTNERSHIP, ORGANIZATIONS } from '../queries';
import { Link, navigate, partnershipPath } from '../router';
import type { GovernanceModel, Organization, Viewer } from '../types';
import { useQuery } from '../useQuery';
import { BackToPartnerships } from './NotFound';

type Errors = Partial<Record<'name' | 'charter' | 'governanceModel' | 'startsOn' | 'invite', string>>;

export function NewPartnership({ viewer }: { viewer: Viewer }) {
  const organizations = useQuery<{ organizations: Organization[] }>(ORGANIZATIONS, {});
  const [name, setName] = useState('');
  const [charter, setCharter] = useState('');
  const [governanceModel, setGovernanceModel] = useState<GovernanceModel>('LIGHTWEIGHT_ALLIANCE');
  const [startsOn, setStartsOn] = useState('');
  const [invite, setInvite] = useState<string[]>([]);
  const [errors, setErrors] = useState<Errors>({});
  const [banner, setBanner] = useState<string>();
  const [saving, setSaving] = useState(false);

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

  function validate(): Errors {
    const found: Errors = {};
    if (!name.trim()) {
      found.name = 'Give the partnership a name.';
    }
    if (invite.length === 0) {
      found.invite = 'Choose at least one organisation to invite: a partnership needs two parties.';
    }
    return found;
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBanner(undefined);
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(event.currentTarget);
      return;
    }
    setSaving(true);
    try {
      const input = {
        name: name.trim(),
        charter: charter.trim() || null,
        governanceModel,
        invite,
        startsOn: startsOn || null,
      };
      const data = await gql<{ createPartnership: { id: string } }>(CREATE_PARTNERSHIP, { input });
      navigate(partnershipPath(data.createPartnership.id));
    } catch (e) {
      setSaving(false);
      if (e instanceof ApiError && e.code === 'VALIDATION' && e.fields.length > 0) {
        const fromServer: Errors = {};
        let unmatched: string | undefined;
        for (const problem of e.fields) {
          if (problem.field in FIELD_IDS) {
            fromServer[problem.field as keyof Errors] = problem.message;
          } else {
            unmatched = problem.message;
          }
        }
        setErrors(fromServer);
        setBanner(unmatched);
      } else {
        setBanner(errorMessage(e));
      }
    }
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

      {banner && (
        <Banner kind="error" onDismiss={() => setBanner(undefined)}>
          {banner}
        </Banner>
      )}

      <form onSubmit={(e) => void submit(e)} noValidate className="form">
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
          {organizations.loading && !organizations.data ? (
            <Loading label="Loading organisations…" />
          ) : organizations.error ? (
            <p className="field-error">
              {organizations.error.message}{' '}
              <button type="button" className="button button-quiet button-small" onClick={() => void organizations.reload()}>
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

function focusFirstInvalid(form: HTMLFormElement) {
  // Wait for the error messages to render, then move focus to the first field that needs attention.
  requestAnimationFrame(() => {
    form.querySelector<HTMLElement>('[aria-invalid="true"], .field-invalid input')?.focus();
  });
}
