// The deliverable's inline form (add or edit), with the picker of what it depends on.
import { useId, useState } from 'react';
import { Field, TextField } from '../components/Field';
import type { UpdateDeliverableInput } from '../gql/graphql';
import { ADD_DELIVERABLE, UPDATE_DELIVERABLE } from './mutations';
import { usePlanChange } from './planCache';
import type { Deliverable, Workstream } from './queries';
import { emailsText, InlineForm, parseEmails, sameSet, useItemForm, usePlan } from './shared';

export function DeliverableForm({
  deliverable,
  workstreamId,
  onClose,
}: {
  deliverable?: Deliverable;
  workstreamId?: string;
  onClose: () => void;
}) {
  const { plan, changed } = usePlan();
  const id = useId();
  const updateDeliverable = usePlanChange(UPDATE_DELIVERABLE);
  const addDeliverable = usePlanChange(ADD_DELIVERABLE);
  const [title, setTitle] = useState(deliverable?.title ?? '');
  const [definitionOfDone, setDefinitionOfDone] = useState(deliverable?.definitionOfDone ?? '');
  const [dueOn, setDueOn] = useState(deliverable?.dueOn ?? '');
  const [milestone, setMilestone] = useState(deliverable?.milestone ?? false);
  const [owners, setOwners] = useState(emailsText(deliverable?.owners ?? []));
  const [dependsOn, setDependsOn] = useState<string[]>(deliverable?.dependsOn.map((d) => d.id) ?? []);
  const { errors, saving, save } = useItemForm(['title', 'definitionOfDone', 'dueOn', 'milestone', 'owners', 'dependsOn'], onClose);

  return (
    <InlineForm
      heading={deliverable ? 'Edit deliverable' : 'New deliverable'}
      error={errors.form}
      saving={saving}
      submitLabel={deliverable ? 'Save changes' : 'Add deliverable'}
      onCancel={onClose}
      testId="deliverable-form"
      onSubmit={(event) =>
        void save(
          event,
          () => ({ title: title.trim() ? undefined : 'Give the deliverable a title.' }),
          async () => {
            const emails = parseEmails(owners);
            if (deliverable) {
              const input: UpdateDeliverableInput = { id: deliverable.id, version: deliverable.version };
              if (title.trim() !== deliverable.title) input.title = title.trim();
              if (definitionOfDone.trim() !== deliverable.definitionOfDone) input.definitionOfDone = definitionOfDone.trim();
              if (dueOn !== (deliverable.dueOn ?? '')) input.dueOn = dueOn || null;
              if (milestone !== deliverable.milestone) input.milestone = milestone;
              if (!sameSet(emails, parseEmails(emailsText(deliverable.owners)))) input.owners = emails;
              if (
                !sameSet(
                  dependsOn,
                  deliverable.dependsOn.map((d) => d.id),
                )
              )
                input.dependsOn = dependsOn;
              if (Object.keys(input).length === 2) {
                onClose();
                return;
              }
              await updateDeliverable.mutateAsync({ input });
              onClose();
              changed('Deliverable saved.');
            } else if (workstreamId) {
              await addDeliverable.mutateAsync({
                input: {
                  workstreamId,
                  title: title.trim(),
                  definitionOfDone: definitionOfDone.trim() || null,
                  dueOn: dueOn || null,
                  milestone,
                  owners: emails,
                  dependsOn,
                },
              });
              onClose();
              changed('Deliverable added.');
            }
          },
        )
      }
    >
      <TextField id={`${id}-title`} name="title" label="Title" value={title} onChange={setTitle} error={errors.title} maxLength={200} />
      <TextField
        id={`${id}-dod`}
        name="definitionOfDone"
        label="Definition of done"
        hint="One sentence: how everyone will know it is done."
        value={definitionOfDone}
        onChange={setDefinitionOfDone}
        error={errors.definitionOfDone}
        multiline
        rows={2}
      />
      <TextField
        id={`${id}-due`}
        name="dueOn"
        label="Due date"
        optional
        type="date"
        value={dueOn}
        onChange={setDueOn}
        error={errors.dueOn}
      />
      <div className={`field${errors.milestone ? ' field-invalid' : ''}`}>
        <label className="checkbox checkbox-boxed">
          <input type="checkbox" name="milestone" checked={milestone} onChange={(e) => setMilestone(e.target.checked)} />
          <span>Milestone</span>
        </label>
        {errors.milestone && <p className="field-error">{errors.milestone}</p>}
      </div>
      <TextField
        id={`${id}-owners`}
        name="owners"
        label="Owners"
        hint="Email addresses, one per line or separated by commas: one named owner per party."
        value={owners}
        onChange={setOwners}
        error={errors.owners}
        multiline
        rows={2}
      />
      <DependsOnPicker
        id={`${id}-depends-on`}
        self={deliverable?.id}
        value={dependsOn}
        onChange={setDependsOn}
        error={errors.dependsOn}
        workstreams={plan.workstreams}
      />
    </InlineForm>
  );
}

/** A multi-select of the version's other deliverables, grouped by workstream. */
function DependsOnPicker({
  id,
  self,
  value,
  onChange,
  error,
  workstreams,
}: {
  id: string;
  self?: string;
  value: string[];
  onChange: (ids: string[]) => void;
  error?: string;
  workstreams: Workstream[];
}) {
  const groups = workstreams
    .map((w) => ({ id: w.id, name: w.name, deliverables: w.deliverables.filter((d) => d.id !== self) }))
    .filter((g) => g.deliverables.length > 0);
  const count = groups.reduce((n, g) => n + g.deliverables.length, 0);

  if (count === 0) {
    return null;
  }
  return (
    <Field
      id={id}
      label="Depends on"
      optional
      hint="What must be done first. On a computer, hold Ctrl (⌘ on a Mac) to choose several."
      error={error}
    >
      {(describedBy, invalid) => (
        <select
          id={id}
          name="dependsOn"
          multiple
          size={Math.min(6, count + groups.length)}
          className="multi-select"
          value={value}
          onChange={(e) => onChange([...e.target.selectedOptions].map((o) => o.value))}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
        >
          {groups.map((g) => (
            <optgroup key={g.id} label={g.name}>
              {g.deliverables.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.title}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      )}
    </Field>
  );
}
