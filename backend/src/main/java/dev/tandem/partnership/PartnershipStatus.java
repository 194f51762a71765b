package dev.tandem.partnership;

/** Life cycle of a partnership. */
public enum PartnershipStatus { PROPOSED, LAUNCHING, ACTIVE, AT_RISK, WINDING_DOWN, CLOSED }
