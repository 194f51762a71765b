// What every part of the plan page shares: the version on screen, how a change reports back, and small form parts.
import { type ComponentProps, createContext, type ReactNode, useContext } from 'react';
import { FormFrame, useFormSave } from '../components/Form';
import type { PlanStatus } from '../gql/graphql';
import { personName, planStatusLabel, planStatusTone, type Tone } from '../labels';
import type { Viewer } from '../session/queries';
import type { Deliverable, Person, Plan, PlanPartnership } from './queries';

export interface PlanContextValue {
  partnership: PlanPartnership;
  plan: Plan;
  viewer: Viewer;
  /** Every deliverable of this version, in workstream order (for pickers, titles and the graph). */
  deliverables: Deliverable[];
  /** Check-ins are open to owners, leads, steering and sponsors; the API has no per-viewer flag for it. */
  canCheckIn: boolean;
  /** After a change: tell the person (the change refreshed the plan). */
  changed: (message: string) => void;
  /** After a failed change: say why, and reload when what is on screen is no longer current. */
  failed: (error: unknown) => Promise<void>;
}

export const PlanContext = createContext<PlanContextValue | null>(null);

export function usePlan(): PlanContextValue {
  const value = useContext(PlanContext);
  if (!value) {
    throw new Error('usePlan() outside the plan page');
  }
  return value;
}

/** The element id of a plan item, so that warnings and links can jump to it. */
export function itemAnchor(id: string): string {
  return `item-${id}`;
}

/** Scrolls an item into view and moves focus to it (items carry tabIndex -1 for this). */
export function jumpTo(id: string): void {
  const element = document.getElementById(itemAnchor(id));
  if (!element) {
    return;
  }
  element.scrollIntoView({ behavior: 'smooth', block: 'start' });
  element.focus({ preventScroll: true });
  element.classList.add('item-flash');
  window.setTimeout(() => element.classList.remove('item-flash'), 1600);
}

/** Emails typed one per line or separated by commas, semicolons or spaces. */
export function parseEmails(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((e) => e.trim())
    .filter(Boolean);
}

export function emailsText(people: Person[]): string {
  return people
    .map((p) => p.email)
    .filter((e): e is string => Boolean(e))
    .join('\n');
}

export function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a.map((x) => x.toLowerCase()));
  const right = new Set(b.map((x) => x.toLowerCase()));
  return left.size === right.size && [...left].every((x) => right.has(x));
}

/** People grouped by their organisation, in the order of the partnership's parties. */
export function byParty(
  people: Person[],
  parties: { accepted: boolean; organization: { id: string; name: string } }[],
): { organization: string; people: Person[] }[] {
  const accepted = parties.filter((p) => p.accepted);
  const groups = accepted.map((p) => ({
    organization: p.organization.name,
    people: people.filter((person) => person.organization?.id === p.organization.id),
  }));
  const known = new Set(accepted.map((p) => p.organization.id));
  const others = people.filter((person) => !person.organization || !known.has(person.organization.id));
  if (others.length > 0) {
    groups.push({ organization: 'Other', people: others });
  }
  return groups;
}

/** "Acme: Alice Anders · Globex: no lead yet", one line per party. */
export function PeopleByParty({ people, none, label }: { people: Person[]; none: string; label: string }) {
  const { partnership } = usePlan();
  return (
    <dl className="people-by-party" aria-label={label}>
      {byParty(people, partnership.parties).map((group) => (
        <div key={group.organization}>
          <dt>{group.organization}</dt>
          <dd className={group.people.length === 0 ? 'missing' : undefined}>
            {group.people.length === 0 ? none : group.people.map((p) => personName(p)).join(', ')}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** "Alice Anders (Acme)". */
export function personWithOrg(person: Person): string {
  return person.organization ? `${personName(person)} (${person.organization.name})` : personName(person);
}

export function Tag({ tone = 'neutral', children, testId }: { tone?: Tone; children: ReactNode; testId?: string }) {
  return (
    <span className={`tag tag-${tone}`} data-testid={testId}>
      {children}
    </span>
  );
}

export function PlanStatusTag({ status, testId }: { status: PlanStatus; testId?: string }) {
  return (
    <span className={`tag tag-${planStatusTone(status)}`} data-testid={testId} data-status={status}>
      {planStatusLabel(status)}
    </span>
  );
}

/** useFormSave for an inline form of the plan: anything but a VALIDATION problem goes to the page (CONFLICT reloads it). */
export function useItemForm(fields: readonly string[], onClose: () => void) {
  const { failed } = usePlan();
  return useFormSave(fields, onClose, failed);
}

/**
 * The frame of an inline add/edit form: an optional heading, the fields, a form-level error, Save and Cancel; on a
 * proposed plan it says that a change returns the plan to draft.
 */
export function InlineForm(props: Omit<ComponentProps<typeof FormFrame>, 'notice' | 'labelledByHeading'>) {
  const { plan } = usePlan();
  return (
    <FormFrame
      {...props}
      notice={
        plan.status === 'PROPOSED' && <p className="hint">Changing a proposed plan returns it to draft; every party then ratifies again.</p>
      }
    />
  );
}
