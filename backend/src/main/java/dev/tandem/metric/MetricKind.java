package dev.tandem.metric;

/** What a metric measures. */
public enum MetricKind { KEY_RESULT, LEADING_KPI, LAGGING_KPI, HEALTH, ROI }
