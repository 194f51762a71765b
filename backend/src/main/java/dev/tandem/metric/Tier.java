package dev.tandem.metric;

/** The governance tier that deals with something: EXECUTION (weekly), STEERING (monthly), STRATEGIC (quarterly). */
public enum Tier { EXECUTION, STEERING, STRATEGIC }
