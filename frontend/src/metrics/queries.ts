// The metrics feature's operations: the dashboard, the partnership page's card, defining, editing and recording, and
// the two live subscriptions.
import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../gql';

export const READING_FIELDS = graphql(`
  fragment ReadingFields on MetricReading { id value observedAt status source }
`);

export const METRIC_FIELDS = graphql(`
  fragment MetricFields on Metric {
    id
    name
    kind
    unit
    direction
    target
    amberThreshold
    redThreshold
    status
    latest { ...ReadingFields }
    readings(last: 60) { ...ReadingFields }
    cadence
    owningParty { id name slug }
    escalationTier
    version
    viewerCanRecord
    viewerCanEdit
    pendingChange { target amberThreshold redThreshold proposedAt proposedBy { id name } viewerCanDecide }
  }
`);

/** The metrics dashboard: every metric with its last 60 readings (6 metrics × 60 readings stay well inside the limits). */
export const METRICS_PAGE = graphql(`
  query MetricsPage($id: ID!) {
    partnership(id: $id) {
      id
      name
      health
      viewerRole
      parties { accepted organization { id name slug } }
      metricWarnings
      metrics { ...MetricFields }
      escalations { id tier status summary openedAt metric { id name } }
    }
  }
`);

export type MetricReading = ResultOf<typeof READING_FIELDS>;
/** A metric as the dashboard shows it; its readings newest first, as the API sends them. */
export type Metric = ResultOf<typeof METRIC_FIELDS>;
export type MetricsPartnership = NonNullable<ResultOf<typeof METRICS_PAGE>['partnership']>;
export type Escalation = MetricsPartnership['escalations'][number];

/** The partnership page's metrics card: health and how many metrics are in which state. */
export const METRICS_SUMMARY = graphql(`
  query MetricsSummary($id: ID!) {
    partnership(id: $id) {
      id
      health
      metricWarnings
      metrics { id status }
      escalations { id status }
    }
  }
`);

export const DEFINE_METRIC = graphql(`
  mutation DefineMetric($input: DefineMetricInput!) {
    defineMetric(input: $input) { id name version }
  }
`);

export const UPDATE_METRIC = graphql(`
  mutation UpdateMetric($input: UpdateMetricInput!) {
    updateMetric(input: $input) { id name version }
  }
`);

/** Agrees to, or turns down, another party's proposed target and thresholds. */
export const DECIDE_METRIC_CHANGE = graphql(`
  mutation DecideMetricChange($input: DecideMetricChangeInput!) {
    decideMetricChange(input: $input) { id version }
  }
`);

export const RECORD_METRIC_READING = graphql(`
  mutation RecordMetricReading($input: RecordMetricReadingInput!) {
    recordMetricReading(input: $input) { ...ReadingFields }
  }
`);

export const STATUS_CHANGE_FIELDS = graphql(`
  fragment StatusChangeFields on MetricStatusChange {
    id
    previous
    current
    at
    reading { ...ReadingFields }
    metric { id name unit status latest { ...ReadingFields } }
  }
`);

/** A status change as the subscriptions deliver it. */
export type MetricStatusChange = ResultOf<typeof STATUS_CHANGE_FIELDS>;

/** Over the WebSocket: every status change in one partnership, resuming after the last change seen. */
export const METRIC_STATUS_CHANGED = graphql(`
  subscription MetricStatusChanged($partnershipId: ID!, $after: ID) {
    metricStatusChanged(partnershipId: $partnershipId, after: $after) { ...StatusChangeFields }
  }
`);

/** Over the WebSocket: metrics turning red in every partnership the viewer can see; the metric names its partnership. */
export const METRIC_TURNED_RED = graphql(`
  subscription MetricTurnedRed($after: ID) {
    metricTurnedRed(after: $after) {
      ...StatusChangeFields
      metric { partnership { id name } }
    }
  }
`);
