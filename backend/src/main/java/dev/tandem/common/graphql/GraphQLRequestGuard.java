package dev.tandem.common.graphql;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Refuses, before anything runs, the GraphQL requests a browser could be tricked into sending with its
 * session cookie: a POST that is not {@code application/json} (forms and text/plain need no CORS
 * preflight), and a mutation or subscription over GET. WebSocket upgrades pass through.
 */
@ApplicationScoped
public class GraphQLRequestGuard {

    private static final String PATH = "/graphql";

    void register(@Observes Filters filters) {
        filters.register(this::guard, 200);
    }

    private void guard(RoutingContext rc) {
        String path = rc.normalizedPath();
        if (!PATH.equals(path) && !(PATH + "/").equals(path)) {
            rc.next();
            return;
        }
        HttpMethod method = rc.request().method();
        if (HttpMethod.POST.equals(method)) {
            if (isJson(rc.request().getHeader(HttpHeaders.CONTENT_TYPE))) {
                rc.next();
            } else {
                refuse(rc, 415, "GraphQL requests must be POSTed as application/json.", "Content-Type");
            }
        } else if (HttpMethod.GET.equals(method)) {
            if (isWebSocketUpgrade(rc) || onlyQueries(rc.request().getParam("query"))) {
                rc.next();
            } else {
                refuse(rc, 405, "Only queries may be sent with GET; send mutations with POST.", "query");
            }
        } else if (HttpMethod.OPTIONS.equals(method)) {
            rc.next();
        } else {
            refuse(rc, 405, "Use POST (or GET for queries).", null);
        }
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String mime = contentType.split(";", 2)[0].trim();
        return mime.equalsIgnoreCase("application/json") || mime.equalsIgnoreCase("application/graphql-response+json");
    }

    private static boolean isWebSocketUpgrade(RoutingContext rc) {
        return "websocket".equalsIgnoreCase(rc.request().getHeader(HttpHeaders.UPGRADE));
    }

    /** True when the document holds no mutation or subscription (a document that does not parse is left to the engine). */
    private static boolean onlyQueries(String query) {
        if (query == null || query.isBlank()) {
            return true;
        }
        try {
            Document document = Parser.parse(query);
            return document.getDefinitionsOfType(OperationDefinition.class).stream()
                    .allMatch(operation -> operation.getOperation() == OperationDefinition.Operation.QUERY);
        } catch (InvalidSyntaxException e) {
            return true;
        }
    }

    private static void refuse(RoutingContext rc, int status, String message, String field) {
        JsonObject extensions = new JsonObject().put("code", "VALIDATION");
        if (field != null) {
            extensions.put("field", field);
        }
        JsonObject body = new JsonObject().put("errors", new JsonArray().add(new JsonObject().put("message", message).put("extensions", extensions)));
        rc.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .end(body.encode());
    }
}
