package dev.tandem.web;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Does in @QuarkusTest what Quinoa's SPA routing does in the built app (off in tests): reroutes a deep link to the shell. */
@ApplicationScoped
public class SpaRoutingStandIn {

    static final String DEEP_LINKS = "/spa-stand-in/";

    void route(@Observes Router router) {
        router.get(DEEP_LINKS + "*").handler(rc -> rc.reroute("/"));
    }
}
