// The partnership's facts and charter, and the form that edits them (sponsors and the steering group).
import { useState } from 'react';
import { SelectField } from '../components/Field';
import { FormActions, useFormSave } from '../components/Form';
import { HealthBadge } from '../components/HealthBadge';
import { useChange } from '../data/cache';
import { keys } from '../data/keys';
import { formatDate } from '../format';
import type { GovernanceModel, PartnershipStatus, UpdatePartnershipInput } from '../gql/graphql';
import { modelExplanation, modelLabel, STATUSES, statusLabel } from '../labels';
import { CharterField, GovernanceModelField, PartnershipNameField, StartDateField } from './PartnershipFields';
import type { ReportProps } from './PartnershipPage';
import { type PartnershipDetail, UPDATE_PARTNERSHIP } from './queries';

type ChildProps = { partnership: PartnershipDetail } & ReportProps;

export function Overview({ partnership, onSaved, onFailed }: ChildProps) {
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
        <EditForm partnership={partnership} onClose={() => setEditing(false)} onSaved={onSaved} onFailed={onFailed} />
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

const EDIT_IDS = {
  name: 'edit-name',
  charter: 'edit-charter',
  governanceModel: 'edit-model',
  status: 'edit-status',
  startsOn: 'edit-starts-on',
} as const;

const EDIT_FIELDS = Object.keys(EDIT_IDS);

function EditForm({ partnership, onClose, onSaved, onFailed }: ChildProps & { onClose: () => void }) {
  const [name, setName] = useState(partnership.name);
  const [charter, setCharter] = useState(partnership.charter ?? '');
  const [governanceModel, setGovernanceModel] = useState<GovernanceModel>(partnership.governanceModel);
  const [status, setStatus] = useState<PartnershipStatus>(partnership.status);
  const [startsOn, setStartsOn] = useState(partnership.startsOn ?? '');
  const update = useChange(UPDATE_PARTNERSHIP, () => [keys.partnership(partnership.id), keys.partnerships]);
  const { errors, saving, save } = useFormSave(EDIT_FIELDS, onClose, onFailed);

  async function submit() {
    // Send only what changed, with the version this form was opened on.
    const input: UpdatePartnershipInput = { id: partnership.id, version: partnership.version };
    if (name.trim() !== partnership.name) input.name = name.trim();
    if (charter.trim() !== (partnership.charter ?? '')) input.charter = charter.trim();
    if (governanceModel !== partnership.governanceModel) input.governanceModel = governanceModel;
    if (status !== partnership.status) input.status = status;
    if (startsOn !== (partnership.startsOn ?? '')) input.startsOn = startsOn || null;
    if (Object.keys(input).length > 2) {
      await update.mutateAsync({ input });
      onSaved('Changes saved.');
    }
    onClose();
  }

  return (
    <form
      className="card form"
      onSubmit={(event) => void save(event, () => ({ name: name.trim() ? undefined : 'The partnership needs a name.' }), submit)}
      noValidate
    >
      {errors.form && (
        <p className="field-error form-error" role="alert" tabIndex={-1}>
          {errors.form}
        </p>
      )}
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
      <FormActions saving={saving} submitLabel="Save changes" onCancel={onClose} />
    </form>
  );
}
