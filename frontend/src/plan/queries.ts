// The plan feature's reads: the plan page's version (every field it shows), the partnership page's plan card, the
// versions and the diff between two of them. Types of the parts components show are derived from these.
import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../gql';

export const PERSON_FIELDS = graphql(`
  fragment PersonFields on Person { subject displayName email organization { id name } }
`);

/** Everything the plan page shows of one version (about 120 fields: well inside the complexity limit). */
export const PLAN_FIELDS = graphql(`
  fragment PlanFields on JointExecutionPlan {
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
      by { ...PersonFields }
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
          by { ...PersonFields }
          at
        }
      }
    }
    workstreams {
      id
      name
      version
      viewerCanEdit
      leads { ...PersonFields }
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
        owners { ...PersonFields }
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
      owner { ...PersonFields }
      deliverable { id title }
      keyResult { id title }
    }
  }
`);

/** The plan page: the partnership's parties, its versions (to choose one) and the version shown, in full. */
export const PLAN_PAGE = graphql(`
  query PlanPage($id: ID!, $planId: ID) {
    partnership(id: $id) {
      id
      name
      viewerRole
      parties { accepted organization { id name slug } }
      currentPlan { id }
      plans { id version status }
      plan(id: $planId) { ...PlanFields }
    }
  }
`);

export type Person = ResultOf<typeof PERSON_FIELDS>;
export type Plan = ResultOf<typeof PLAN_FIELDS>;
export type PlanPartnership = NonNullable<ResultOf<typeof PLAN_PAGE>['partnership']>;
export type PlanVersionRef = PlanPartnership['plans'][number];
export type Objective = Plan['objectives'][number];
export type KeyResult = Objective['keyResults'][number];
export type Workstream = Plan['workstreams'][number];
export type Deliverable = Workstream['deliverables'][number];
export type Risk = Plan['risks'][number];
export type RiskHeatCell = Plan['riskHeatMap'][number];

/** The partnership page's plan card: which version is current and in what state. */
export const PLAN_SUMMARY = graphql(`
  query PlanSummary($id: ID!) {
    partnership(id: $id) {
      id
      currentPlan { id version status nextReviewOn warnings { code } }
      plans { id version status }
    }
  }
`);

export const PLAN_VERSIONS = graphql(`
  query PlanVersions($id: ID!) {
    partnership(id: $id) {
      id
      name
      plans { id version status createdAt }
    }
  }
`);

export type PlanVersion = NonNullable<ResultOf<typeof PLAN_VERSIONS>['partnership']>['plans'][number];

export const PLAN_DIFF = graphql(`
  query PlanDiff($from: ID!, $to: ID!) {
    planDiff(from: $from, to: $to) {
      from { id version status createdAt }
      to { id version status createdAt }
      changes { kind itemType itemTitle fields { field from to } }
    }
  }
`);

export type PlanChange = NonNullable<ResultOf<typeof PLAN_DIFF>['planDiff']>['changes'][number];
