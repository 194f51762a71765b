// Moving one meeting to a new start, or cancelling it with a reason, until it is minuted; the tier's other meetings stay.
import { useId, useState } from 'react';
import { TextField } from '../components/Field';
import { type FormErrors, FormFrame, useFormSave } from '../components/Form';
import type { RecordProps } from './MeetingRecords';
import { CANCEL_MEETING, type Meeting, MOVE_MEETING } from './queries';
import { useGovernanceChange } from './shared';

type Props = Pick<RecordProps, 'partnershipId' | 'meeting' | 'changed' | 'failed'>;

export function MeetingTime(props: Props) {
  const [open, setOpen] = useState<'move' | 'cancel'>();
  if (props.meeting.cancelled || props.meeting.minutedAt) {
    return null;
  }
  if (open === 'move') return <MoveForm {...props} onClose={() => setOpen(undefined)} />;
  if (open === 'cancel') return <CancelForm {...props} onClose={() => setOpen(undefined)} />;
  return (
    <div className="item-actions no-print">
      <button type="button" className="button button-secondary" onClick={() => setOpen('move')}>
        Move meeting
      </button>
      <button type="button" className="button button-secondary" onClick={() => setOpen('cancel')}>
        Cancel meeting
      </button>
    </div>
  );
}

/** "2026-12-02" and "09:30" of an instant, in this browser's time zone (what date and time inputs take). */
function localParts(instant: string): { day: string; time: string } {
  const d = new Date(instant);
  const pad = (n: number) => String(n).padStart(2, '0');
  return { day: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`, time: `${pad(d.getHours())}:${pad(d.getMinutes())}` };
}

function MoveForm({ partnershipId, meeting, changed, failed, onClose }: Props & { onClose: () => void }) {
  const id = useId();
  const move = useGovernanceChange(MOVE_MEETING, partnershipId);
  const start = localParts(meeting.startsAt);
  const [day, setDay] = useState(start.day);
  const [time, setTime] = useState(start.time);
  const [duration, setDuration] = useState(String(meeting.durationMinutes));
  const { errors, saving, save } = useFormSave(['startsAt', 'durationMinutes'], onClose, failed);
  const startsAt = new Date(`${day}T${time}`);

  function check(): FormErrors {
    const minutes = Number(duration);
    return {
      startsAt:
        day && /^\d{2}:\d{2}$/.test(time) && !Number.isNaN(startsAt.getTime()) ? undefined : 'Choose the day and the time it starts.',
      durationMinutes:
        /^\d+$/.test(duration.trim()) && minutes >= 15 && minutes <= 480 ? undefined : 'Enter the length in whole minutes, 15 to 480.',
    };
  }

  return (
    <FormFrame
      heading="Move this meeting"
      labelledByHeading
      hint={`The time is in your time zone (${Intl.DateTimeFormat().resolvedOptions().timeZone}). The tier's other meetings stay where they are.`}
      error={errors.form}
      saving={saving}
      submitLabel="Move meeting"
      onCancel={onClose}
      testId="move-meeting-form"
      onSubmit={(event) =>
        void save(event, check, async () => {
          await move.mutateAsync({
            input: {
              partnershipId,
              meetingId: meeting.id,
              version: meeting.version,
              startsAt: startsAt.toISOString(),
              durationMinutes: Number(duration),
            },
          });
          onClose();
          changed('Meeting moved.');
        })
      }
    >
      <TextField id={`${id}-day`} label="Day" type="date" value={day} onChange={setDay} error={errors.startsAt} />
      <TextField id={`${id}-time`} label="Starts at" type="time" value={time} onChange={setTime} />
      <TextField
        id={`${id}-duration`}
        label="Length (minutes)"
        inputMode="decimal"
        value={duration}
        onChange={setDuration}
        error={errors.durationMinutes}
      />
    </FormFrame>
  );
}

function CancelForm({ partnershipId, meeting, changed, failed, onClose }: Props & { onClose: () => void }) {
  const id = useId();
  const cancel = useGovernanceChange(CANCEL_MEETING, partnershipId);
  const [reason, setReason] = useState('');
  const { errors, saving, save } = useFormSave(['reason'], onClose, failed);
  return (
    <FormFrame
      heading="Cancel this meeting"
      labelledByHeading
      hint="Only this meeting is cancelled; the tier's other meetings stay."
      error={errors.form}
      saving={saving}
      submitLabel="Confirm cancellation"
      savingLabel="Cancelling…"
      onCancel={onClose}
      testId="cancel-meeting-form"
      onSubmit={(event) =>
        void save(
          event,
          () => ({ reason: reason.length > 500 ? 'Say why in 500 characters or fewer.' : undefined }),
          async () => {
            await cancel.mutateAsync({
              input: { partnershipId, meetingId: meeting.id, version: meeting.version, reason: reason.trim() || null },
            });
            onClose();
            changed('Meeting cancelled.');
          },
        )
      }
    >
      <TextField
        id={`${id}-reason`}
        label="Why"
        optional
        multiline
        value={reason}
        onChange={setReason}
        error={errors.reason}
        maxLength={500}
      />
    </FormFrame>
  );
}

/** Says that the meeting is cancelled, and why. */
export function CancelledNote({ meeting }: { meeting: Meeting }) {
  if (!meeting.cancelled) {
    return null;
  }
  return (
    <p className="callout" role="note" data-testid="meeting-cancelled">
      <strong>Cancelled.</strong> {meeting.cancelReason ? `Reason: ${meeting.cancelReason}` : 'No reason was given.'}
    </p>
  );
}
