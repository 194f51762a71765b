package dev.tandem.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers {@link TestEnvironment} (own database, the run's Keycloak) for every @QuarkusTest of the module. */
@QuarkusTestResource(TestEnvironment.class)
public final class UsesRealServices {

    private UsesRealServices() {
    }
}
