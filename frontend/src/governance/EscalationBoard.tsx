// The escalation board: open, acknowledged and resolved escalations in groups, each with its packet, and the actions
// of the people who work on it (acknowledge, raise with a reason, resolve with the outcome, state my party's position).
import { useId, useState } from 'react';
import { TextField } from '../components/Field';
import { type FormErrors, FormFrame, useFormSave } from '../components/Form';
import { formatDateTime } from '../format';
import type { EscalationStatus } from '../gql/graphql';
import { escalationStatusLabel, tierLabel } from '../labels';
import { ACKNOWLEDGE_ESCALATION, type Escalation, RAISE_ESCALATION, RESOLVE_ESCALATION, STATE_POSITION } from './queries';
import { useGovernanceChange } from './shared';

interface Callbacks {
  partnershipId: string;
  changed: (text: string) => void;
  failed: (error: unknown) => Promise<void>;
}

const GROUPS: EscalationStatus[] = ['OPEN', 'ACKNOWLEDGED', 'RESOLVED'];

export function EscalationBoard({ escalations, ...callbacks }: { escalations: readonly Escalation[] } & Callbacks) {
  return (
    <section className="section" aria-labelledby="escalation-board-heading">
      <h2 id="escalation-board-heading">Escalations</h2>
      {escalations.length === 0 && <p className="muted">No escalations. A metric that turns red opens one at its escalation tier.</p>}
      <div className="escalation-board">
        {GROUPS.map((status) => {
          const group = escalations.filter((e) => e.status === status);
          return (
            <section
              key={status}
              className="escalation-column"
              aria-labelledby={`escalations-${status}`}
              data-testid={`escalations-${status}`}
            >
              <h3 id={`escalations-${status}`}>
                {escalationStatusLabel(status)} <span className="muted small">({group.length})</span>
              </h3>
              <ul className="card-list">
                {group.map((escalation) => (
                  <EscalationCard key={escalation.id} escalation={escalation} {...callbacks} />
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </section>
  );
}

type Action = 'raise' | 'resolve' | 'position';

function EscalationCard({ escalation, ...callbacks }: { escalation: Escalation } & Callbacks) {
  const [action, setAction] = useState<Action>();
  const acknowledge = useGovernanceChange(ACKNOWLEDGE_ESCALATION, callbacks.partnershipId);
  const open = escalation.status !== 'RESOLVED';

  async function doAcknowledge() {
    try {
      await acknowledge.mutateAsync({ input: { escalationId: escalation.id, version: escalation.version } });
      callbacks.changed(`Acknowledged: ${escalation.summary}`);
    } catch (e) {
      await callbacks.failed(e);
    }
  }

  return (
    <li
      className={`card escalation escalation-${escalation.status.toLowerCase()}`}
      data-testid="escalation"
      data-status={escalation.status}
    >
      <p className="escalation-summary">{escalation.summary}</p>
      <p className="muted small">
        {tierLabel(escalation.tier)} tier{escalation.metric ? ` · ${escalation.metric.name}` : ''} · red {escalation.redCount}{' '}
        {escalation.redCount === 1 ? 'time' : 'times'}
      </p>
      {open && escalation.responseDueAt && (
        <p className="small">
          Response due <time dateTime={escalation.responseDueAt}>{formatDateTime(escalation.responseDueAt)}</time>
        </p>
      )}
      {escalation.backToGreenAt && (
        <p className="small">
          Metric back to green <time dateTime={escalation.backToGreenAt}>{formatDateTime(escalation.backToGreenAt)}</time>
        </p>
      )}
      {escalation.whatWasTried && <p className="small">Tried: {escalation.whatWasTried}</p>}
      {escalation.disputed && <p className="small">Disputed: {escalation.disputed}</p>}
      {escalation.outcome && <p className="small">Outcome: {escalation.outcome}</p>}
      {escalation.positions.length > 0 && (
        <ul className="inline-list small" aria-label="Positions">
          {escalation.positions.map((p) => (
            <li key={p.organization.id}>
              <strong>{p.organization.name}:</strong> {p.position}
              {p.interest ? ` (interest: ${p.interest})` : ''}
            </li>
          ))}
        </ul>
      )}
      {escalation.viewerCanAct && open && !action && (
        <div className="item-actions">
          {escalation.status === 'OPEN' && (
            <button type="button" className="button button-secondary" onClick={() => void doAcknowledge()} disabled={acknowledge.isPending}>
              Acknowledge
            </button>
          )}
          {escalation.tier !== 'STRATEGIC' && (
            <button type="button" className="button button-secondary" onClick={() => setAction('raise')}>
              Raise
            </button>
          )}
          <button type="button" className="button button-secondary" onClick={() => setAction('resolve')}>
            Resolve
          </button>
          <button type="button" className="button button-secondary" onClick={() => setAction('position')}>
            State our position
          </button>
        </div>
      )}
      {action && <EscalationForm escalation={escalation} action={action} onClose={() => setAction(undefined)} {...callbacks} />}
    </li>
  );
}

const FORM_FIELDS = ['reason', 'outcome', 'position', 'interest'] as const;
const HEADINGS: Record<Action, string> = { raise: 'Raise to the next tier', resolve: 'Resolve', position: "State your party's position" };

function EscalationForm({
  escalation,
  action,
  onClose,
  partnershipId,
  changed,
  failed,
}: { escalation: Escalation; action: Action; onClose: () => void } & Callbacks) {
  const id = useId();
  const raise = useGovernanceChange(RAISE_ESCALATION, partnershipId);
  const resolve = useGovernanceChange(RESOLVE_ESCALATION, partnershipId);
  const state = useGovernanceChange(STATE_POSITION, partnershipId);
  const [text, setText] = useState('');
  const [interest, setInterest] = useState('');
  const { errors, saving, save } = useFormSave(FORM_FIELDS, onClose, failed);
  const field = action === 'raise' ? 'reason' : action === 'resolve' ? 'outcome' : 'position';
  const label = action === 'raise' ? 'Why it goes up' : action === 'resolve' ? 'Outcome' : 'Position';

  function check(): FormErrors {
    return { [field]: text.trim() ? undefined : `Enter the ${label.toLowerCase()}.` };
  }

  return (
    <FormFrame
      heading={HEADINGS[action]}
      labelledByHeading
      error={errors.form}
      saving={saving}
      submitLabel={HEADINGS[action].split(' ')[0]}
      onCancel={onClose}
      testId={`escalation-${action}`}
      onSubmit={(event) =>
        void save(event, check, async () => {
          const revision = { escalationId: escalation.id, version: escalation.version };
          if (action === 'raise') {
            await raise.mutateAsync({ input: { ...revision, reason: text.trim() } });
          } else if (action === 'resolve') {
            await resolve.mutateAsync({ input: { ...revision, outcome: text.trim() } });
          } else {
            await state.mutateAsync({ input: { escalationId: escalation.id, position: text.trim(), interest: interest.trim() || null } });
          }
          onClose();
          changed(action === 'raise' ? 'Raised to the next tier.' : action === 'resolve' ? 'Escalation resolved.' : 'Position stated.');
        })
      }
    >
      <TextField id={`${id}-text`} label={label} multiline value={text} onChange={setText} error={errors[field]} />
      {action === 'position' && (
        <TextField
          id={`${id}-interest`}
          label="Underlying interest"
          optional
          multiline
          value={interest}
          onChange={setInterest}
          error={errors.interest}
        />
      )}
    </FormFrame>
  );
}
