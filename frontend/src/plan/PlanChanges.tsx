// One group of a plan diff (added, removed or changed items), each change field by field in words.

import { formatDate, formatDateTime } from '../format';
import type { PlanChangeKind } from '../gql/graphql';
import { changeKindLabel, itemTypeLabel } from '../labels';
import type { PlanChange } from './queries';

export function ChangeGroup({ kind, changes }: { kind: PlanChangeKind; changes: PlanChange[] }) {
  if (changes.length === 0) {
    return null;
  }
  const headingId = `diff-${kind.toLowerCase()}`;
  return (
    <section className="diff-group" aria-labelledby={headingId}>
      <h3 id={headingId} className="subheading">
        {changeKindLabel(kind)} <span className="muted small">({changes.length})</span>
      </h3>
      <ul className="card-list">
        {changes.map((change, index) => (
          <li
            // biome-ignore lint/suspicious/noArrayIndexKey: two changes may name the same item; their order is the diff's
            key={`${change.itemType}-${change.itemTitle}-${index}`}
            className={`card diff-change diff-${kind.toLowerCase()}`}
            data-testid="diff-change"
            data-kind={kind}
          >
            <p className="diff-item">
              <span className={`tag diff-tag-${kind.toLowerCase()}`}>{changeKindLabel(kind)}</span>{' '}
              <span className="item-kind">{itemTypeLabel(change.itemType)}</span>
              <strong>{change.itemTitle}</strong>
            </p>
            {change.fields.length > 0 && (
              <dl className="diff-fields">
                {change.fields.map((f) => (
                  <div key={f.field} className="diff-field">
                    <dt>{fieldLabel(f.field)}</dt>
                    <dd>
                      <del className="diff-from">{f.from ? valueText(f.from) : <span className="muted">(empty)</span>}</del>
                      <span aria-hidden="true"> → </span>
                      <span className="visually-hidden"> changed to </span>
                      <ins className="diff-to">{f.to ? valueText(f.to) : <span className="muted">(empty)</span>}</ins>
                    </dd>
                  </div>
                ))}
              </dl>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

const FIELD_LABELS: Record<string, string> = {
  definitionOfDone: 'Definition of done',
  dueOn: 'Due date',
  nextReviewOn: 'Next review',
  dependsOn: 'Depends on',
  keyResult: 'Key result',
  deliverable: 'Deliverable',
};

/** "definitionOfDone" → "Definition of done". */
function fieldLabel(field: string): string {
  if (FIELD_LABELS[field]) {
    return FIELD_LABELS[field];
  }
  const words = field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Values arrive as strings: show dates and yes/no in words, anything else as it is. */
function valueText(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return formatDate(value);
  }
  if (/^\d{4}-\d{2}-\d{2}T/.test(value)) {
    return formatDateTime(value);
  }
  if (value === 'true' || value === 'false') {
    return value === 'true' ? 'Yes' : 'No';
  }
  return value;
}
