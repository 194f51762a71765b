package dev.tandem.partnership;

/** A person's role in one partnership: decides what they may change. Anyone of a party without a role is a VIEWER. */
public enum MemberRole { SPONSOR, STEERING, LEAD, CONTRIBUTOR, VIEWER }
