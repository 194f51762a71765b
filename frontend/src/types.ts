// TypeScript shapes of the GraphQL types the screens read (only the fields they ask for).

export type Rag = 'GREEN' | 'AMBER' | 'RED' | 'UNKNOWN';
export type GovernanceModel = 'LIGHTWEIGHT_ALLIANCE' | 'INTEGRATED_OPERATIONAL_PARTNERSHIP' | 'JOINT_VENTURE_LITE';
export type PartnershipStatus = 'PROPOSED' | 'LAUNCHING' | 'ACTIVE' | 'AT_RISK' | 'WINDING_DOWN' | 'CLOSED';
export type MemberRole = 'SPONSOR' | 'STEERING' | 'LEAD' | 'CONTRIBUTOR' | 'VIEWER';
export type ActorKind = 'PERSON' | 'INTEGRATOR';

export interface Organization {
  id: string;
  name: string;
  slug: string;
}

export interface Viewer {
  subject: string;
  displayName: string | null;
  email: string | null;
  organization: Organization | null;
  roles: string[];
  kind: ActorKind;
}

export interface Person {
  subject: string;
  displayName: string | null;
  email: string | null;
  organization: Organization | null;
}

export interface Party {
  organization: Organization;
  sponsor: Person | null;
  accepted: boolean;
  invitedAt: string;
  acceptedAt: string | null;
}

export interface Member {
  person: Person;
  role: MemberRole;
}

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
}

export interface AuditEvent {
  id: string;
  at: string;
  action: string;
  summary: string;
  actor: {
    subject: string;
    displayName: string | null;
    kind: ActorKind;
    organization: Organization | null;
  };
}

/** A partnership as the list shows it. */
export interface PartnershipSummary {
  id: string;
  name: string;
  status: PartnershipStatus;
  governanceModel: GovernanceModel;
  health: Rag;
  viewerCanAccept: boolean;
  parties: { accepted: boolean; organization: Organization }[];
}

/** A partnership as its overview page shows it. */
export interface PartnershipDetail {
  id: string;
  name: string;
  charter: string | null;
  governanceModel: GovernanceModel;
  status: PartnershipStatus;
  startsOn: string | null;
  health: Rag;
  version: number;
  createdAt: string;
  parties: Party[];
  members: Member[];
  viewerRole: MemberRole | null;
  viewerCanEdit: boolean;
  viewerCanInvite: boolean;
  viewerCanAccept: boolean;
  auditEvents: Connection<AuditEvent>;
}

// ---- Joint Execution Plan

export type PlanStatus = 'DRAFT' | 'PROPOSED' | 'RATIFIED' | 'SUPERSEDED';
export type DeliverableStatus = 'NOT_STARTED' | 'ON_TRACK' | 'AT_RISK' | 'BLOCKED' | 'DONE';
export type PlanChangeKind = 'ADDED' | 'REMOVED' | 'CHANGED';
/** BigDecimal arrives as a JSON number or string, depending on the server's serialisation. */
export type Decimal = number | string;

export interface Ratification {
  organization: Organization;
  ratified: boolean;
  by: Person | null;
  at: string | null;
}

export interface PlanWarning {
  code: string;
  message: string;
  subjectId: string | null;
}

export interface RiskHeatCell {
  probability: number;
  impact: number;
  score: number;
  risks: { id: string; title: string }[];
}

export interface PartyConfidence {
  organization: Organization;
  confidence: number | null;
  at: string | null;
}

export interface CheckIn {
  id: string;
  value: Decimal | null;
  confidence: number;
  comment: string | null;
  organization: Organization;
  by: Person | null;
  at: string;
}

export interface KeyResult {
  id: string;
  title: string;
  baseline: Decimal | null;
  target: Decimal | null;
  unit: string | null;
  version: number;
  confidence: PartyConfidence[];
  confidenceGap: number | null;
  checkIns: CheckIn[];
}

export interface Objective {
  id: string;
  title: string;
  description: string | null;
  version: number;
  keyResults: KeyResult[];
}

export interface Deliverable {
  id: string;
  title: string;
  definitionOfDone: string;
  dueOn: string | null;
  status: DeliverableStatus;
  milestone: boolean;
  version: number;
  viewerCanEdit: boolean;
  viewerCanUpdateStatus: boolean;
  owners: Person[];
  dependsOn: { id: string }[];
  criticalPath: { id: string }[];
}

