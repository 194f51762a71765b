// The plan feature's changes. Each answers with little (the item's id and version); the page's version is then loaded
// again, since one edit can change the plan's revision, its status (a PROPOSED version returns to DRAFT) and its
// warnings.
import { graphql } from '../gql';

graphql(`
  fragment PlanState on JointExecutionPlan { id version status revision }
`);

export const PROPOSE_PLAN = graphql(`
  mutation ProposePlan($input: PlanRevisionInput!) {
    proposePlan(input: $input) { ...PlanState }
  }
`);

export const RATIFY_PLAN = graphql(`
  mutation RatifyPlan($input: PlanRevisionInput!) {
    ratifyPlan(input: $input) { ...PlanState }
  }
`);

export const AMEND_PLAN = graphql(`
  mutation AmendPlan($input: AmendPlanInput!) {
    amendPlan(input: $input) { ...PlanState }
  }
`);

export const UPDATE_PLAN = graphql(`
  mutation UpdatePlan($input: UpdatePlanInput!) {
    updatePlan(input: $input) { ...PlanState }
  }
`);

export const ADD_OBJECTIVE = graphql(`
  mutation AddObjective($input: AddObjectiveInput!) {
    addObjective(input: $input) { id version }
  }
`);

export const UPDATE_OBJECTIVE = graphql(`
  mutation UpdateObjective($input: UpdateObjectiveInput!) {
    updateObjective(input: $input) { id version }
  }
`);

export const ADD_KEY_RESULT = graphql(`
  mutation AddKeyResult($input: AddKeyResultInput!) {
    addKeyResult(input: $input) { id version }
  }
`);

export const UPDATE_KEY_RESULT = graphql(`
  mutation UpdateKeyResult($input: UpdateKeyResultInput!) {
    updateKeyResult(input: $input) { id version }
  }
`);

export const CHECK_IN_KEY_RESULT = graphql(`
  mutation CheckInKeyResult($input: CheckInInput!) {
    checkInKeyResult(input: $input) { id }
  }
`);

export const ADD_WORKSTREAM = graphql(`
  mutation AddWorkstream($input: AddWorkstreamInput!) {
    addWorkstream(input: $input) { id version }
  }
`);

export const UPDATE_WORKSTREAM = graphql(`
  mutation UpdateWorkstream($input: UpdateWorkstreamInput!) {
    updateWorkstream(input: $input) { id version }
  }
`);

export const ADD_DELIVERABLE = graphql(`
  mutation AddDeliverable($input: AddDeliverableInput!) {
    addDeliverable(input: $input) { id version }
  }
`);

export const UPDATE_DELIVERABLE = graphql(`
  mutation UpdateDeliverable($input: UpdateDeliverableInput!) {
    updateDeliverable(input: $input) { id version }
  }
`);

export const SET_DELIVERABLE_STATUS = graphql(`
  mutation SetDeliverableStatus($input: SetDeliverableStatusInput!) {
    setDeliverableStatus(input: $input) { id version status }
  }
`);

export const ADD_RISK = graphql(`
  mutation AddRisk($input: AddRiskInput!) {
    addRisk(input: $input) { id version }
  }
`);

export const UPDATE_RISK = graphql(`
  mutation UpdateRisk($input: UpdateRiskInput!) {
    updateRisk(input: $input) { id version }
  }
`);

export const REMOVE_PLAN_ITEM = graphql(`
  mutation RemovePlanItem($input: RemovePlanItemInput!) {
    removePlanItem(input: $input) { ...PlanState }
  }
`);
