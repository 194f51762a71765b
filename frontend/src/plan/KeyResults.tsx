// A key result: baseline → target, each party's confidence side by side (a wide gap stands out), its check-ins.
import { useState } from 'react';
import { formatDateTime, formatDecimal } from '../format';
import { personName } from '../labels';
import { CheckInForm, KeyResultForm } from './KeyResultForms';
import type { KeyResult } from './queries';
import { RemoveButton } from './RemoveButton';
import { itemAnchor, Tag, usePlan } from './shared';

/** A gap of this many points between the parties' confidence deserves a conversation. */
export const CONFIDENCE_GAP_ALERT = 3;

export function KeyResultItem({ keyResult }: { keyResult: KeyResult }) {
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
