package dev.tandem.support;

/** The demo people of keycloak-realm/ (each signs in through their own company's identity provider). */
public final class People {

    /** Acme, partner-admin, SPONSOR of Acme in the demo partnership. */
    public static final String ALICE = "alice@acme.example";
    /** Acme, CONTRIBUTOR in the demo partnership. */
    public static final String AARON = "aaron@acme.example";
    /** Globex, partner-admin, SPONSOR of Globex in the demo partnership. */
    public static final String GRACE = "grace@globex.example";
    /** Globex, no role (VIEWER). */
    public static final String GUS = "gus@globex.example";
    /** Initech, partner-admin; Initech is no party of the demo partnership. */
    public static final String IAN = "ian@initech.example";

    private People() {
    }
}
