// The governance feature's operations: the overview (tiers, next meetings, escalations), the meeting page and pack,
// and every change made there.
import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../gql';

export const PERSON_FIELDS = graphql(`
  fragment GovernancePerson on Person { subject email displayName organization { id name } }
`);

export const ESCALATION_FIELDS = graphql(`
  fragment EscalationFields on Escalation {
    id
    tier
    status
    summary
    whatWasTried
    disputed
    outcome
    openedAt
    acknowledgedAt
    resolvedAt
    responseDueAt
    backToGreenAt
    redCount
    version
    viewerCanAct
    metric { id name }
    positions { organization { id name } position interest statedAt }
  }
`);

export const MEETING_FIELDS = graphql(`
  fragment MeetingFields on Meeting {
    id
    tier
    title
    startsAt
    durationMinutes
    cancelled
    cancelReason
    minutes
    minutedAt
    version
    agenda { kind status subjectId title }
    attendees { ...GovernancePerson }
    missingDecisionMakers { id name }
    decisions { id title type decidedAt decidedBy { ...GovernancePerson } }
    actionItems { id title dueOn done overdue version tier owner { ...GovernancePerson } }
  }
`);

export const DECISION_RIGHT_FIELDS = graphql(`
  fragment DecisionRightFields on DecisionRight {
    type
    tier
    agreed
    roles { role organization { id name slug } }
    proposal {
      tier
      proposedAt
      roles { role organization { id name slug } }
      approvedBy { id name }
      waitingFor { id name }
    }
  }
`);

/** The governance page: tiers, the next meetings, the escalation board. */
export const GOVERNANCE_PAGE = graphql(`
  query GovernancePage($id: ID!) {
    partnership(id: $id) {
      id
      name
      viewerRole
      parties { accepted organization { id name slug } }
      members { role person { ...GovernancePerson } }
      decisionRights { ...DecisionRightFields }
      governanceTiers {
        tier
        name
        cadence
        durationMinutes
        weekday
        timeOfDay
        timeZone
        responseTimeHours
        version
        viewerCanEdit
        members { ...GovernancePerson }
      }
      meetings(first: 6, upcoming: true) { totalCount edges { node { id tier title startsAt durationMinutes cancelled } } }
      escalations { ...EscalationFields }
    }
  }
`);

/**
 * A page of the partnership's meetings, upcoming or past, with its people: the meeting page looks for the one in its
 * address in both (two requests: one request selecting `meetings` twice fails on the server today).
 */
export const MEETING_PAGE = graphql(`
  query MeetingPage($id: ID!, $upcoming: Boolean!) {
    partnership(id: $id) {
      id
      name
      members { role person { ...GovernancePerson } }
      meetings(first: 100, upcoming: $upcoming) { edges { node { ...MeetingFields } } }
    }
  }
`);

/** The meeting pack adds the partnership's metrics with their readings. */
export const PACK_METRICS = graphql(`
  query PackMetrics($id: ID!) {
    partnership(id: $id) { id metrics { ...MetricFields } }
  }
`);

export type GovernancePartnership = NonNullable<ResultOf<typeof GOVERNANCE_PAGE>['partnership']>;
export type GovernanceTier = GovernancePartnership['governanceTiers'][number];
export type GovernancePerson = ResultOf<typeof PERSON_FIELDS>;
export type Escalation = ResultOf<typeof ESCALATION_FIELDS>;
export type Meeting = ResultOf<typeof MEETING_FIELDS>;
export type DecisionRight = ResultOf<typeof DECISION_RIGHT_FIELDS>;
export type MeetingPartnership = NonNullable<ResultOf<typeof MEETING_PAGE>['partnership']>;

export const UPDATE_GOVERNANCE_TIER = graphql(`
  mutation UpdateGovernanceTier($input: UpdateGovernanceTierInput!) { updateGovernanceTier(input: $input) { tier version } }
`);

export const ACKNOWLEDGE_ESCALATION = graphql(`
  mutation AcknowledgeEscalation($input: EscalationRevisionInput!) { acknowledgeEscalation(input: $input) { ...EscalationFields } }
`);

export const RAISE_ESCALATION = graphql(`
  mutation RaiseEscalation($input: RaiseEscalationInput!) { raiseEscalation(input: $input) { ...EscalationFields } }
`);

export const RESOLVE_ESCALATION = graphql(`
  mutation ResolveEscalation($input: ResolveEscalationInput!) { resolveEscalation(input: $input) { ...EscalationFields } }
`);

export const STATE_POSITION = graphql(`
  mutation StateEscalationPosition($input: StateEscalationPositionInput!) { stateEscalationPosition(input: $input) { ...EscalationFields } }
`);

export const PROPOSE_DECISION_RIGHT = graphql(`
  mutation ProposeDecisionRight($input: ProposeDecisionRightInput!) { proposeDecisionRight(input: $input) { type } }
`);

export const APPROVE_DECISION_RIGHT = graphql(`
  mutation ApproveDecisionRight($input: ApproveDecisionRightInput!) { approveDecisionRight(input: $input) { type } }
`);

export const MOVE_MEETING = graphql(`
  mutation MoveMeeting($input: MoveMeetingInput!) { moveMeeting(input: $input) { id startsAt version } }
`);

export const CANCEL_MEETING = graphql(`
  mutation CancelMeeting($input: CancelMeetingInput!) { cancelMeeting(input: $input) { id cancelled version } }
`);

export const RECORD_MINUTES = graphql(`
  mutation RecordMeetingMinutes($input: RecordMinutesInput!) { recordMeetingMinutes(input: $input) { id version } }
`);

export const ADD_AGENDA_ITEM = graphql(`
  mutation AddAgendaItem($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id } }
`);

export const RECORD_DECISION = graphql(`
  mutation RecordDecision($input: RecordDecisionInput!) { recordDecision(input: $input) { id } }
`);

export const ADD_ACTION_ITEM = graphql(`
  mutation AddActionItem($input: AddActionItemInput!) { addActionItem(input: $input) { id } }
`);

export const SET_ACTION_ITEM_DONE = graphql(`
  mutation SetActionItemDone($input: SetActionItemDoneInput!) { setActionItemDone(input: $input) { id done version } }
`);

export const CREATE_CALENDAR_LINK = graphql(`
  mutation CreateCalendarLink { createCalendarLink { url createdAt } }
`);

export const REVOKE_CALENDAR_LINKS = graphql(`
  mutation RevokeCalendarLinks { revokeCalendarLinks }
`);

/** What waits on the signed-in person across their partnerships ("For me"). */
export const FOR_ME = graphql(`
  query ForMe {
    me {
      forMe {
        actionItems { id title dueOn overdue tier partnership { id name } meeting { id } }
        escalations { id tier status summary responseDueAt metric { id name } partnership { id name } }
        meetingsThisWeek { id tier title startsAt durationMinutes cancelled partnership { id name } }
        surveysToAnswer { id title round closesAt partnership { id name } }
      }
    }
  }
`);

/** A governance change as the subscription delivers it: the screens read what it touches again. */
export const GOVERNANCE_CHANGED = graphql(`
  subscription GovernanceChanged($partnershipId: ID!, $after: ID) {
    governanceChanged(partnershipId: $partnershipId, after: $after) { id subject subjectId action summary at }
  }
`);

export type ForMe = ResultOf<typeof FOR_ME>['me']['forMe'];
