// Every GraphQL operation the screens send, in one place.

export const ME = /* GraphQL */ `
  query Me {
    me {
      subject
      displayName
      email
      organization { id name slug }
      roles
      kind
    }
  }
`;

export const PARTNERSHIPS = /* GraphQL */ `
  query Partnerships($first: Int!, $after: String) {
    partnerships(first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          name
          status
          governanceModel
          health
          viewerCanAccept
          parties { accepted organization { id name slug } }
        }
      }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`;

export const ORGANIZATIONS = /* GraphQL */ `
  query Organizations {
    organizations { id name slug }
  }
`;

const AUDIT_EVENT_FIELDS = /* GraphQL */ `
  edges {
    cursor
    node {
      id
      at
      action
      summary
      actor { subject displayName kind organization { id name slug } }
    }
  }
  pageInfo { hasNextPage endCursor }
  totalCount
`;

export const PARTNERSHIP = /* GraphQL */ `
  query Partnership($id: ID!) {
    partnership(id: $id) {
      id
      name
      charter
      governanceModel
      status
      startsOn
      health
      version
      createdAt
      viewerRole
      viewerCanEdit
      viewerCanInvite
      viewerCanAccept
      parties {
        organization { id name slug }
        sponsor { subject displayName email }
        accepted
        invitedAt
        acceptedAt
      }
      members {
        role
        person { subject displayName email organization { id name slug } }
      }
      auditEvents(first: 20) { ${AUDIT_EVENT_FIELDS} }
    }
  }
`;

export const MORE_AUDIT_EVENTS = /* GraphQL */ `
  query MoreAuditEvents($id: ID!, $after: String) {
    partnership(id: $id) {
      id
      auditEvents(first: 20, after: $after) { ${AUDIT_EVENT_FIELDS} }
    }
  }
`;

export const CREATE_PARTNERSHIP = /* GraphQL */ `
  mutation CreatePartnership($input: CreatePartnershipInput!) {
    createPartnership(input: $input) { id }
  }
`;

export const ACCEPT_INVITATION = /* GraphQL */ `
  mutation AcceptInvitation($partnershipId: ID!) {
    acceptInvitation(partnershipId: $partnershipId) { id }
  }
`;

export const UPDATE_PARTNERSHIP = /* GraphQL */ `
  mutation UpdatePartnership($input: UpdatePartnershipInput!) {
    updatePartnership(input: $input) { id version }
  }
`;

export const INVITE_ORGANIZATION = /* GraphQL */ `
  mutation InviteOrganization($input: InviteOrganizationInput!) {
    inviteOrganization(input: $input) { id }
  }
`;

export const SET_MEMBER_ROLE = /* GraphQL */ `
  mutation SetMemberRole($input: SetMemberRoleInput!) {
    setMemberRole(input: $input) { role person { subject } }
  }
`;

// ---- Joint Execution Plan

const PERSON_FIELDS = /* GraphQL */ `subject displayName email organization { id name }`;

/** Everything the plan page shows of one version (about 120 fields: well inside the complexity limit). */
const PLAN_FIELDS = /* GraphQL */ `
  id
  version
  status
  revision
  amendmentReason
  nextReviewOn
  createdAt
  viewerCanEdit
  viewerCanPropose
  viewerCanRatify
  viewerCanAmend
  ratifications {
    organization { id name slug }
    ratified
    by { ${PERSON_FIELDS} }
    at
  }
  warnings { code message subjectId }
  riskHeatMap { probability impact score risks { id title } }
  objectives {
    id
    title
    description
    version
    keyResults {
      id
      title
      baseline
      target
      unit
      version
      confidenceGap
      confidence { organization { id name slug } confidence at }
      checkIns(last: 10) {
        id
        value
        confidence
        comment
        organization { id name slug }
        by { ${PERSON_FIELDS} }
        at
      }
    }
  }
  workstreams {
    id
    name
    version
    viewerCanEdit
    leads { ${PERSON_FIELDS} }
    deliverables {
      id
      title
      definitionOfDone
      dueOn
      status
      milestone
      version
      viewerCanEdit
      viewerCanUpdateStatus
      owners { ${PERSON_FIELDS} }
      dependsOn { id }
      criticalPath { id }
    }
  }
  risks {
    id
    title
    probability
    impact
    score
    mitigation
    version
    owner { ${PERSON_FIELDS} }
    deliverable { id title }
    keyResult { id title }
  }
`;

