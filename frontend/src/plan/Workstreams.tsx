// Workstreams with their leads, and the inline forms that add and edit workstreams; their deliverables follow.
import { useId, useState } from 'react';
import { TextField } from '../components/Field';
import type { UpdateWorkstreamInput } from '../gql/graphql';
import { DeliverableForm } from './DeliverableForm';
import { DeliverableItem } from './Deliverables';
import { ADD_WORKSTREAM, UPDATE_WORKSTREAM } from './mutations';
import { usePlanChange } from './planCache';
import type { Workstream } from './queries';
import { RemoveButton } from './RemoveButton';
import { emailsText, InlineForm, itemAnchor, PeopleByParty, parseEmails, sameSet, useItemForm, usePlan } from './shared';

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
  const updateWorkstream = usePlanChange(UPDATE_WORKSTREAM);
  const addWorkstream = usePlanChange(ADD_WORKSTREAM);
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
              const input: UpdateWorkstreamInput = { id: workstream.id, version: workstream.version };
              if (name.trim() !== workstream.name) input.name = name.trim();
              if (!sameSet(emails, parseEmails(emailsText(workstream.leads)))) input.leads = emails;
              if (Object.keys(input).length === 2) {
                onClose();
                return;
              }
              await updateWorkstream.mutateAsync({ input });
              onClose();
              changed('Workstream saved.');
            } else {
              await addWorkstream.mutateAsync({ input: { planId: plan.id, name: name.trim(), leads: emails } });
              onClose();
              changed('Workstream added.');
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
