// The partnership's governance tiers: when each meets, who sits in it, how fast it answers an escalation; sponsors and
// the steering group edit a tier in a small form.
import { useId, useState } from 'react';
import { SelectField, TextField } from '../components/Field';
import { type FormErrors, FormFrame, useFormSave } from '../components/Form';
import { MEETING_CADENCES, meetingCadenceLabel, tierLabel, WEEKDAYS, weekdayLabel } from '../labels';
import { type GovernancePartnership, type GovernanceTier, UPDATE_GOVERNANCE_TIER } from './queries';
import { PeopleCheckboxes, peopleList, uniquePeople, useGovernanceChange } from './shared';

interface Callbacks {
  changed: (text: string) => void;
  failed: (error: unknown) => Promise<void>;
}

export function Tiers({ partnership, ...callbacks }: { partnership: GovernancePartnership } & Callbacks) {
  const [editing, setEditing] = useState<string>();
  return (
    <section className="section" aria-labelledby="tiers-heading">
      <h2 id="tiers-heading">Tiers</h2>
      <ul className="card-list">
        {partnership.governanceTiers.map((tier) => (
          <li key={tier.tier} className="card" data-testid="governance-tier" data-tier={tier.tier}>
            <div className="item-heading">
              <h3 className="card-title">{tier.name}</h3>
              <span className="tag tag-muted">{tierLabel(tier.tier)}</span>
            </div>
            <dl className="facts">
              <dt>Meets</dt>
              <dd>
                {meetingCadenceLabel(tier.cadence)}, {weekdayLabel(tier.weekday)} at {tier.timeOfDay} ({tier.timeZone}),{' '}
                {tier.durationMinutes} minutes
              </dd>
              <dt>Members</dt>
              <dd>{peopleList(tier.members)}</dd>
              <dt>Answers an escalation within</dt>
              <dd>{tier.responseTimeHours} hours</dd>
            </dl>
            {editing === tier.tier ? (
              <TierForm partnership={partnership} tier={tier} onClose={() => setEditing(undefined)} {...callbacks} />
            ) : (
              tier.viewerCanEdit && (
                <button type="button" className="button button-secondary" onClick={() => setEditing(tier.tier)}>
                  Edit {tier.name}
                </button>
              )
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

const TIER_FIELDS = ['name', 'cadence', 'weekday', 'timeOfDay', 'timeZone', 'durationMinutes', 'responseTimeHours', 'members'] as const;

function TierForm({
  partnership,
  tier,
  onClose,
  changed,
  failed,
}: { partnership: GovernancePartnership; tier: GovernanceTier; onClose: () => void } & Callbacks) {
  const id = useId();
  const update = useGovernanceChange(UPDATE_GOVERNANCE_TIER, partnership.id);
  const [name, setName] = useState(tier.name);
  const [cadence, setCadence] = useState(tier.cadence);
  const [weekday, setWeekday] = useState(String(tier.weekday));
  const [timeOfDay, setTimeOfDay] = useState(tier.timeOfDay);
  const [timeZone, setTimeZone] = useState(tier.timeZone);
  const [duration, setDuration] = useState(String(tier.durationMinutes));
  const [response, setResponse] = useState(String(tier.responseTimeHours));
  const [members, setMembers] = useState(tier.members.flatMap((m) => (m.email ? [m.email] : [])));
  const { errors, saving, save } = useFormSave(TIER_FIELDS, onClose, failed);
  const people = uniquePeople([...tier.members, ...partnership.members.map((m) => m.person)]);

  function check(): FormErrors {
    const whole = (text: string) => /^\d+$/.test(text.trim()) && Number(text) > 0;
    return {
      name: name.trim() ? undefined : 'Give the tier a name.',
      timeOfDay: /^\d{2}:\d{2}$/.test(timeOfDay.trim()) ? undefined : 'Enter a time like 09:30.',
      timeZone: timeZone.trim() ? undefined : 'Enter a time zone, for example Europe/Berlin.',
      durationMinutes: whole(duration) ? undefined : 'Enter the length in whole minutes.',
      responseTimeHours: whole(response) ? undefined : 'Enter the response time in whole hours.',
    };
  }

  return (
    <FormFrame
      heading={`Edit ${tier.name}`}
      labelledByHeading
      error={errors.form}
      saving={saving}
      submitLabel="Save tier"
      onCancel={onClose}
      testId="tier-form"
      onSubmit={(event) =>
        void save(event, check, async () => {
          await update.mutateAsync({
            input: {
              partnershipId: partnership.id,
              tier: tier.tier,
              version: tier.version,
              name: name.trim(),
              cadence,
              weekday: Number(weekday),
              timeOfDay: timeOfDay.trim(),
              timeZone: timeZone.trim(),
              durationMinutes: Number(duration),
              responseTimeHours: Number(response),
              members,
            },
          });
          onClose();
          changed(`${name.trim()} saved.`);
        })
      }
    >
      <TextField id={`${id}-name`} label="Name" value={name} onChange={setName} error={errors.name} />
      <SelectField
        id={`${id}-cadence`}
        name="cadence"
        label="Cadence"
        value={cadence}
        onChange={setCadence}
        options={MEETING_CADENCES.map((c) => ({ value: c, label: meetingCadenceLabel(c) }))}
        error={errors.cadence}
      />
      <SelectField
        id={`${id}-weekday`}
        name="weekday"
        label="Day"
        value={weekday}
        onChange={setWeekday}
        options={WEEKDAYS.map((d, i) => ({ value: String(i + 1), label: d }))}
        error={errors.weekday}
      />
      <TextField id={`${id}-time`} label="Time (24 h)" value={timeOfDay} onChange={setTimeOfDay} error={errors.timeOfDay} />
      <TextField id={`${id}-zone`} label="Time zone" value={timeZone} onChange={setTimeZone} error={errors.timeZone} />
      <TextField
        id={`${id}-duration`}
        label="Length (minutes)"
        inputMode="decimal"
        value={duration}
        onChange={setDuration}
        error={errors.durationMinutes}
      />
      <TextField
        id={`${id}-response`}
        label="Escalation response time (hours)"
        inputMode="decimal"
        value={response}
        onChange={setResponse}
        error={errors.responseTimeHours}
      />
      <PeopleCheckboxes
        id={`${id}-members`}
        legend="Members"
        people={people}
        chosen={members}
        onChange={setMembers}
        error={errors.members}
      />
    </FormFrame>
  );
}
