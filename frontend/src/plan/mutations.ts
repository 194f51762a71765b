// The plan feature's changes. One edit can change the version's revision, its status (a PROPOSED version returns to
// DRAFT) and its warnings, so each answers with the version it changed in full (PlanFields: the version itself, or
// the item's `plan`), which replaces the one in the cache (plan/planCache.ts). A check-in answers with itself.
import { graphql } from '../gql';

export const PROPOSE_PLAN = graphql(`
  mutation ProposePlan($input: PlanRevisionInput!) {
    proposePlan(input: $input) { ...PlanFields }
  }
`);

export const RATIFY_PLAN = graphql(`
  mutation RatifyPlan($input: PlanRevisionInput!) {
    ratifyPlan(input: $input) { ...PlanFields }
  }
`);

export const AMEND_PLAN = graphql(`
  mutation AmendPlan($input: AmendPlanInput!) {
    amendPlan(input: $input) { ...PlanFields }
  }
`);

export const UPDATE_PLAN = graphql(`
  mutation UpdatePlan($input: UpdatePlanInput!) {
    updatePlan(input: $input) { ...PlanFields }
  }
`);

export const ADD_OBJECTIVE = graphql(`
  mutation AddObjective($input: AddObjectiveInput!) {
    addObjective(input: $input) { id version plan { ...PlanFields } }
  }
`);

export const UPDATE_OBJECTIVE = graphql(`
  mutation UpdateObjective($input: UpdateObjectiveInput!) {
    updateObjective(input: $input) { id version plan { ...PlanFields } }
  }
`);

export const ADD_KEY_RESULT = graphql(`
  mutation AddKeyResult($input: AddKeyResultInput!) {
    addKeyResult(input: $input) { id version plan { ...PlanFields } }
  }
`);

export const UPDATE_KEY_RESULT = graphql(`
  mutation UpdateKeyResult($input: UpdateKeyResultInput!) {
    updateKeyResult(input: $input) { id version plan { ...PlanFields } }
  }
`);

export const CHECK_IN_KEY_RESULT = graphql(`
  mutation CheckInKeyResult($input: CheckInInput!) {
    checkInKeyResult(input: $input) { id }
  }
`);

export const ADD_WORKSTREAM = graphql(`
  mutation AddWorkstream($input: AddWorkstreamInput!) {
    addWorkstream(input: $input) { id version plan { ...PlanFields } }
  }
`);

export const UPDATE_WORKSTREAM = graphql(`
  mutation UpdateWorkstream($input: UpdateWorkstreamInput!) {
    updateWorkstream(input: $input) { id version plan { ...PlanFields } }
  }
`);

export const ADD_DELIVERABLE = graphql(`
  mutation AddDeliverable($input: AddDeliverableInput!) {
    addDeliverable(input: $input) { id version plan { ...PlanFields } }
  }
`);

export const UPDATE_DELIVERABLE = graphql(`
  mutation UpdateDeliverable($input: UpdateDeliverableInput!) {
    updateDeliverable(input: $input) { id version plan { ...PlanFields } }
  }
`);

export const SET_DELIVERABLE_STATUS = graphql(`
  mutation SetDeliverableStatus($input: SetDeliverableStatusInput!) {
    setDeliverableStatus(input: $input) { id version status plan { ...PlanFields } }
  }
`);

export const ADD_RISK = graphql(`
  mutation AddRisk($input: AddRiskInput!) {
    addRisk(input: $input) { id version plan { ...PlanFields } }
  }
`);

export const UPDATE_RISK = graphql(`
  mutation UpdateRisk($input: UpdateRiskInput!) {
    updateRisk(input: $input) { id version plan { ...PlanFields } }
  }
`);

export const REMOVE_PLAN_ITEM = graphql(`
  mutation RemovePlanItem($input: RemovePlanItemInput!) {
    removePlanItem(input: $input) { ...PlanFields }
  }
`);
