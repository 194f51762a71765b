// What a meeting records: minutes with attendance, decisions (taken by a person of every accountable party) and
// action items (one owner, a due date, done or not).
import { useId, useState } from 'react';
import { SelectField, TextField } from '../components/Field';
import { type FormErrors, FormFrame, useFormSave } from '../components/Form';
import { formatDate, formatDateTime } from '../format';
import type { DecisionType } from '../gql/graphql';
import { DECISION_TYPES, decisionTypeLabel, personName } from '../labels';
import {
  ADD_ACTION_ITEM,
  ADD_AGENDA_ITEM,
  type GovernancePerson,
  type Meeting,
  RECORD_DECISION,
  RECORD_MINUTES,
  SET_ACTION_ITEM_DONE,
} from './queries';
import { PeopleCheckboxes, peopleList, useGovernanceChange } from './shared';

export interface RecordProps {
  partnershipId: string;
  meeting: Meeting;
  people: readonly GovernancePerson[];
  changed: (text: string) => void;
  failed: (error: unknown) => Promise<void>;
}

export function Minutes(props: RecordProps) {
  const { meeting } = props;
  const [editing, setEditing] = useState(false);
  return (
    <section className="section pack-section" aria-labelledby="minutes-heading">
      <h2 id="minutes-heading">Minutes and attendance</h2>
      {meeting.minutedAt ? (
        <>
          <p className="charter" data-testid="minutes">
            {meeting.minutes}
          </p>
          <p className="small">Attended: {peopleList(meeting.attendees)}</p>
        </>
      ) : (
        <p className="muted">No minutes yet. Recording them freezes the agenda.</p>
      )}
      {meeting.missingDecisionMakers.length > 0 && (
        <p className="callout" role="note" data-testid="missing-decision-makers">
          {meeting.missingDecisionMakers.map((o) => `No decision-maker of ${o.name} attended.`).join(' ')}
        </p>
      )}
      {editing ? (
        <MinutesForm {...props} onClose={() => setEditing(false)} />
      ) : (
        <button type="button" className="button button-secondary no-print" onClick={() => setEditing(true)}>
          {meeting.minutedAt ? 'Edit minutes' : 'Record minutes'}
        </button>
      )}
    </section>
  );
}

function MinutesForm({ partnershipId, meeting, people, changed, failed, onClose }: RecordProps & { onClose: () => void }) {
  const id = useId();
  const record = useGovernanceChange(RECORD_MINUTES, partnershipId);
  const [minutes, setMinutes] = useState(meeting.minutes ?? '');
  const [attendees, setAttendees] = useState(meeting.attendees.flatMap((p) => (p.email ? [p.email] : [])));
  const { errors, saving, save } = useFormSave(['minutes', 'attendees'], onClose, failed);

  function check(): FormErrors {
    return { minutes: minutes.trim() ? undefined : 'Write the minutes.' };
  }

  return (
    <FormFrame
      heading="Minutes"
      labelledByHeading
      error={errors.form}
      saving={saving}
      submitLabel="Save minutes"
      onCancel={onClose}
      testId="minutes-form"
      onSubmit={(event) =>
        void save(event, check, async () => {
          await record.mutateAsync({
            input: { partnershipId, meetingId: meeting.id, version: meeting.version, minutes: minutes.trim(), attendees },
          });
          onClose();
          changed('Minutes saved.');
        })
      }
    >
      <TextField id={`${id}-minutes`} label="Minutes" multiline rows={6} value={minutes} onChange={setMinutes} error={errors.minutes} />
      <PeopleCheckboxes
        id={`${id}-attendees`}
        legend="Who attended"
        people={people}
        chosen={attendees}
        onChange={setAttendees}
        error={errors.attendees}
      />
    </FormFrame>
  );
}

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

