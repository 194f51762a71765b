package dev.tandem.common.security;

import java.util.Set;

/**
 * Who is calling, as the services see it: a person signed in through their organisation's identity
 * provider, or an integrator client acting for its organisation.
 *
 * @param subject      the token's {@code sub}
 * @param kind         person or integrator
 * @param organization the organisation's slug ({@code organization} claim of a person, {@code partner} claim of an integrator), or null
 * @param displayName  name to show, may be null
 * @param email        verified email of a person, lower case; null for integrators
 * @param roles        realm roles, e.g. {@code partner-admin}
 */
public record Caller(String subject, Kind kind, String organization, String displayName, String email, Set<String> roles) {

    /** Realm role allowed to create partnerships and invite organisations for its own organisation. */
    public static final String PARTNER_ADMIN = "partner-admin";

    /** A person signed in, an integrator client, or Tandem itself doing work on a timer. */
    public enum Kind { PERSON, INTEGRATOR, SYSTEM }

    /** Tandem itself, as the audit trail names work nobody asked for at that moment (an escalation climbing). */
    public static Caller system(String job) {
        return new Caller("tandem:" + job, Kind.SYSTEM, null, "Tandem", null, Set.of());
    }

    public boolean isPerson() {
        return kind == Kind.PERSON;
    }

    public boolean isPartnerAdmin() {
        return isPerson() && roles.contains(PARTNER_ADMIN);
    }

    /** How audit summaries name the caller. */
    public String name() {
        return displayName != null ? displayName : subject;
    }

    public boolean hasOrganization() {
        return organization != null;
    }
}
