// What a meeting records: minutes with attendance, and items added to its agenda by hand; decisions and action
// items have files of their own (Decisions.tsx, ActionItems.tsx).
import { useId, useState } from 'react';
import { TextField } from '../components/Field';
import { type FormErrors, FormFrame, useFormSave } from '../components/Form';
import { ADD_AGENDA_ITEM, type GovernancePerson, type Meeting, RECORD_MINUTES } from './queries';
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