/**
 * The plan page: the partnership's parties and every version in full. There is no lookup of one version by
 * id, so the page picks the version it shows out of `plans` (newest first).
 */
export const PLAN_PAGE = /* GraphQL */ `
  query PlanPage($id: ID!, $planId: ID) {
    partnership(id: $id) {
      id
      name
      viewerRole
      parties { accepted organization { id name slug } }
      currentPlan { id }
      plans { id version status }
      plan(id: $planId) { ${PLAN_FIELDS} }
    }
  }
`;

/** The partnership page's plan card: which version is current and in what state. */
export const PLAN_SUMMARY = /* GraphQL */ `
  query PlanSummary($id: ID!) {
    partnership(id: $id) {
      id
      currentPlan { id version status nextReviewOn warnings { code } }
      plans { id version status }
    }
  }
`;

export const PLAN_VERSIONS = /* GraphQL */ `
  query PlanVersions($id: ID!) {
    partnership(id: $id) {
      id
      name
      plans { id version status createdAt }
    }
  }
`;

export const PLAN_DIFF = /* GraphQL */ `
  query PlanDiff($from: ID!, $to: ID!) {
    planDiff(from: $from, to: $to) {
      from { id version status createdAt }
      to { id version status createdAt }
      changes { kind itemType itemTitle fields { field from to } }
    }
  }
`;

const PLAN_STATE = /* GraphQL */ `id version status revision`;

export const PROPOSE_PLAN = /* GraphQL */ `
  mutation ProposePlan($input: PlanRevisionInput!) {
    proposePlan(input: $input) { ${PLAN_STATE} }
  }
`;

export const RATIFY_PLAN = /* GraphQL */ `
  mutation RatifyPlan($input: PlanRevisionInput!) {
    ratifyPlan(input: $input) { ${PLAN_STATE} }
  }
`;

export const AMEND_PLAN = /* GraphQL */ `
  mutation AmendPlan($input: AmendPlanInput!) {
    amendPlan(input: $input) { ${PLAN_STATE} }
  }
`;

export const UPDATE_PLAN = /* GraphQL */ `
  mutation UpdatePlan($input: UpdatePlanInput!) {
    updatePlan(input: $input) { ${PLAN_STATE} }
  }
`;

export const ADD_OBJECTIVE = /* GraphQL */ `
  mutation AddObjective($input: AddObjectiveInput!) {
    addObjective(input: $input) { id version }
  }
`;

export const UPDATE_OBJECTIVE = /* GraphQL */ `
  mutation UpdateObjective($input: UpdateObjectiveInput!) {
    updateObjective(input: $input) { id version }
  }
`;

export const ADD_KEY_RESULT = /* GraphQL */ `
  mutation AddKeyResult($input: AddKeyResultInput!) {
    addKeyResult(input: $input) { id version }
  }
`;

export const UPDATE_KEY_RESULT = /* GraphQL */ `
  mutation UpdateKeyResult($input: UpdateKeyResultInput!) {
    updateKeyResult(input: $input) { id version }
  }
`;

export const CHECK_IN_KEY_RESULT = /* GraphQL */ `
  mutation CheckInKeyResult($input: CheckInInput!) {
    checkInKeyResult(input: $input) { id }
  }
`;

export const ADD_WORKSTREAM = /* GraphQL */ `
  mutation AddWorkstream($input: AddWorkstreamInput!) {
    addWorkstream(input: $input) { id version }
  }
`;

export const UPDATE_WORKSTREAM = /* GraphQL */ `
  mutation UpdateWorkstream($input: UpdateWorkstreamInput!) {
    updateWorkstream(input: $input) { id version }
  }
`;

