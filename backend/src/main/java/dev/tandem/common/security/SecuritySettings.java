package dev.tandem.common.security;

/**
 * Which tokens Tandem accepts from the tandem realm, and how ended sessions are kept: the {@code tandem.security}
 * group of {@link dev.tandem.common.config.TandemConfig}; defaults in application.properties.
 */
public interface SecuritySettings {

    /**
     * The audience Keycloak adds to access tokens issued for Tandem (the realm's tandem-web and integrator
     * clients carry an audience mapper for it, in access tokens only): a bearer token without it was issued
     * for some other client of the realm and is refused.
     */
    String apiAudience();

    /**
     * How long an ended session is remembered. It must outlast the tokens of a session Tandem can still use
     * without asking Keycloak (an ID or access token lives 5 minutes; a refresh asks Keycloak, which knows).
     */
    java.time.Duration endedSessionRetention();

    /** How often each replica re-reads the ended sessions, in case a NOTIFY was missed (the LISTEN connection dropped). */
    java.time.Duration endedSessionRefresh();

    /**
     * The key of the keyed hash under which survey responses are stored instead of the person (at least 32
     * characters, secret, the same on every replica): whoever holds it and the database could tie answers to
     * people, so it lives only in the service's environment. The service does not start without one.
     */
    java.util.Optional<String> pseudonymKey();
}
