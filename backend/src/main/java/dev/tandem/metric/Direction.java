package dev.tandem.metric;

/** Whether more is better. */
public enum Direction { HIGHER_IS_BETTER, LOWER_IS_BETTER }
