// "Remove" for a plan item, asking first in place.
import { useState } from 'react';
import { REMOVE_PLAN_ITEM } from './mutations';
import { usePlanChange } from './planCache';
import { usePlan } from './shared';

/**
 * "Remove" for a plan item: a first tap asks "Remove <what>?" in place (no browser dialog), the second removes it
 * with `removePlanItem` and the item's `version`.
 */
export function RemoveButton({ id, version, what }: { id: string; version: number; what: string }) {
  const { changed, failed } = usePlan();
  const [asking, setAsking] = useState(false);
  const removal = usePlanChange(REMOVE_PLAN_ITEM);
  const removing = removal.isPending;

  async function remove() {
    try {
      await removal.mutateAsync({ input: { id, version } });
      changed(`Removed ${what}.`);
    } catch (e) {
      setAsking(false);
      await failed(e);
    }
  }

  if (!asking) {
    return (
      <button type="button" className="button button-quiet button-small button-danger" onClick={() => setAsking(true)}>
        Remove<span className="visually-hidden"> {what}</span>
      </button>
    );
  }
  return (
    // biome-ignore lint/a11y/useSemanticElements: the question and its two buttons stay inline, in the item's row of actions
    <span className="confirm" role="group" aria-label={`Remove ${what}?`}>
      <span className="confirm-question">Remove {what}?</span>
      <button type="button" className="button button-danger-solid button-small" onClick={() => void remove()} disabled={removing}>
        {removing ? 'Removing…' : 'Yes, remove'}
      </button>
      <button type="button" className="button button-secondary button-small" onClick={() => setAsking(false)} disabled={removing}>
        Keep
      </button>
    </span>
  );
}
