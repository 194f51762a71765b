package dev.tandem.metric;

/** Whether an escalation still waits for an answer. */
public enum EscalationStatus { OPEN, RESOLVED }
