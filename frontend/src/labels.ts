// Plain-language words for the API's enums, and date formatting.
import type {
  Cadence,
  DeliverableStatus,
  Direction,
  GovernanceModel,
  MemberRole,
  MetricKind,
  PartnershipStatus,
  PlanChangeKind,
  PlanStatus,
  Rag,
  ReadingSource,
  Tier,
} from './gql/graphql';

export const GOVERNANCE_MODELS: { value: GovernanceModel; label: string; explanation: string }[] = [
  {
    value: 'LIGHTWEIGHT_ALLIANCE',
    label: 'Lightweight alliance',
    explanation: 'Each side keeps its own teams and budget; a shared plan and a regular check-in keep you aligned.',
  },
  {
    value: 'INTEGRATED_OPERATIONAL_PARTNERSHIP',
    label: 'Integrated operational partnership',
    explanation: 'Joint teams deliver shared workstreams, with weekly execution meetings and monthly steering.',
  },
  {
    value: 'JOINT_VENTURE_LITE',
    label: 'Joint venture (lite)',
    explanation: 'Pooled resources and shared targets under a formal steering board, without forming a new company.',
  },
];

export function modelLabel(model: GovernanceModel): string {
  return GOVERNANCE_MODELS.find((m) => m.value === model)?.label ?? model;
}

export function modelExplanation(model: GovernanceModel): string {
  return GOVERNANCE_MODELS.find((m) => m.value === model)?.explanation ?? '';
}

export const STATUSES: { value: PartnershipStatus; label: string }[] = [
  { value: 'PROPOSED', label: 'Proposed' },
  { value: 'LAUNCHING', label: 'Launching' },
  { value: 'ACTIVE', label: 'Active' },
  { value: 'AT_RISK', label: 'At risk' },
  { value: 'WINDING_DOWN', label: 'Winding down' },
  { value: 'CLOSED', label: 'Closed' },
];

export function statusLabel(status: PartnershipStatus): string {
  return STATUSES.find((s) => s.value === status)?.label ?? status;
}

export const ROLES: { value: MemberRole; label: string }[] = [
  { value: 'SPONSOR', label: 'Sponsor' },
  { value: 'STEERING', label: 'Steering group' },
  { value: 'LEAD', label: 'Lead' },
  { value: 'CONTRIBUTOR', label: 'Contributor' },
  { value: 'VIEWER', label: 'Viewer' },
];

export function roleLabel(role: MemberRole): string {
  return ROLES.find((r) => r.value === role)?.label ?? role;
}

const HEALTH_LABELS: Record<Rag, string> = {
  GREEN: 'On track',
  AMBER: 'Needs attention',
  RED: 'Off track',
  UNKNOWN: 'No data yet',
};

export function healthLabel(health: Rag): string {
  return HEALTH_LABELS[health] ?? health;
}

/** What names a person: the name they go by, else their email, else their subject. */
export function personName(person: { displayName: string | null; email?: string | null; subject: string }): string {
  return person.displayName || person.email || person.subject;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A `Date` scalar ("2026-11-21") is a calendar day: format it without any time-zone shift. */
export function formatDate(value: string | null | undefined): string {
  if (!value) {
    return 'Not set';
  }
  const [year, month, day] = value.split('-').map(Number);
  if (!year || !month || !day) {
    return value;
  }
  return dateFormat.format(new Date(year, month - 1, day));
}

export function formatDateTime(value: string | null | undefined): string {
  if (!value) {
    return '';
  }
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : dateTimeFormat.format(date);
}

// ---- Joint Execution Plan

export const PLAN_STATUSES: { value: PlanStatus; label: string; tone: Tone }[] = [
  { value: 'DRAFT', label: 'Draft', tone: 'neutral' },
  { value: 'PROPOSED', label: 'Proposed', tone: 'pending' },
  { value: 'RATIFIED', label: 'Ratified', tone: 'positive' },
  { value: 'SUPERSEDED', label: 'Superseded', tone: 'muted' },
];

export type Tone = 'neutral' | 'pending' | 'positive' | 'negative' | 'muted';

export function planStatusLabel(status: PlanStatus): string {
  return PLAN_STATUSES.find((s) => s.value === status)?.label ?? status;
}

export function planStatusTone(status: PlanStatus): Tone {
  return PLAN_STATUSES.find((s) => s.value === status)?.tone ?? 'neutral';
}

export const DELIVERABLE_STATUSES: { value: DeliverableStatus; label: string; tone: Tone }[] = [
  { value: 'NOT_STARTED', label: 'Not started', tone: 'neutral' },
  { value: 'ON_TRACK', label: 'On track', tone: 'positive' },
  { value: 'AT_RISK', label: 'At risk', tone: 'pending' },
  { value: 'BLOCKED', label: 'Blocked', tone: 'negative' },
  { value: 'DONE', label: 'Done', tone: 'positive' },
];

export function deliverableStatusLabel(status: DeliverableStatus): string {
  return DELIVERABLE_STATUSES.find((s) => s.value === status)?.label ?? status;
}

export function deliverableStatusTone(status: DeliverableStatus): Tone {
  return DELIVERABLE_STATUSES.find((s) => s.value === status)?.tone ?? 'neutral';
}

const CHANGE_KINDS: Record<PlanChangeKind, string> = { ADDED: 'Added', REMOVED: 'Removed', CHANGED: 'Changed' };

export function changeKindLabel(kind: PlanChangeKind): string {
  return CHANGE_KINDS[kind] ?? kind;
}

const ITEM_TYPES: Record<string, string> = {
  Plan: 'Plan',
  Objective: 'Objective',
  KeyResult: 'Key result',
  Workstream: 'Workstream',
  Deliverable: 'Deliverable',
  Risk: 'Risk',
};

export function itemTypeLabel(itemType: string): string {
  return ITEM_TYPES[itemType] ?? itemType;
}

/** A risk score (probability × impact) as a traffic light: up to 4 green, up to 12 amber, above that red. */
export function riskRag(score: number): 'green' | 'amber' | 'red' {
  return score <= 4 ? 'green' : score <= 12 ? 'amber' : 'red';
}

/** "" stays absent, anything else becomes a number; NaN means the person typed something that is not one. */
export function parseDecimal(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  return trimmed === '' ? null : Number(trimmed);
}

export function decimalText(value: number | string | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

export function formatDecimal(value: number | string | null | undefined): string {
  if (value === null || value === undefined || value === '') {
    return '—';
  }
  const number = Number(value);
  return Number.isFinite(number) ? numberFormat.format(number) : String(value);
}

const numberFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 6 });

