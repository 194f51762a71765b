package dev.tandem.plan;

/** Where a deliverable stands. */
public enum DeliverableStatus { NOT_STARTED, ON_TRACK, AT_RISK, BLOCKED, DONE }
