package dev.tandem.plan;

/** Life of one plan version: drafted, proposed for ratification, ratified by every party, then superseded by the next. */
public enum PlanStatus { DRAFT, PROPOSED, RATIFIED, SUPERSEDED }
