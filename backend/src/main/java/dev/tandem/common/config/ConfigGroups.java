package dev.tandem.common.config;

import dev.tandem.common.db.DbLimits;
import dev.tandem.common.graphql.GraphQLLimits;
import dev.tandem.common.security.SecuritySettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Hands each group of {@link TandemConfig} to the classes that need only it, so they inject GraphQLLimits, not all settings. */
@ApplicationScoped
public class ConfigGroups {

    @Produces
    @Singleton
    GraphQLLimits graphql(TandemConfig config) {
        return config.graphql();
    }

    @Produces
    @Singleton
    DbLimits db(TandemConfig config) {
        return config.db();
    }

    @Produces
    @Singleton
    SecuritySettings security(TandemConfig config) {
        return config.security();
    }
}
