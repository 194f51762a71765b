package dev.tandem.demo;

import java.util.Set;

import dev.tandem.common.security.Caller;

/** The people and BI systems the demo data set acts as: the two sponsors and each owner's integrator. */
final class DemoPeople {

    static final Caller ALICE = person("alice@acme.example", "Alice Adams", "acme", true);
    static final Caller GRACE = person("grace@globex.example", "Grace Green", "globex", true);

    static final Caller ACME_INTEGRATOR = new Caller("demo:acme-integrator", Caller.Kind.INTEGRATOR, "acme", "acme-integrator", null, Set.of());
    static final Caller GLOBEX_INTEGRATOR = new Caller("demo:globex-integrator", Caller.Kind.INTEGRATOR, "globex", "globex-integrator", null, Set.of());

    private DemoPeople() {
    }

    private static Caller person(String email, String name, String organization, boolean admin) {
        return new Caller("demo:" + email, Caller.Kind.PERSON, organization, name, email, admin ? Set.of(Caller.PARTNER_ADMIN) : Set.of());
    }
}
