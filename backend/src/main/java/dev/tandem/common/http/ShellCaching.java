package dev.tandem.common.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * How long browsers keep the front end. The static handler marks every file it serves
 * {@code public, immutable, max-age=86400}: right for Vite's content-hashed assets (a new build has new names),
 * wrong for index.html and the SPA routes served with it, which would keep the old shell, pointing at the old
 * assets, for a day after a redeploy. Those must revalidate ({@code no-cache}).
 */
@ApplicationScoped
public class ShellCaching {

    /** Vite's output folder for content-hashed files. */
    static final String HASHED_ASSETS = "/assets/";

    void register(@Observes Filters filters) {
        filters.register(this::revalidateShell, 100);
    }

    private void revalidateShell(RoutingContext rc) {
        rc.addHeadersEndHandler(ignored -> {
            String cacheControl = rc.response().headers().get(HttpHeaders.CACHE_CONTROL);
            if (cacheControl != null && cacheControl.contains("immutable") && !rc.normalizedPath().startsWith(HASHED_ASSETS)) {
                rc.response().headers().set(HttpHeaders.CACHE_CONTROL, "no-cache");
            }
        });
        rc.next();
    }
}
