// Workstreams with their leads, and their deliverables: definition of done, due date, status, owners, dependencies.
import { useId, useState } from 'react';
import { ApiError, gql } from '../api';
import { Field, TextField } from '../components/Field';
import { DELIVERABLE_STATUSES, deliverableStatusLabel, deliverableStatusTone, formatDate, personName } from '../labels';
import { ADD_DELIVERABLE, ADD_WORKSTREAM, SET_DELIVERABLE_STATUS, UPDATE_DELIVERABLE, UPDATE_WORKSTREAM } from '../queries';
import type { Deliverable, DeliverableStatus, Person, Workstream } from '../types';
import {
  byParty,
  emailsText,
  InlineForm,
  itemAnchor,
  jumpTo,
  parseEmails,
  RemoveButton,
  sameSet,
  Tag,
  useItemForm,
  usePlan,
} from './shared';

export function Workstreams() {
  const { plan } = usePlan();
  const [adding, setAdding] = useState(false);

  return (
    <section className="section" aria-labelledby="workstreams-heading" id="workstreams">
      <div className="section-heading">
        <h2 id="workstreams-heading">Workstreams and deliverables</h2>
        {plan.viewerCanEdit && !adding && (
          <button type="button" className="button button-secondary button-small" onClick={() => setAdding(true)}>
            Add workstream
          </button>
        )}
      </div>
      {adding && (
        <div className="card">
          <WorkstreamForm onClose={() => setAdding(false)} />
        </div>
      )}
      {plan.workstreams.length === 0 ? (
        !adding && <p className="muted">No workstreams yet.</p>
      ) : (
        <ol className="card-list">
          {plan.workstreams.map((workstream) => (
            <WorkstreamItem key={workstream.id} workstream={workstream} />
          ))}
        </ol>
      )}
    </section>
  );
}

