package dev.tandem.metric;

/** Where a reading came from. */
public enum ReadingSource { MANUAL, INTEGRATION, SURVEY }