export interface Workstream {
  id: string;
  name: string;
  version: number;
  viewerCanEdit: boolean;
  leads: Person[];
  deliverables: Deliverable[];
}

export interface Risk {
  id: string;
  title: string;
  probability: number;
  impact: number;
  score: number;
  mitigation: string | null;
  version: number;
  owner: Person | null;
  deliverable: { id: string; title: string } | null;
  keyResult: { id: string; title: string } | null;
}

export interface Plan {
  id: string;
  version: number;
  status: PlanStatus;
  revision: number;
  amendmentReason: string | null;
  nextReviewOn: string | null;
  createdAt: string;
  viewerCanEdit: boolean;
  viewerCanPropose: boolean;
  viewerCanRatify: boolean;
  viewerCanAmend: boolean;
  ratifications: Ratification[];
  warnings: PlanWarning[];
  riskHeatMap: RiskHeatCell[];
  objectives: Objective[];
  workstreams: Workstream[];
  risks: Risk[];
}

/** A version as pickers list it. */
export interface PlanVersion {
  id: string;
  version: number;
  status: PlanStatus;
  createdAt: string;
}

/** The partnership around its plan, as the plan page reads it. */
export interface PlanPartnership {
  id: string;
  name: string;
  viewerRole: MemberRole | null;
  parties: { accepted: boolean; organization: Organization }[];
  currentPlan: { id: string } | null;
  /** Every version, for choosing one; the one shown comes whole in `plan`. */
  plans: PlanVersionRef[];
  plan: Plan | null;
}

export type PlanVersionRef = Pick<Plan, 'id' | 'version' | 'status'>;

export interface FieldChange {
  field: string;
  from: string | null;
  to: string | null;
}

export interface PlanChange {
  kind: PlanChangeKind;
  itemType: string;
  itemTitle: string;
  fields: FieldChange[];
}

export interface PlanDiff {
  from: PlanVersion;
  to: PlanVersion;
  changes: PlanChange[];
}

// ---- Metrics

export type MetricKind = 'KEY_RESULT' | 'LEADING_KPI' | 'LAGGING_KPI' | 'HEALTH' | 'ROI';
export type Direction = 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER';
export type Tier = 'EXECUTION' | 'STEERING' | 'STRATEGIC';
export type Cadence = 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'QUARTERLY';
export type ReadingSource = 'MANUAL' | 'INTEGRATION' | 'SURVEY';
export type EscalationStatus = 'OPEN' | 'RESOLVED';

export interface MetricReading {
  id: string;
  value: Decimal;
  observedAt: string;
  status: Rag;
  source: ReadingSource;
}

export interface Metric {
  id: string;
  name: string;
  kind: MetricKind;
  unit: string | null;
  direction: Direction;
  target: Decimal | null;
  amberThreshold: Decimal | null;
  redThreshold: Decimal | null;
  status: Rag;
  latest: MetricReading | null;
  /** Newest first, as the API sends them. */
  readings: MetricReading[];
  cadence: Cadence;
  owningParty: Organization;
  escalationTier: Tier;
  version: number;
  viewerCanRecord: boolean;
  viewerCanEdit: boolean;
}

export interface Escalation {
  id: string;
  tier: Tier;
  status: EscalationStatus;
  summary: string;
  openedAt: string;
  metric: { id: string; name: string } | null;
}

/** The partnership as the metrics dashboard reads it. */
export interface MetricsPartnership {
  id: string;
  name: string;
  health: Rag;
  viewerRole: MemberRole | null;
  parties: { accepted: boolean; organization: Organization }[];
  metrics: Metric[];
  metricWarnings: string[];
  escalations: Escalation[];
}

/** A status change as the subscriptions deliver it. */
export interface MetricStatusChange {
  id: string;
  previous: Rag;
  current: Rag;
  at: string;
  reading: MetricReading;
  metric: { id: string; name: string; unit: string | null; status: Rag; latest: MetricReading | null };
}

/** A change from `metricTurnedRed`, whose metric also names its partnership (null when the API cannot say). */
export interface MetricTurnedRed extends MetricStatusChange {
  metric: MetricStatusChange['metric'] & { partnership: { id: string; name: string } | null };
}
