// Objectives and their key results, with the inline forms that add and edit objectives.
import { useId, useState } from 'react';
import { TextField } from '../components/Field';
import type { UpdateObjectiveInput } from '../gql/graphql';
import { KeyResultForm } from './KeyResultForms';
import { KeyResultItem } from './KeyResults';
import { ADD_OBJECTIVE, UPDATE_OBJECTIVE } from './mutations';
import { usePlanChange } from './planCache';
import type { Objective } from './queries';
import { RemoveButton } from './RemoveButton';
import { InlineForm, itemAnchor, useItemForm, usePlan } from './shared';

export function Objectives() {
  const { plan } = usePlan();
  const [adding, setAdding] = useState(false);

  return (
    <section className="section" aria-labelledby="objectives-heading" id="objectives">
      <div className="section-heading">
        <h2 id="objectives-heading">Objectives and key results</h2>
        {plan.viewerCanEdit && !adding && (
          <button type="button" className="button button-secondary button-small" onClick={() => setAdding(true)}>
            Add objective
          </button>
        )}
      </div>
      {adding && (
        <div className="card">
          <ObjectiveForm onClose={() => setAdding(false)} />
        </div>
      )}
      {plan.objectives.length === 0 ? (
        !adding && (
          <p className="muted">
            No objectives yet. An objective says in plain words what the partnership wants to achieve; 3–5 key results make it measurable.
          </p>
        )
      ) : (
        <ol className="card-list">
          {plan.objectives.map((objective) => (
            <ObjectiveItem key={objective.id} objective={objective} />
          ))}
        </ol>
      )}
    </section>
  );
}

function ObjectiveItem({ objective }: { objective: Objective }) {
  const { plan } = usePlan();
  const [editing, setEditing] = useState(false);
  const [addingKeyResult, setAddingKeyResult] = useState(false);
  const headingId = useId();

  return (
    <li
      className="card plan-item objective"
      id={itemAnchor(objective.id)}
      tabIndex={-1}
      data-testid="objective"
      aria-labelledby={headingId}
    >
      {editing ? (
        <ObjectiveForm objective={objective} onClose={() => setEditing(false)} />
      ) : (
        <>
          <div className="item-heading">
            <h3 id={headingId} className="item-title">
              <span className="item-kind">Objective</span>
              {objective.title}
            </h3>
            {plan.viewerCanEdit && (
              <div className="item-actions">
                <button type="button" className="button button-quiet button-small" onClick={() => setEditing(true)}>
                  Edit<span className="visually-hidden"> objective {objective.title}</span>
                </button>
                <RemoveButton id={objective.id} version={objective.version} what={`objective “${objective.title}”`} />
              </div>
            )}
          </div>
          {objective.description && <p className="item-text">{objective.description}</p>}
        </>
      )}

      <h4 className="subheading">
        Key results <span className="muted small">({objective.keyResults.length})</span>
      </h4>
      {objective.keyResults.length === 0 ? (
        <p className="muted small">No key results yet.</p>
      ) : (
        <ul className="key-results">
          {objective.keyResults.map((keyResult) => (
            <KeyResultItem key={keyResult.id} keyResult={keyResult} />
          ))}
        </ul>
      )}
      {plan.viewerCanEdit &&
        (addingKeyResult ? (
          <KeyResultForm objectiveId={objective.id} onClose={() => setAddingKeyResult(false)} />
        ) : (
          <button type="button" className="button button-secondary button-small" onClick={() => setAddingKeyResult(true)}>
            Add key result<span className="visually-hidden"> to {objective.title}</span>
          </button>
        ))}
    </li>
  );
}

function ObjectiveForm({ objective, onClose }: { objective?: Objective; onClose: () => void }) {
  const { plan, changed } = usePlan();
  const id = useId();
  const updateObjective = usePlanChange(UPDATE_OBJECTIVE);
  const addObjective = usePlanChange(ADD_OBJECTIVE);
  const [title, setTitle] = useState(objective?.title ?? '');
  const [description, setDescription] = useState(objective?.description ?? '');
  const { errors, saving, save } = useItemForm(['title', 'description'], onClose);

  return (
    <InlineForm
      heading={objective ? 'Edit objective' : 'New objective'}
      error={errors.form}
      saving={saving}
      submitLabel={objective ? 'Save changes' : 'Add objective'}
      onCancel={onClose}
      testId="objective-form"
      onSubmit={(event) =>
        void save(
          event,
          () => ({ title: title.trim() ? undefined : 'Give the objective a title.' }),
          async () => {
            if (objective) {
              const input: UpdateObjectiveInput = { id: objective.id, version: objective.version };
              if (title.trim() !== objective.title) input.title = title.trim();
              if (description.trim() !== (objective.description ?? '')) input.description = description.trim() || null;
              if (Object.keys(input).length > 2) {
                await updateObjective.mutateAsync({ input });
                onClose();
                changed('Objective saved.');
              } else {
                onClose();
              }
            } else {
              await addObjective.mutateAsync({
                input: { planId: plan.id, title: title.trim(), description: description.trim() || null },
              });
              onClose();
              changed('Objective added.');
            }
          },
        )
      }
    >
      <TextField id={`${id}-title`} name="title" label="Title" value={title} onChange={setTitle} error={errors.title} maxLength={200} />
      <TextField
        id={`${id}-description`}
        name="description"
        label="Description"
        optional
        hint="What success looks like, in plain words."
        value={description}
        onChange={setDescription}
        error={errors.description}
        multiline
      />
    </InlineForm>
  );
}
