// Plain-language words for the API's enums and the names of people.
import type {
  AgendaItemKind,
  Cadence,
  DecisionRole,
  DecisionType,
  DeliverableStatus,
  Direction,
  EscalationStatus,
  GovernanceModel,
  MeetingCadence,
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

const MEETING_CADENCE_LABELS: Record<MeetingCadence, string> = {
  WEEKLY: 'Weekly',
  EVERY_TWO_WEEKS: 'Every two weeks',
  MONTHLY: 'Monthly',
  QUARTERLY: 'Quarterly',
};

export const MEETING_CADENCES = Object.keys(MEETING_CADENCE_LABELS) as MeetingCadence[];

export function meetingCadenceLabel(cadence: MeetingCadence): string {
  return MEETING_CADENCE_LABELS[cadence] ?? cadence;
}

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** 1 (Monday) to 7 (Sunday), as the API counts. */
export function weekdayLabel(weekday: number): string {
  return WEEKDAYS[weekday - 1] ?? String(weekday);
}

const DECISION_TYPE_LABELS: Record<DecisionType, string> = {
  SCOPE_CHANGE: 'Scope change',
  BUDGET_OVER_THRESHOLD: 'Budget over the threshold',
  PLAN_AMENDMENT: 'Plan amendment',
  METRIC_CHANGE: 'Metric definition or threshold change',
  PARTY_CHANGE: 'Adding or removing a party',
  OTHER: 'Other',
};

export const DECISION_TYPES = Object.keys(DECISION_TYPE_LABELS) as DecisionType[];

export function decisionTypeLabel(type: DecisionType): string {
  return DECISION_TYPE_LABELS[type] ?? type;
}

/** RACI, in the matrix's order, with the letter the matrix shows. */
export const DECISION_ROLES: { value: DecisionRole; letter: string; label: string }[] = [
  { value: 'RESPONSIBLE', letter: 'R', label: 'Responsible' },
  { value: 'ACCOUNTABLE', letter: 'A', label: 'Accountable' },
  { value: 'CONSULTED', letter: 'C', label: 'Consulted' },
  { value: 'INFORMED', letter: 'I', label: 'Informed' },
];

export function decisionRoleLabel(role: DecisionRole): string {
  return DECISION_ROLES.find((r) => r.value === role)?.label ?? role;
}

export function decisionRoleLetter(role: DecisionRole): string {
  return DECISION_ROLES.find((r) => r.value === role)?.letter ?? role;
}

const AGENDA_KIND_LABELS: Record<AgendaItemKind, string> = {
  RED_METRIC: 'Red metric',
  AMBER_METRIC: 'Amber metric',
  ESCALATION: 'Escalation',
  DELIVERABLE_AT_RISK: 'Deliverable at risk',
  SURVEY_FLAG: 'Health pulse',
  OVERDUE_ACTION: 'Overdue action item',
  MANUAL: 'Item',
};

export function agendaKindLabel(kind: AgendaItemKind): string {
  return AGENDA_KIND_LABELS[kind] ?? kind;
}

const ESCALATION_STATUS_LABELS: Record<EscalationStatus, string> = {
  OPEN: 'Open',
  ACKNOWLEDGED: 'Acknowledged',
  RESOLVED: 'Resolved',
};

export function escalationStatusLabel(status: EscalationStatus): string {
  return ESCALATION_STATUS_LABELS[status] ?? status;
}
