// A meeting's decisions: the list, and the form that records one (refused unless a person of every accountable party took it).
import { useId, useState } from 'react';
import { SelectField, TextField } from '../components/Field';
import { type FormErrors, FormFrame, useFormSave } from '../components/Form';
import { formatDateTime } from '../format';
import type { DecisionType } from '../gql/graphql';
import { DECISION_TYPES, decisionTypeLabel } from '../labels';
import type { RecordProps } from './MeetingRecords';
import { RECORD_DECISION } from './queries';
import { PeopleCheckboxes, peopleList, useGovernanceChange } from './shared';

export function Decisions(props: RecordProps & { canRecord?: boolean }) {
  const { meeting } = props;
  const [adding, setAdding] = useState(false);
  return (
    <section className="section pack-section" aria-labelledby="decisions-heading">
      <h2 id="decisions-heading">Decisions</h2>
      {meeting.decisions.length === 0 ? (
        <p className="muted">No decisions recorded.</p>
      ) : (
        <ul className="card-list" data-testid="decisions">
          {meeting.decisions.map((d) => (
            <li key={d.id} className="card" data-testid="decision">
              <p className="card-title">{d.title}</p>
              <p className="muted small">
                {decisionTypeLabel(d.type)} · decided by {peopleList(d.decidedBy)} · {formatDateTime(d.decidedAt)}
              </p>
            </li>
          ))}
        </ul>
      )}
      {props.canRecord !== false &&
        (adding ? (
          <DecisionForm {...props} onClose={() => setAdding(false)} />
        ) : (
          <button type="button" className="button button-secondary no-print" onClick={() => setAdding(true)}>
            Record a decision
          </button>
        ))}
    </section>
  );
}

function DecisionForm({ partnershipId, meeting, people, changed, failed, onClose }: RecordProps & { onClose: () => void }) {
  const id = useId();
  const record = useGovernanceChange(RECORD_DECISION, partnershipId);
  const [title, setTitle] = useState('');
  const [type, setType] = useState<DecisionType>('SCOPE_CHANGE');
  const [decidedBy, setDecidedBy] = useState<string[]>([]);
  const { errors, saving, save } = useFormSave(['title', 'type', 'decidedBy'], onClose, failed);

  function check(): FormErrors {
    return {
      title: title.trim() ? undefined : 'Say what was decided.',
      decidedBy: decidedBy.length > 0 ? undefined : 'Tick the people who took the decision.',
    };
  }

  return (
    <FormFrame
      heading="Record a decision"
      labelledByHeading
      error={errors.form}
      saving={saving}
      submitLabel="Record decision"
      onCancel={onClose}
      testId="decision-form"
      onSubmit={(event) =>
        void save(event, check, async () => {
          await record.mutateAsync({ input: { partnershipId, meetingId: meeting.id, title: title.trim(), type, decidedBy } });
          onClose();
          changed(`Decision recorded: ${title.trim()}`);
        })
      }
    >
      <TextField id={`${id}-title`} label="Decision" value={title} onChange={setTitle} error={errors.title} />
      <SelectField
        id={`${id}-type`}
        name="type"
        label="Type"
        value={type}
        onChange={setType}
        options={DECISION_TYPES.map((t) => ({ value: t, label: decisionTypeLabel(t) }))}
        error={errors.type}
      />
      <PeopleCheckboxes
        id="decided-by"
        legend="Decided by"
        people={people}
        chosen={decidedBy}
        onChange={setDecidedBy}
        error={errors.decidedBy}
      />
    </FormFrame>
  );
}
