package dev.tandem.metric;

/** Green/amber/red status of a metric, or UNKNOWN without a recent reading. Ordered from best to worst known. */
public enum Rag { GREEN, AMBER, RED, UNKNOWN }
