// Objectives and their key results: baseline → target, each party's confidence side by side, check-ins, inline forms.
import { useId, useState } from 'react';
import { gql } from '../api';
import { TextField } from '../components/Field';
import { formatDateTime, formatDecimal, personName } from '../labels';
import { ADD_KEY_RESULT, ADD_OBJECTIVE, CHECK_IN_KEY_RESULT, UPDATE_KEY_RESULT, UPDATE_OBJECTIVE } from '../queries';
import type { KeyResult, Objective } from '../types';
import { decimalText, InlineForm, itemAnchor, parseDecimal, RemoveButton, Tag, useItemForm, usePlan } from './shared';

/** A gap of this many points between the parties' confidence deserves a conversation. */
export const CONFIDENCE_GAP_ALERT = 3;

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
              const input: Record<string, unknown> = { id: objective.id, version: objective.version };
              if (title.trim() !== objective.title) input.title = title.trim();
              if (description.trim() !== (objective.description ?? '')) input.description = description.trim() || null;
              if (Object.keys(input).length > 2) {
                await gql(UPDATE_OBJECTIVE, { input });
                onClose();
                await changed('Objective saved.');
              } else {
                onClose();
              }
            } else {
              await gql(ADD_OBJECTIVE, {
                input: { planId: plan.id, title: title.trim(), description: description.trim() || null },
              });
              onClose();
              await changed('Objective added.');
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

function KeyResultItem({ keyResult }: { keyResult: KeyResult }) {
  const { plan, canCheckIn } = usePlan();
  const [editing, setEditing] = useState(false);
  const [checkingIn, setCheckingIn] = useState(false);
  const gap = keyResult.confidenceGap;
  const gapAlert = gap !== null && gap >= CONFIDENCE_GAP_ALERT;

  return (
    <li className="key-result" id={itemAnchor(keyResult.id)} tabIndex={-1} data-testid="key-result">
      {editing ? (
        <KeyResultForm keyResult={keyResult} onClose={() => setEditing(false)} />
      ) : (
        <div className="item-heading">
          <div>
            <p className="key-result-title">{keyResult.title}</p>
            <p className="muted small">
              <span className="visually-hidden">From </span>
              {formatDecimal(keyResult.baseline)} → {formatDecimal(keyResult.target)}
              {keyResult.unit ? ` ${keyResult.unit}` : ''}
            </p>
          </div>
          {plan.viewerCanEdit && (
            <div className="item-actions">
              <button type="button" className="button button-quiet button-small" onClick={() => setEditing(true)}>
                Edit<span className="visually-hidden"> key result {keyResult.title}</span>
              </button>
              <RemoveButton id={keyResult.id} version={keyResult.version} what={`key result “${keyResult.title}”`} />
            </div>
          )}
        </div>
      )}

      <div className={`confidence${gapAlert ? ' confidence-gap' : ''}`} data-testid="confidence">
        <p className="confidence-label small">
          Confidence (0–10)
          {gap !== null && (
            <>
              {' '}
              {gapAlert ? (
                <Tag tone="negative" testId="confidence-gap">
                  Gap of {gap} points
                </Tag>
              ) : (
                <span className="muted">· gap {gap}</span>
              )}
            </>
          )}
        </p>
        <ul className="confidence-parties">
          {keyResult.confidence.map((c) => (
            <li key={c.organization.id} className="confidence-party">
              <span className="confidence-org">{c.organization.name}</span>
              <span className="confidence-value">
                {c.confidence === null ? (
                  <span className="muted">No check-in yet</span>
                ) : (
                  <>
                    <meter min={0} max={10} low={4} high={7} optimum={10} value={c.confidence} aria-hidden="true" />
                    <strong>{c.confidence}</strong>
                    <span className="muted">/10</span>
                  </>
                )}
              </span>
            </li>
          ))}
        </ul>
        {gapAlert && (
          <p className="small confidence-gap-note">
            The parties see this key result very differently: worth talking about at the next meeting.
          </p>
        )}
      </div>

      {keyResult.checkIns.length > 0 && (
        <details className="history">
          <summary>Check-in history ({keyResult.checkIns.length})</summary>
          <ol className="history-list">
            {keyResult.checkIns.map((c) => (
              <li key={c.id}>
                <p>
                  <strong>{c.organization.name}</strong>: confidence {c.confidence}/10
                  {c.value !== null && c.value !== undefined && (
                    <>
                      , value {formatDecimal(c.value)}
                      {keyResult.unit ? ` ${keyResult.unit}` : ''}
                    </>
                  )}
                </p>
                {c.comment && <p className="history-comment">“{c.comment}”</p>}
                <p className="muted small">
                  {c.by ? `${personName(c.by)} · ` : ''}
                  <time dateTime={c.at}>{formatDateTime(c.at)}</time>
                </p>
              </li>
            ))}
          </ol>
        </details>
      )}

      {canCheckIn &&
        plan.status !== 'SUPERSEDED' &&
        (checkingIn ? (
          <CheckInForm keyResult={keyResult} onClose={() => setCheckingIn(false)} />
        ) : (
          <button type="button" className="button button-secondary button-small" onClick={() => setCheckingIn(true)}>
            Check in<span className="visually-hidden"> on {keyResult.title}</span>
          </button>
        ))}
    </li>
  );
}

function KeyResultForm({ keyResult, objectiveId, onClose }: { keyResult?: KeyResult; objectiveId?: string; onClose: () => void }) {
  const { changed } = usePlan();
  const id = useId();
  const [title, setTitle] = useState(keyResult?.title ?? '');
  const [baseline, setBaseline] = useState(decimalText(keyResult?.baseline));
  const [target, setTarget] = useState(decimalText(keyResult?.target));
  const [unit, setUnit] = useState(keyResult?.unit ?? '');
  const { errors, saving, save } = useItemForm(['title', 'baseline', 'target', 'unit'], onClose);

  function check() {
    const b = parseDecimal(baseline);
    const t = parseDecimal(target);
    return {
      title: title.trim() ? undefined : 'Give the key result a title.',
      baseline: b !== null && !Number.isFinite(b) ? 'Enter a number, for example 12.5.' : undefined,
      target: t !== null && !Number.isFinite(t) ? 'Enter a number, for example 40.' : undefined,
    };
  }

  return (
    <InlineForm
      heading={keyResult ? 'Edit key result' : 'New key result'}
      error={errors.form}
      saving={saving}
      submitLabel={keyResult ? 'Save changes' : 'Add key result'}
      onCancel={onClose}
      testId="key-result-form"
      onSubmit={(event) =>
        void save(event, check, async () => {
          const b = parseDecimal(baseline);
          const t = parseDecimal(target);
          if (keyResult) {
            const input: Record<string, unknown> = { id: keyResult.id, version: keyResult.version };
            if (title.trim() !== keyResult.title) input.title = title.trim();
            if (baseline.trim() !== decimalText(keyResult.baseline)) input.baseline = b;
            if (target.trim() !== decimalText(keyResult.target)) input.target = t;
            if (unit.trim() !== (keyResult.unit ?? '')) input.unit = unit.trim() || null;
            if (Object.keys(input).length === 2) {
              onClose();
              return;
            }
            await gql(UPDATE_KEY_RESULT, { input });
            onClose();
            await changed('Key result saved.');
          } else {
            await gql(ADD_KEY_RESULT, {
              input: { objectiveId, title: title.trim(), baseline: b, target: t, unit: unit.trim() || null },
            });
            onClose();
            await changed('Key result added.');
          }
        })
      }
    >
      <TextField id={`${id}-title`} name="title" label="Title" value={title} onChange={setTitle} error={errors.title} maxLength={200} />
      <div className="field-row">
        <TextField
          id={`${id}-baseline`}
          name="baseline"
          label="Baseline"
          optional
          inputMode="decimal"
          value={baseline}
          onChange={setBaseline}
          error={errors.baseline}
        />
        <TextField
          id={`${id}-target`}
          name="target"
          label="Target"
          optional
          inputMode="decimal"
          value={target}
          onChange={setTarget}
          error={errors.target}
        />
      </div>
      <TextField
        id={`${id}-unit`}
        name="unit"
        label="Unit"
        optional
        hint="For example %, EUR, customers."
        value={unit}
        onChange={setUnit}
        error={errors.unit}
        maxLength={40}
      />
    </InlineForm>
  );
}

function CheckInForm({ keyResult, onClose }: { keyResult: KeyResult; onClose: () => void }) {
  const { viewer, changed } = usePlan();
  const id = useId();
  const own = keyResult.confidence.find((c) => c.organization.id === viewer.organization?.id);
  const [value, setValue] = useState('');
  const [confidence, setConfidence] = useState(own?.confidence ?? 5);
  const [comment, setComment] = useState('');
  const { errors, saving, save } = useItemForm(['value', 'confidence', 'comment'], onClose);
  const party = viewer.organization?.name ?? 'your organisation';

  return (
    <InlineForm
      heading={`Check in for ${party}`}
      error={errors.form}
      saving={saving}
      submitLabel="Save check-in"
      onCancel={onClose}
      testId="check-in-form"
      onSubmit={(event) =>
        void save(
          event,
          () => {
            const v = parseDecimal(value);
            return { value: v !== null && !Number.isFinite(v) ? 'Enter a number, or leave it empty.' : undefined };
          },
          async () => {
            await gql(CHECK_IN_KEY_RESULT, {
              input: {
                keyResultId: keyResult.id,
                value: parseDecimal(value),
                confidence,
                comment: comment.trim() || null,
              },
            });
            onClose();
            await changed('Check-in saved.');
          },
        )
      }
    >
      <TextField
        id={`${id}-value`}
        name="value"
        label={keyResult.unit ? `Current value (${keyResult.unit})` : 'Current value'}
        optional
        inputMode="decimal"
        value={value}
        onChange={setValue}
        error={errors.value}
      />
      <div className={`field${errors.confidence ? ' field-invalid' : ''}`}>
        <label htmlFor={`${id}-confidence`}>
          Confidence of {party}: <output htmlFor={`${id}-confidence`}>{confidence}</output>/10
        </label>
        <p className="hint" id={`${id}-confidence-hint`}>
          0: it will not happen · 10: certain.
        </p>
        <input
          id={`${id}-confidence`}
          name="confidence"
          type="range"
          min={0}
          max={10}
          step={1}
          value={confidence}
          onChange={(e) => setConfidence(Number(e.target.value))}
          aria-valuetext={`${confidence} out of 10`}
          aria-describedby={`${id}-confidence-hint${errors.confidence ? ` ${id}-confidence-error` : ''}`}
          aria-invalid={errors.confidence ? true : undefined}
          className="range"
        />
        <div className="range-scale" aria-hidden="true">
          <span>0</span>
          <span>5</span>
          <span>10</span>
        </div>
        {errors.confidence && (
          <p className="field-error" id={`${id}-confidence-error`}>
            {errors.confidence}
          </p>
        )}
      </div>
      <TextField
        id={`${id}-comment`}
        name="comment"
        label="Comment"
        optional
        value={comment}
        onChange={setComment}
        error={errors.comment}
        multiline
        maxLength={2000}
      />
    </InlineForm>
  );
}
