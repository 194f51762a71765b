package dev.tandem.auth;

import java.net.URI;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/**
 * Browser sign-in. {@code /login?login_hint=alice@acme.example} starts Quarkus OIDC's authorization-code
 * flow (the hint is forwarded to Keycloak, which routes the person to their organisation's identity
 * provider by email domain); once signed in, the browser holds only the session cookie and is sent on
 * to {@code return}, a path of this site.
 */
@Path("/login")
public class LoginResource {

    @GET
    @Authenticated
    public Response login(@QueryParam("return") String returnTo) {
        return Response.seeOther(URI.create(isLocalPath(returnTo) ? returnTo : "/")).build();
    }

    /** Only paths of this site: no scheme, no host, no protocol-relative "//host". */
    static boolean isLocalPath(String path) {
        return path != null && path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\") && !path.contains("\r") && !path.contains("\n");
    }
}
