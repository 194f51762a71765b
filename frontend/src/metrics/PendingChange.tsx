// A metric's change of target and thresholds that one party proposed: what would change and who proposed it; a sponsor
// or steering member of another party accepts or rejects it.
import { useState } from 'react';
import { ApiError, errorMessage } from '../api';
import { formatDay } from '../format';
import { useMetricChange } from './metricChanges';
import type { FormCallbacks } from './metricFields';
import { thresholdSummary } from './metricRules';
import { DECIDE_METRIC_CHANGE, type Metric } from './queries';

export function PendingChange({ metric, partnershipId, changed, failed }: { metric: Metric } & FormCallbacks) {
  const decide = useMetricChange(DECIDE_METRIC_CHANGE, partnershipId);
  const [problem, setProblem] = useState<string>();
  const pending = metric.pendingChange;
  if (!pending) {
    return null;
  }

  async function answer(agree: boolean) {
    setProblem(undefined);
    try {
      await decide.mutateAsync({ input: { metricId: metric.id, version: metric.version, agree } });
      changed(agree ? `The new thresholds of “${metric.name}” are in force.` : `The proposed change of “${metric.name}” was rejected.`);
    } catch (e) {
      if (e instanceof ApiError && (e.code === 'VALIDATION' || e.code === 'FORBIDDEN')) {
        setProblem(errorMessage(e));
      } else {
        await failed(e);
      }
    }
  }

  const proposed = thresholdSummary({
    ...metric,
    target: pending.target,
    amberThreshold: pending.amberThreshold,
    redThreshold: pending.redThreshold,
  });
  return (
    <div className="callout pending-change" role="note" data-testid="pending-change">
      <p className="small">
        <strong>Change proposed by {pending.proposedBy.name}</strong> on {formatDay(pending.proposedAt)}:{' '}
        <span data-testid="pending-change-values">{proposed}</span>.{' '}
        {pending.viewerCanDecide ? 'It takes effect when your party accepts it.' : 'It waits for another party to accept it.'}
      </p>
      {problem && (
        <p className="field-error" role="alert" data-testid="pending-change-error">
          {problem}
        </p>
      )}
      {pending.viewerCanDecide && (
        <div className="item-actions">
          <button type="button" className="button button-primary" onClick={() => void answer(true)} disabled={decide.isPending}>
            Accept change<span className="visually-hidden"> of {metric.name}</span>
          </button>
          <button type="button" className="button button-secondary" onClick={() => void answer(false)} disabled={decide.isPending}>
            Reject change<span className="visually-hidden"> of {metric.name}</span>
          </button>
        </div>
      )}
    </div>
  );
}
