// A meeting's action items: one owner, a due date, done or not; the form that adds one.
import { useId, useState } from 'react';
import { SelectField, TextField } from '../components/Field';
import { type FormErrors, FormFrame, useFormSave } from '../components/Form';
import { formatDate } from '../format';
import { personName } from '../labels';
import type { RecordProps } from './MeetingRecords';
import { ADD_ACTION_ITEM, type Meeting, SET_ACTION_ITEM_DONE } from './queries';
import { useGovernanceChange } from './shared';

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