export function ActionItems(props: RecordProps & { canRecord?: boolean }) {
  const { meeting, partnershipId, changed, failed } = props;
  const [adding, setAdding] = useState(false);
  const setDone = useGovernanceChange(SET_ACTION_ITEM_DONE, partnershipId);
  const editable = props.canRecord !== false;

  async function toggle(item: Meeting['actionItems'][number], done: boolean) {
    try {
      await setDone.mutateAsync({ input: { actionItemId: item.id, done, version: item.version } });
      changed(done ? `Done: ${item.title}` : `Not done: ${item.title}`);
    } catch (e) {
      await failed(e);
    }
  }

  return (
    <section className="section pack-section" aria-labelledby="actions-heading">
      <h2 id="actions-heading">Action items</h2>
      {meeting.actionItems.length === 0 ? (
        <p className="muted">No action items.</p>
      ) : (
        <ul className="card-list" data-testid="action-items">
          {meeting.actionItems.map((item) => (
            <li key={item.id} className="card" data-testid="action-item" data-done={item.done}>
              {editable ? (
                <label className="checkbox">
                  <input
                    type="checkbox"
                    checked={item.done}
                    disabled={setDone.isPending}
                    onChange={(e) => void toggle(item, e.target.checked)}
                  />
                  <span>{item.title}</span>
                </label>
              ) : (
                <p className="card-title">
                  {item.done ? '✓ ' : ''}
                  {item.title}
                </p>
              )}
              <p className="muted small">
                {personName(item.owner)} · due {formatDate(item.dueOn)}
                {item.done ? ' · done' : item.overdue ? ' · overdue' : ''}
              </p>
            </li>
          ))}
        </ul>
      )}
      {editable &&
        (adding ? (
          <ActionItemForm {...props} onClose={() => setAdding(false)} />
        ) : (
          <button type="button" className="button button-secondary no-print" onClick={() => setAdding(true)}>
            Add an action item
          </button>
        ))}
    </section>
  );
}

function ActionItemForm({ partnershipId, meeting, people, changed, failed, onClose }: RecordProps & { onClose: () => void }) {
  const id = useId();
  const add = useGovernanceChange(ADD_ACTION_ITEM, partnershipId);
  const owners = people.filter((p) => p.email);
  const [title, setTitle] = useState('');
  const [owner, setOwner] = useState(owners[0]?.email ?? '');
  const [dueOn, setDueOn] = useState('');
  const { errors, saving, save } = useFormSave(['title', 'owner', 'dueOn'], onClose, failed);

  function check(): FormErrors {
    return {
      title: title.trim() ? undefined : 'Say what is to be done.',
      owner: owner ? undefined : 'Choose the owner.',
      dueOn: dueOn ? undefined : 'Choose the due date.',
    };
  }

  return (
    <FormFrame
      heading="Add an action item"
      labelledByHeading
      error={errors.form}
      saving={saving}
      submitLabel="Add action item"
      onCancel={onClose}
      testId="action-item-form"
      onSubmit={(event) =>
        void save(event, check, async () => {
          await add.mutateAsync({ input: { partnershipId, meetingId: meeting.id, title: title.trim(), owner, dueOn } });
          onClose();
          changed(`Action item added: ${title.trim()}`);
        })
      }
    >
      <TextField id={`${id}-title`} label="What is to be done" value={title} onChange={setTitle} error={errors.title} />
      <SelectField
        id={`${id}-owner`}
        name="owner"
        label="Owner"
        value={owner}
        onChange={setOwner}
        options={owners.map((p) => ({
          value: p.email as string,
          label: `${personName(p)}${p.organization ? ` · ${p.organization.name}` : ''}`,
        }))}
        error={errors.owner}
      />
      <TextField id={`${id}-due`} label="Due" type="date" value={dueOn} onChange={setDueOn} error={errors.dueOn} />
    </FormFrame>
  );
}

/** Adds a person's own item to the agenda, after those built from the data (until the meeting is minuted). */
export function AddAgendaItem({ partnershipId, meeting, changed, failed }: RecordProps) {
  const id = useId();
  const add = useGovernanceChange(ADD_AGENDA_ITEM, partnershipId);
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const close = () => {
    setOpen(false);
    setTitle('');
  };
  const { errors, saving, save } = useFormSave(['title'], close, failed);
  if (!open) {
    return (
      <button type="button" className="button button-secondary no-print" onClick={() => setOpen(true)}>
        Add an agenda item
      </button>
    );
  }
  return (
    <FormFrame
      heading="Add an agenda item"
      labelledByHeading
      error={errors.form}
      saving={saving}
      submitLabel="Add to the agenda"
      onCancel={close}
      testId="agenda-item-form"
      onSubmit={(event) =>
        void save(
          event,
          () => ({ title: title.trim() ? undefined : 'Say what to discuss.' }),
          async () => {
            await add.mutateAsync({ input: { partnershipId, meetingId: meeting.id, title: title.trim() } });
            close();
            changed(`Added to the agenda: ${title.trim()}`);
          },
        )
      }
    >
      <TextField id={`${id}-title`} label="What to discuss" value={title} onChange={setTitle} error={errors.title} />
    </FormFrame>
  );
}