export const ADD_DELIVERABLE = /* GraphQL */ `
  mutation AddDeliverable($input: AddDeliverableInput!) {
    addDeliverable(input: $input) { id version }
  }
`;

export const UPDATE_DELIVERABLE = /* GraphQL */ `
  mutation UpdateDeliverable($input: UpdateDeliverableInput!) {
    updateDeliverable(input: $input) { id version }
  }
`;

export const SET_DELIVERABLE_STATUS = /* GraphQL */ `
  mutation SetDeliverableStatus($input: SetDeliverableStatusInput!) {
    setDeliverableStatus(input: $input) { id version status }
  }
`;

export const ADD_RISK = /* GraphQL */ `
  mutation AddRisk($input: AddRiskInput!) {
    addRisk(input: $input) { id version }
  }
`;

export const UPDATE_RISK = /* GraphQL */ `
  mutation UpdateRisk($input: UpdateRiskInput!) {
    updateRisk(input: $input) { id version }
  }
`;

export const REMOVE_PLAN_ITEM = /* GraphQL */ `
  mutation RemovePlanItem($input: RemovePlanItemInput!) {
    removePlanItem(input: $input) { ${PLAN_STATE} }
  }
`;

// ---- Metrics

const READING_FIELDS = /* GraphQL */ `id value observedAt status source`;

/** The metrics dashboard: every metric with its last 60 readings (6 metrics × 60 readings stay well inside the limits). */
export const METRICS_PAGE = /* GraphQL */ `
  query MetricsPage($id: ID!) {
    partnership(id: $id) {
      id
      name
      health
      viewerRole
      parties { accepted organization { id name slug } }
      metricWarnings
      metrics {
        id
        name
        kind
        unit
        direction
        target
        amberThreshold
        redThreshold
        status
        latest { ${READING_FIELDS} }
        readings(last: 60) { ${READING_FIELDS} }
        cadence
        owningParty { id name slug }
        escalationTier
        version
        viewerCanRecord
        viewerCanEdit
      }
      escalations { id tier status summary openedAt metric { id name } }
    }
  }
`;

/** The partnership page's metrics card: health and how many metrics are in which state. */
export const METRICS_SUMMARY = /* GraphQL */ `
  query MetricsSummary($id: ID!) {
    partnership(id: $id) {
      id
      health
      metricWarnings
      metrics { id status }
      escalations { id status }
    }
  }
`;

export const DEFINE_METRIC = /* GraphQL */ `
  mutation DefineMetric($input: DefineMetricInput!) {
    defineMetric(input: $input) { id name version }
  }
`;

export const UPDATE_METRIC = /* GraphQL */ `
  mutation UpdateMetric($input: UpdateMetricInput!) {
    updateMetric(input: $input) { id name version }
  }
`;

export const RECORD_METRIC_READING = /* GraphQL */ `
  mutation RecordMetricReading($input: RecordMetricReadingInput!) {
    recordMetricReading(input: $input) { ${READING_FIELDS} }
  }
`;

/** A status change, with `metricFields` selected on its metric. */
const statusChangeFields = (metricFields: string) => /* GraphQL */ `
  id
  previous
  current
  at
  reading { ${READING_FIELDS} }
  metric { id name unit status latest { ${READING_FIELDS} } ${metricFields} }
`;

const STATUS_CHANGE_FIELDS = statusChangeFields('');

/** Over the WebSocket: every status change in one partnership, resuming after the last change seen. */
export const METRIC_STATUS_CHANGED = /* GraphQL */ `
  subscription MetricStatusChanged($partnershipId: ID!, $after: ID) {
    metricStatusChanged(partnershipId: $partnershipId, after: $after) { ${STATUS_CHANGE_FIELDS} }
  }
`;

/** Over the WebSocket: metrics turning red in every partnership the viewer can see. */
export const METRIC_TURNED_RED = /* GraphQL */ `
  subscription MetricTurnedRed($after: ID) {
    metricTurnedRed(after: $after) { ${statusChangeFields('partnership { id name }')} }
  }
`;