// ---- Metrics

export const METRIC_KINDS: { value: MetricKind; label: string; explanation: string }[] = [
  { value: 'KEY_RESULT', label: 'Key result', explanation: 'Measures a key result of the plan.' },
  { value: 'LEADING_KPI', label: 'Leading indicator', explanation: 'Moves early: tells you where results are heading.' },
  { value: 'LAGGING_KPI', label: 'Lagging indicator', explanation: 'Confirms results after the fact.' },
  { value: 'HEALTH', label: 'Partnership health', explanation: 'How the people on both sides see the partnership.' },
  { value: 'ROI', label: 'Return on investment', explanation: 'What the partnership returns for what it costs.' },
];

export function metricKindLabel(kind: MetricKind): string {
  return METRIC_KINDS.find((k) => k.value === kind)?.label ?? kind;
}

export const DIRECTIONS: { value: Direction; label: string }[] = [
  { value: 'HIGHER_IS_BETTER', label: 'Higher is better' },
  { value: 'LOWER_IS_BETTER', label: 'Lower is better' },
];

export function directionLabel(direction: Direction): string {
  return DIRECTIONS.find((d) => d.value === direction)?.label ?? direction;
}

export const CADENCES: { value: Cadence; label: string }[] = [
  { value: 'DAILY', label: 'Daily' },
  { value: 'WEEKLY', label: 'Weekly' },
  { value: 'MONTHLY', label: 'Monthly' },
  { value: 'QUARTERLY', label: 'Quarterly' },
];

export function cadenceLabel(cadence: Cadence): string {
  return CADENCES.find((c) => c.value === cadence)?.label ?? cadence;
}

export const TIERS: { value: Tier; label: string; explanation: string }[] = [
  { value: 'EXECUTION', label: 'Execution', explanation: 'the weekly execution meeting' },
  { value: 'STEERING', label: 'Steering', explanation: 'the monthly steering group' },
  { value: 'STRATEGIC', label: 'Strategic', explanation: 'the quarterly strategic board' },
];

export function tierLabel(tier: Tier): string {
  return TIERS.find((t) => t.value === tier)?.label ?? tier;
}

export function tierExplanation(tier: Tier): string {
  return TIERS.find((t) => t.value === tier)?.explanation ?? '';
}

const RAG_LABELS: Record<Rag, string> = {
  GREEN: 'Green',
  AMBER: 'Amber',
  RED: 'Red',
  UNKNOWN: 'No recent reading',
};

/** A metric's status in words (never colour alone). */
export function ragLabel(status: Rag): string {
  return RAG_LABELS[status] ?? status;
}

const SOURCE_LABELS: Record<ReadingSource, string> = {
  MANUAL: 'entered by hand',
  INTEGRATION: 'from an integration',
  SURVEY: 'from a survey',
};

export function sourceLabel(source: ReadingSource): string {
  return SOURCE_LABELS[source] ?? source;
}

/** "42 %", "1,200 EUR", "7": a value with its unit. */
export function formatValue(value: number | string | null | undefined, unit: string | null | undefined): string {
  const number = formatDecimal(value);
  if (!unit || number === '—') {
    return number;
  }
  return unit === '%' ? `${number}%` : `${number} ${unit}`;
}

const relativeFormat = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });

/** "5 minutes ago", "yesterday": how long ago an instant was, for readings. */
export function formatRelative(value: string | null | undefined, now = Date.now()): string {
  if (!value) {
    return '';
  }
  const time = new Date(value).getTime();
  if (Number.isNaN(time)) {
    return value;
  }
  const seconds = Math.round((time - now) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 45) return 'just now';
  if (abs < 45 * 60) return relativeFormat.format(Math.round(seconds / 60), 'minute');
  if (abs < 22 * 3600) return relativeFormat.format(Math.round(seconds / 3600), 'hour');
  if (abs < 26 * 86400) return relativeFormat.format(Math.round(seconds / 86400), 'day');
  if (abs < 320 * 86400) return relativeFormat.format(Math.round(seconds / (30 * 86400)), 'month');
  return relativeFormat.format(Math.round(seconds / (365 * 86400)), 'year');
}
