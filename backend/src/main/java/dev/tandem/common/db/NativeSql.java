package dev.tandem.common.db;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** Plain SQL writes in the current session (link tables, upserts), with positional parameters ?1, ?2, ... */
public final class NativeSql {

    private NativeSql() {
    }

    /** Runs the statement; answers the number of rows it changed. */
    public static Uni<Integer> execute(String sql, Object... parameters) {
        return Panache.getSession().flatMap(session -> {
            var query = session.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return query.executeUpdate();
        });
    }
}
