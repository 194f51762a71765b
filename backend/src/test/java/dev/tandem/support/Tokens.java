package dev.tandem.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.vertx.core.json.JsonObject;

/**
 * Real tokens from the real Keycloak of the test run.
 *
 * <p>People sign in exactly as in a browser: the tandem realm sends them (by the email's domain) to their
 * company's own identity provider realm, they type their password on its login form, come back through
 * first-broker-login as managed members of their Keycloak organisation, and the authorization code is
 * exchanged for the token. Integrators use the client-credentials grant of their organisation's client.
 */
public final class Tokens {

    public static final String PASSWORD = "demo";

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();
    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private Tokens() {
    }

    /** A person's access token, signed in through their organisation's identity provider (cached for the run). */
    public static String person(String email) {
        return CACHE.computeIfAbsent(email, Tokens::signIn);
    }

    /** A person's access token signed in just now (not cached): for runs longer than a token lives. */
    public static String fresh(String email) {
        String token = signIn(email);
        CACHE.put(email, token);
        return token;
    }

    /**
     * A person of no partner organisation: a local user of the tandem realm (created here through Keycloak's
     * admin API on first use), signed in on the tandem realm's own login page. Their token has no organization.
     */
    public static String personWithoutOrganization() {
        return CACHE.computeIfAbsent("no-organisation", key -> {
            String email = "nobody@unaffiliated.example";
            String admin = adminToken();
            String user = new JsonObject().put("username", email).put("email", email).put("emailVerified", true).put("enabled", true)
                    .put("firstName", "Nora").put("lastName", "Nobody")
                    .put("credentials", new io.vertx.core.json.JsonArray().add(new JsonObject().put("type", "password").put("value", PASSWORD)
                            .put("temporary", false)))
                    .encode();
            HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(TestSettings.keycloakUrl() + "/admin/realms/tandem/users"))
                    .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(user)).build());
            if (created.statusCode() != 201 && created.statusCode() != 409) {
                throw new IllegalStateException("Keycloak refused the user (" + created.statusCode() + "): " + created.body());
            }
            return signIn(email);
        });
    }

    /** An integrator's access token issued just now (not cached): for runs longer than a token lives. */
    public static String freshIntegrator(String organization) {
        CACHE.remove("integrator:" + organization);
        return integrator(organization);
    }

    /** An integrator's access token from client credentials, e.g. {@code integrator("acme")}. */
    public static String integrator(String organization) {
        return CACHE.computeIfAbsent("integrator:" + organization, key -> {
            String clientId = organization + "-integrator";
            return token(Map.of("grant_type", "client_credentials", "client_id", clientId,
                    "client_secret", TestSettings.secret(organization.toUpperCase() + "_INTEGRATOR")));
        });
    }

    /** A person's access token from a sign-in of its own, i.e. a new Keycloak session (never cached: for tests that end it). */
    public static String freshPerson(String email) {
        return signIn(email);
    }

    /** A claim of a token's payload (no verification: for tests only). */
    public static String claim(String token, String name) {
        String payload = token.split("\\.")[1];
        return new JsonObject(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8)).getString(name);
    }

    /** A person's ID token from Tandem's own client: proof of sign-in for Tandem, never a key to its API. */
    public static String idToken(String email) {
        return CACHE.computeIfAbsent("id:" + email, key -> signIn(email, "tandem-web", TestSettings.appUrl() + "/login",
                TestSettings.secret("TANDEM_WEB")).getString("id_token"));
    }

    /**
     * A person's access token issued by the tandem realm for another of its clients: Keycloak's own
     * {@code account-console} (a public client with the standard flow), signed in exactly as above.
     */
    public static String otherClient(String email) {
        return CACHE.computeIfAbsent("account-console:" + email, key -> signIn(email, "account-console",
                TestSettings.keycloakUrl() + "/realms/tandem/account/", null).getString("access_token"));
    }

    /** An access token of another realm: Keycloak's administrator from {@code master}. */
    public static String otherRealm() {
        return adminToken();
    }

    private static String adminToken() {
        return token("master", Map.of("grant_type", "password", "client_id", "admin-cli", "username", "admin",
                "password", TestSettings.secret("TANDEM_WEB").substring(0, 16)));
    }

    private static String signIn(String email) {
        return signIn(email, "tandem-web", TestSettings.appUrl() + "/login", TestSettings.secret("TANDEM_WEB")).getString("access_token");
    }

    /** The token response of an authorization-code sign-in of {@code email} at {@code clientId} (secret null: public client). */
    private static JsonObject signIn(String email, String clientId, String redirectUri, String secret) {
        Browser browser = new Browser();
        String verifier = random();
        String authorize = TestSettings.keycloakUrl() + "/realms/tandem/protocol/openid-connect/auth?" + form(Map.of(
                "client_id", clientId, "response_type", "code", "scope", "openid", "redirect_uri", redirectUri,
                "login_hint", email, "code_challenge", challenge(verifier), "code_challenge_method", "S256"));
        Step step = browser.follow(authorize, null, redirectUri);
        for (int pages = 0; step.body != null && pages < 4; pages++) {
            Matcher action = FORM_ACTION.matcher(step.body);
            if (!action.find()) {
                throw new IllegalStateException("Sign-in of " + email + " stopped at a page without a form: " + step.url);
            }
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("username", email);
            if (step.body.contains("name=\"password\"")) {
                fields.put("password", PASSWORD);
            }
            step = browser.follow(action.group(1).replace("&amp;", "&"), form(fields), redirectUri);
        }
        if (step.body != null) {
            throw new IllegalStateException("Sign-in of " + email + " did not come back to Tandem: " + step.url);
        }
        String code = query(step.url).get("code");
        if (code == null) {
            throw new IllegalStateException("Sign-in of " + email + " came back without a code: " + step.url);
        }
        Map<String, String> exchange = new LinkedHashMap<>(Map.of("grant_type", "authorization_code", "client_id", clientId,
                "code", code, "redirect_uri", redirectUri, "code_verifier", verifier));
        if (secret != null) {
            exchange.put("client_secret", secret);
        }
        return tokenResponse("tandem", exchange);
    }

    private static String token(Map<String, String> parameters) {
        return token("tandem", parameters);
    }

    private static String token(String realm, Map<String, String> parameters) {
        return tokenResponse(realm, parameters).getString("access_token");
    }

    private static JsonObject tokenResponse(String realm, Map<String, String> parameters) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(TestSettings.keycloakUrl() + "/realms/" + realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(parameters)))
                .build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused a token (" + response.statusCode() + "): " + response.body());
        }
        return new JsonObject(response.body());
    }

    /** Where a chain of redirects ended: a page to fill in (body), or the redirect back to Tandem (body null). */
    private record Step(String url, String body) {
    }

    /**
     * A minimal cookie-keeping browser. Keycloak's cookies are Secure and path-scoped per realm; Java's
     * CookieManager would not send Secure cookies over plain http://127.0.0.1, so cookies are kept here.
     */
    private static final class Browser {
        private final Map<String, String[]> cookies = new LinkedHashMap<>();

        Step follow(String url, String formBody, String stopAt) {
            String current = url;
            String body = formBody;
            for (int hops = 0; hops < 20; hops++) {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(current));
                String cookieHeader = cookiesFor(URI.create(current).getPath());
                if (!cookieHeader.isEmpty()) {
                    request.header("Cookie", cookieHeader);
                }
                if (body != null) {
                    request.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body));
                }
                HttpResponse<String> response = send(request.build());
                response.headers().allValues("Set-Cookie").forEach(this::keep);
                if (response.statusCode() / 100 == 3) {
                    String location = URI.create(current).resolve(response.headers().firstValue("Location").orElseThrow()).toString();
                    if (location.startsWith(stopAt)) {
                        return new Step(location, null);
                    }
                    current = location;
                    body = null;
                    continue;
                }
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("Sign-in failed at " + current + " (" + response.statusCode() + ")");
                }
                return new Step(current, response.body());
            }
            throw new IllegalStateException("Too many redirects from " + url);
        }

        private void keep(String setCookie) {
            String[] parts = setCookie.split(";");
            int eq = parts[0].indexOf('=');
            String path = "/";
            for (String attribute : parts) {
                String trimmed = attribute.trim();
                if (trimmed.toLowerCase().startsWith("path=")) {
                    path = trimmed.substring(5);
                }
            }
            String name = parts[0].substring(0, eq).trim();
            cookies.put(name + "|" + path, new String[] {name, parts[0].substring(eq + 1).trim(), path});
        }

        private String cookiesFor(String requestPath) {
            List<String> matching = new ArrayList<>();
            for (String[] cookie : cookies.values()) {
                String path = cookie[2].endsWith("/") ? cookie[2].substring(0, cookie[2].length() - 1) : cookie[2];
                if (requestPath.startsWith(path) && !cookie[1].isEmpty()) {
                    matching.add(cookie[0] + "=" + cookie[1]);
                }
            }
            return String.join("; ", matching);
        }
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak at " + TestSettings.keycloakUrl() + " does not answer: run the tests with ./tandem test", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static Map<String, String> query(String url) {
        Map<String, String> result = new LinkedHashMap<>();
        String query = URI.create(url).getRawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    result.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return result;
    }

    private static String random() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