/** "Acme: Alice Anders · Globex: no lead yet", one line per party. */
function PeopleByParty({ people, none, label }: { people: Person[]; none: string; label: string }) {
  const { partnership } = usePlan();
  return (
    <dl className="people-by-party" aria-label={label}>
      {byParty(people, partnership.parties).map((group) => (
        <div key={group.organization}>
          <dt>{group.organization}</dt>
          <dd className={group.people.length === 0 ? 'missing' : undefined}>
            {group.people.length === 0 ? none : group.people.map((p) => personName(p)).join(', ')}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function WorkstreamItem({ workstream }: { workstream: Workstream }) {
  const { plan } = usePlan();
  const [editing, setEditing] = useState(false);
  const [addingDeliverable, setAddingDeliverable] = useState(false);
  const headingId = useId();

  return (
    <li
      className="card plan-item workstream"
      id={itemAnchor(workstream.id)}
      tabIndex={-1}
      data-testid="workstream"
      aria-labelledby={headingId}
    >
      {editing ? (
        <WorkstreamForm workstream={workstream} onClose={() => setEditing(false)} />
      ) : (
        <>
          <div className="item-heading">
            <h3 id={headingId} className="item-title">
              <span className="item-kind">Workstream</span>
              {workstream.name}
            </h3>
            {(workstream.viewerCanEdit || plan.viewerCanEdit) && (
              <div className="item-actions">
                {workstream.viewerCanEdit && (
                  <button type="button" className="button button-quiet button-small" onClick={() => setEditing(true)}>
                    Edit<span className="visually-hidden"> workstream {workstream.name}</span>
                  </button>
                )}
                {plan.viewerCanEdit && (
                  <RemoveButton
                    id={workstream.id}
                    version={workstream.version}
                    what={`workstream “${workstream.name}” and its deliverables`}
                  />
                )}
              </div>
            )}
          </div>
          <h4 className="visually-hidden">Leads</h4>
          <PeopleByParty people={workstream.leads} none="no lead yet" label={`Leads of ${workstream.name}`} />
        </>
      )}

      <h4 className="subheading">
        Deliverables <span className="muted small">({workstream.deliverables.length})</span>
      </h4>
      {workstream.deliverables.length === 0 ? (
        <p className="muted small">No deliverables yet.</p>
      ) : (
        <ul className="deliverables">
          {workstream.deliverables.map((deliverable) => (
            <DeliverableItem key={deliverable.id} deliverable={deliverable} />
          ))}
        </ul>
      )}
      {workstream.viewerCanEdit &&
        plan.status !== 'RATIFIED' &&
        plan.status !== 'SUPERSEDED' &&
        (addingDeliverable ? (
          <DeliverableForm workstreamId={workstream.id} onClose={() => setAddingDeliverable(false)} />
        ) : (
          <button type="button" className="button button-secondary button-small" onClick={() => setAddingDeliverable(true)}>
            Add deliverable<span className="visually-hidden"> to {workstream.name}</span>
          </button>
        ))}
    </li>
  );
}

function WorkstreamForm({ workstream, onClose }: { workstream?: Workstream; onClose: () => void }) {
  const { plan, changed } = usePlan();
  const id = useId();
  const [name, setName] = useState(workstream?.name ?? '');
  const [leads, setLeads] = useState(emailsText(workstream?.leads ?? []));
  const { errors, saving, save } = useItemForm(['name', 'leads'], onClose);

  return (
    <InlineForm
      heading={workstream ? 'Edit workstream' : 'New workstream'}
      error={errors.form}
      saving={saving}
      submitLabel={workstream ? 'Save changes' : 'Add workstream'}
      onCancel={onClose}
      testId="workstream-form"
      onSubmit={(event) =>
        void save(
          event,
          () => ({ name: name.trim() ? undefined : 'Give the workstream a name.' }),
          async () => {
            const emails = parseEmails(leads);
            if (workstream) {
              const input: Record<string, unknown> = { id: workstream.id, version: workstream.version };
              if (name.trim() !== workstream.name) input.name = name.trim();
              if (!sameSet(emails, parseEmails(emailsText(workstream.leads)))) input.leads = emails;
              if (Object.keys(input).length === 2) {
                onClose();
                return;
              }
              await gql(UPDATE_WORKSTREAM, { input });
              onClose();
              await changed('Workstream saved.');
            } else {
              await gql(ADD_WORKSTREAM, { input: { planId: plan.id, name: name.trim(), leads: emails } });
              onClose();
              await changed('Workstream added.');
            }
          },
        )
      }
    >
      <TextField id={`${id}-name`} name="name" label="Name" value={name} onChange={setName} error={errors.name} maxLength={200} />
      <TextField
        id={`${id}-leads`}
        name="leads"
        label="Leads"
        optional
        hint="Email addresses, one per line or separated by commas: one lead per party."
        value={leads}
        onChange={setLeads}
        error={errors.leads}
        multiline
        rows={2}
      />
    </InlineForm>
  );
}

function DeliverableItem({ deliverable }: { deliverable: Deliverable }) {
  const { deliverables } = usePlan();
  const [editing, setEditing] = useState(false);
  const byId = new Map(deliverables.map((d) => [d.id, d]));
  const prerequisites = deliverable.dependsOn.map((d) => byId.get(d.id)).filter((d): d is Deliverable => Boolean(d));

  return (
    <li
      className={`deliverable${deliverable.milestone ? ' deliverable-milestone' : ''}`}
      id={itemAnchor(deliverable.id)}
      tabIndex={-1}
      data-testid="deliverable"
    >
      {editing ? (
        <DeliverableForm deliverable={deliverable} onClose={() => setEditing(false)} />
      ) : (
        <>
          <div className="item-heading">
            <p className="deliverable-title">
              {deliverable.milestone && (
                <span className="milestone-flag" data-testid="milestone-flag">
                  <span aria-hidden="true">◆ </span>Milestone<span className="visually-hidden">:</span>
                </span>
              )}
              <span data-testid="deliverable-title">{deliverable.title}</span>
            </p>
            {!deliverable.viewerCanUpdateStatus && (
              <Tag tone={deliverableStatusTone(deliverable.status)} testId="deliverable-status">
                {deliverableStatusLabel(deliverable.status)}
              </Tag>
            )}
          </div>
          <dl className="deliverable-facts">
            <div>
              <dt>Definition of done</dt>
              <dd className={deliverable.definitionOfDone ? undefined : 'missing'}>{deliverable.definitionOfDone || 'not written yet'}</dd>
            </div>
            <div>
              <dt>Due</dt>
              <dd className={deliverable.dueOn ? undefined : 'missing'}>
                {deliverable.dueOn ? formatDate(deliverable.dueOn) : 'no due date yet'}
              </dd>
            </div>
            <div>
              <dt>Owners</dt>
              <dd data-testid="deliverable-owners">
                <PeopleByParty people={deliverable.owners} none="no owner yet" label={`Owners of ${deliverable.title}`} />
              </dd>
            </div>
            {prerequisites.length > 0 && (
              <div>
                <dt>Depends on</dt>
                <dd>
                  <ul className="inline-list">
                    {prerequisites.map((p) => (
                      <li key={p.id}>
                        <a
                          href={`#${itemAnchor(p.id)}`}
                          onClick={(e) => {
                            e.preventDefault();
                            jumpTo(p.id);
                          }}
                        >
                          {p.title}
                        </a>{' '}
                        <span className="muted small">({deliverableStatusLabel(p.status)})</span>
                      </li>
                    ))}
                  </ul>
                </dd>
              </div>
            )}
          </dl>
          <div className="deliverable-controls">
            {deliverable.viewerCanUpdateStatus && <StatusSelect deliverable={deliverable} prerequisites={prerequisites} />}
            {deliverable.viewerCanEdit && (
              <div className="item-actions">
                <button type="button" className="button button-quiet button-small" onClick={() => setEditing(true)}>
                  Edit<span className="visually-hidden"> deliverable {deliverable.title}</span>
                </button>
                <RemoveButton id={deliverable.id} version={deliverable.version} what={`deliverable “${deliverable.title}”`} />
              </div>
            )}
          </div>
        </>
      )}
    </li>
  );
}

/** The deliverable's status as a select that saves at once; DONE is refused while a prerequisite is not done. */
function StatusSelect({ deliverable, prerequisites }: { deliverable: Deliverable; prerequisites: Deliverable[] }) {
  const { changed, failed } = usePlan();
  const id = useId();
  const [status, setStatus] = useState<DeliverableStatus>(deliverable.status);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string>();
  const [previous, setPrevious] = useState(deliverable.status);

  // A reload brings the saved status.
  if (previous !== deliverable.status) {
    setPrevious(deliverable.status);
    setStatus(deliverable.status);
  }

  async function change(next: DeliverableStatus) {
    setStatus(next);
    setError(undefined);
    setSaving(true);
    try {
      await gql(SET_DELIVERABLE_STATUS, { input: { id: deliverable.id, version: deliverable.version, status: next } });
      await changed(`“${deliverable.title}” is now ${deliverableStatusLabel(next).toLowerCase()}.`);
    } catch (e) {
      setStatus(deliverable.status);
      if (e instanceof ApiError && e.code === 'VALIDATION') {
        const open = prerequisites.filter((p) => p.status !== 'DONE');
        const problem = e.fields.find((f) => f.field === 'status')?.message ?? e.message;
        // The server names what blocks it; add the list from the screen only when its message does not.
        const unnamed = open.filter((p) => !problem.includes(p.title));
        setError(
          unnamed.length > 0
            ? `${problem} It depends on deliverables that are not done yet: ${unnamed.map((p) => `${p.title} (${deliverableStatusLabel(p.status).toLowerCase()})`).join(', ')}.`
            : problem,
        );
      } else {
        await failed(e);
      }
    } finally {
      setSaving(false);
    }
  }

  return (
    <Field id={id} label="Status" error={error}>
      {(describedBy, invalid) => (
        <select
          id={id}
          name="status"
          className={`status-select status-${deliverableStatusTone(status)}`}
          value={status}
          disabled={saving}
          onChange={(e) => void change(e.target.value as DeliverableStatus)}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          data-testid="deliverable-status"
        >
          {DELIVERABLE_STATUSES.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

function DeliverableForm({
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
              const input: Record<string, unknown> = { id: deliverable.id, version: deliverable.version };
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
              await gql(UPDATE_DELIVERABLE, { input });
              onClose();
              await changed('Deliverable saved.');
            } else {
              await gql(ADD_DELIVERABLE, {
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
              await changed('Deliverable added.');
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
