package dev.tandem.governance;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/**
 * {@code GET /calendar/{secret}.ics}: a person's meetings for calendar applications, which cannot sign in; the
 * secret in the address is the credential (a revoked or unknown one answers 404, like a page that never existed).
 */
@Path("/calendar")
public class CalendarResource {

    private final CalendarLinks links;
    private final CalendarFeed feed;

    public CalendarResource(CalendarLinks links, CalendarFeed feed) {
        this.links = links;
        this.feed = feed;
    }

    @GET
    @Path("{token}.ics")
    public Uni<Response> calendar(@PathParam("token") String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{20,100}")) {
            return Uni.createFrom().item(Response.status(Response.Status.NOT_FOUND).build());
        }
        return links.emailOf(token).chain(email -> email == null ? Uni.createFrom().item(Response.status(Response.Status.NOT_FOUND).build())
                : feed.of(email).map(body -> Response.ok(body, "text/calendar; charset=utf-8")
                        .header("Cache-Control", "private, no-cache")
                        .header("Content-Disposition", "inline; filename=\"tandem.ics\"")
                        .build()));
    }
}
