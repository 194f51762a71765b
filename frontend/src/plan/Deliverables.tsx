// A deliverable: definition of done, due date, owners per party, what it depends on, and its status (a select that
// saves at once).
import { useId, useState } from 'react';
import { ApiError } from '../api';
import { Field } from '../components/Field';
import { formatDate } from '../format';
import type { DeliverableStatus } from '../gql/graphql';
import { DELIVERABLE_STATUSES, deliverableStatusLabel, deliverableStatusTone } from '../labels';
import { DeliverableForm } from './DeliverableForm';
import { SET_DELIVERABLE_STATUS } from './mutations';
import { usePlanChange } from './planCache';
import type { Deliverable } from './queries';
import { RemoveButton } from './RemoveButton';
import { itemAnchor, jumpTo, PeopleByParty, Tag, usePlan } from './shared';

export function DeliverableItem({ deliverable }: { deliverable: Deliverable }) {
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
  const setDeliverableStatus = usePlanChange(SET_DELIVERABLE_STATUS);
  const [status, setStatus] = useState<DeliverableStatus>(deliverable.status);
  const saving = setDeliverableStatus.isPending;
  const [error, setError] = useState<string>();
  const [previous, setPrevious] = useState(deliverable.status);

  // A refresh brings the saved status.
  if (previous !== deliverable.status) {
    setPrevious(deliverable.status);
    setStatus(deliverable.status);
  }

  async function change(next: DeliverableStatus) {
    setStatus(next);
    setError(undefined);
    try {
      await setDeliverableStatus.mutateAsync({ input: { id: deliverable.id, version: deliverable.version, status: next } });
      changed(`“${deliverable.title}” is now ${deliverableStatusLabel(next).toLowerCase()}.`);
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
