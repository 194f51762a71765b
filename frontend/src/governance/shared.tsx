// What the governance screens share: the change hook (refreshes governance and the metrics views it touches) and the
// checkboxes that choose people of the partnership.
import type { GraphQLDocument } from '../api';
import { useChange } from '../data/cache';
import { keys } from '../data/keys';
import { personName } from '../labels';
import type { GovernancePerson } from './queries';

/** A governance change: refreshes the partnership's governance queries and its metrics (escalations show there too). */
export function useGovernanceChange<TResult, TVariables>(document: GraphQLDocument<TResult, TVariables>, partnershipId: string) {
  return useChange(document, () => [keys.governance(partnershipId), keys.metrics(partnershipId)]);
}

/** Distinct people by email, in the order given (a person may hold a role and appear as a member twice). */
export function uniquePeople(people: readonly GovernancePerson[]): GovernancePerson[] {
  const seen = new Set<string>();
  return people.filter((p) => {
    const key = p.email ?? p.subject;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function peopleList(people: readonly GovernancePerson[]): string {
  return people.length === 0 ? 'Nobody' : people.map(personName).join(', ');
}

/** A group of checkboxes, one per person (by email), named by `legend`; `error` is the server's message on the field. */
export function PeopleCheckboxes({
  id,
  legend,
  people,
  chosen,
  onChange,
  error,
}: {
  id: string;
  legend: string;
  people: readonly GovernancePerson[];
  chosen: readonly string[];
  onChange: (emails: string[]) => void;
  error?: string;
}) {
  const errorId = `${id}-error`;
  return (
    <fieldset className={`field${error ? ' field-invalid' : ''}`} aria-describedby={error ? errorId : undefined}>
      <legend>{legend}</legend>
      <ul className="checkbox-list">
        {people
          .filter((p) => p.email)
          .map((p, index) => {
            const email = p.email as string;
            return (
              <li key={email}>
                <label className="checkbox">
                  <input
                    id={index === 0 ? id : undefined}
                    type="checkbox"
                    value={email}
                    checked={chosen.includes(email)}
                    aria-invalid={error ? true : undefined}
                    onChange={(e) => onChange(e.target.checked ? [...chosen, email] : chosen.filter((c) => c !== email))}
                  />
                  <span>
                    {personName(p)}
                    {p.organization ? <span className="muted"> · {p.organization.name}</span> : null}
                  </span>
                </label>
              </li>
            );
          })}
      </ul>
      {error && (
        <p className="field-error" id={errorId} data-testid={`${id}-error`}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
