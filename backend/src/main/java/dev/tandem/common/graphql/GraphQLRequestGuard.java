package dev.tandem.common.graphql;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.tandem.common.config.TandemConfig;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Refuses, before anything runs, the GraphQL requests a browser could be tricked into sending with its
 * session cookie: a POST that is not {@code application/json} (forms and text/plain need no CORS
 * preflight), and a mutation or subscription over GET. WebSocket upgrades pass through.
 *
 * <p>It also parses every document once, with the parser's token limit, so that a document that does not
 * parse is answered in the API's error shape (VALIDATION, or LIMIT_EXCEEDED when it is too large) rather
 * than by the engine's own untyped "Unparseable input document".
 */
@ApplicationScoped
public class GraphQLRequestGuard {

    private static final String PATH = "/graphql";

    /** Documents the clients send again and again (a page's query) are parsed once: at most this many are remembered, */
    private static final int MAX_REMEMBERED = 500;
    /** and only documents up to this length (500 of them hold at most a few MB). */
    private static final int MAX_REMEMBERED_LENGTH = 8192;

    private final ParserOptions parserOptions;
    private final Map<String, Document> parsed = new ConcurrentHashMap<>();

    private final String publicOrigin;
    private final GraphQLLimits limits;

    public GraphQLRequestGuard(@ConfigProperty(name = "quarkus.smallrye-graphql.parser-max-tokens") int maxTokens,
            @ConfigProperty(name = "quarkus.smallrye-graphql.parser-max-whitespace-tokens") int maxWhitespaceTokens,
            TandemConfig config) {
        this.limits = config.graphql();
        this.publicOrigin = config.publicUrl().replaceAll("/+$", "");
        this.parserOptions = ParserOptions.getDefaultOperationParserOptions().transform(options -> options
                .maxTokens(maxTokens)
                .maxWhitespaceTokens(maxWhitespaceTokens)
                .captureSourceLocation(false));
    }

    void register(@Observes Filters filters) {
        filters.register(this::guard, 200);
    }

    /** Runs before the GraphQL endpoint: reads the JSON body and checks that its document parses. */
    void route(@Observes Router router) {
        router.post(PATH).order(-100).handler(BodyHandler.create().setBodyLimit(1024 * 1024)).handler(this::checkBody);
    }

    private void checkBody(RoutingContext rc) {
        JsonObject body;
        try {
            body = rc.body().asJsonObject();
        } catch (RuntimeException notAnObject) {
            body = null;
        }
        if (body == null) {
            refuse(rc, 400, "The body is not a JSON object with a GraphQL query.", "query", "VALIDATION");
            return;
        }
        String misfit = misfit(body.getValue("query"), body.getValue("operationName"), body.getValue("variables"), body.getValue("extensions"));
        if (misfit != null) {
            refuse(rc, 400, misfit + ".", misfit.substring(0, misfit.indexOf(' ')), "VALIDATION");
        } else if (body.getString("query") == null || body.getString("query").isBlank()) {
            refuse(rc, 400, "The body has no query.", "query", "VALIDATION");
        } else if (parses(rc, body.getString("query")) != null) {
            rc.next();
        }
    }

    /**
     * What in a request does not have the shape GraphQL over HTTP gives it (query and operationName strings, variables
     * and extensions objects), as "name must be ..."; null when all fits. The engine would fail on it with a 500.
     */
    private static String misfit(Object query, Object operationName, Object variables, Object extensions) {
        if (query != null && !(query instanceof String)) {
            return "query must be a string";
        }
        if (operationName != null && !(operationName instanceof String)) {
            return "operationName must be a string";
        }
        if (variables != null && !(variables instanceof JsonObject)) {
            return "variables must be an object";
        }
        if (extensions != null && !(extensions instanceof JsonObject)) {
            return "extensions must be an object";
        }
        return null;
    }

    /** The variables and extensions of a GET request are JSON objects in the query string. */
    private static String misfitParameters(RoutingContext rc) {
        for (String name : new String[] { "variables", "extensions" }) {
            String text = rc.request().getParam(name);
            if (text == null || text.isBlank()) {
                continue;
            }
            try {
                if (!(io.vertx.core.json.Json.decodeValue(text) instanceof JsonObject)) {
                    return name + " must be a JSON object";
                }
            } catch (RuntimeException notJson) {
                return name + " must be a JSON object";
            }
        }
        return null;
    }

    /** The parsed document, or null after answering the request with the parse failure. */
    private Document parses(RoutingContext rc, String query) {
        Document known = parsed.get(query);
        if (known != null) {
            return known;
        }
        try {
            Document document = Parser.parse(ParserEnvironment.newParserEnvironment().document(query).parserOptions(parserOptions).build());
            if (query.length() <= MAX_REMEMBERED_LENGTH) {
                if (parsed.size() >= MAX_REMEMBERED) {
                    parsed.clear(); // a simple bound: clients send the same few documents again and again
                }
                parsed.put(query, document);
            }
            return document;
        } catch (ParseCancelledException tooLarge) {
            refuse(rc, 200, "The document is too large: " + tooLarge.getMessage(), "query", "LIMIT_EXCEEDED");
        } catch (InvalidSyntaxException bad) {
            refuse(rc, 200, "The document does not parse: " + bad.getMessage(), "query", "VALIDATION");
        }
        return null;
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
                refuse(rc, 415, "GraphQL requests must be POSTed as application/json.", "Content-Type", "VALIDATION");
            }
        } else if (HttpMethod.GET.equals(method)) {
            if (isWebSocketUpgrade(rc)) {
                upgrade(rc);
                return;
            }
            String query = rc.request().getParam("query");
            if (query == null) {
                rc.next();
                return;
            }
            String misfit = misfitParameters(rc);
            if (misfit != null) {
                refuse(rc, 400, misfit + ".", misfit.substring(0, misfit.indexOf(' ')), "VALIDATION");
                return;
            }
            Document document = parses(rc, query);
            if (document == null) {
                return;
            }
            if (onlyQueries(document)) {
                rc.next();
            } else {
                rc.response().putHeader(HttpHeaders.ALLOW, "POST");
                refuse(rc, 405, "Only queries may be sent with GET; send mutations with POST.", "query", "VALIDATION");
            }
        } else if (HttpMethod.OPTIONS.equals(method)) {
            rc.next();
        } else {
            rc.response().putHeader(HttpHeaders.ALLOW, "GET, POST");
            refuse(rc, 405, "Use POST (or GET for queries).", null, "VALIDATION");
        }
    }

    /**
     * A browser always sends Origin on a WebSocket upgrade, and its cookie goes along whatever page opened the
     * socket: only this site's own pages may open one (cross-site WebSocket hijacking). Clients that are not
     * browsers send no Origin and authenticate with a token in connection_init.
     */
    private void upgrade(RoutingContext rc) {
        String origin = rc.request().getHeader(HttpHeaders.ORIGIN);
        String own = rc.request().scheme() + "://" + rc.request().authority();
        if (origin == null || origin.equalsIgnoreCase(publicOrigin) || origin.equalsIgnoreCase(own)) {
            GraphQLSocketGuard.watch(rc, new GraphQLSocketGuard.Limits(limits.connectionInitTimeout().toMillis(),
                    limits.maxUnsentBytesPerSocket(), limits.maxSubscriptionsPerSocket(), limits.slowSocketGrace().toMillis()));
            rc.next();
        } else {
            rc.response().setStatusCode(403).end("WebSocket upgrades are accepted from " + publicOrigin + " only.");
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

    private static boolean onlyQueries(Document document) {
        return document.getDefinitionsOfType(OperationDefinition.class).stream()
                .allMatch(operation -> operation.getOperation() == OperationDefinition.Operation.QUERY);
    }

    private static void refuse(RoutingContext rc, int status, String message, String field, String code) {
        JsonObject extensions = new JsonObject().put("code", code);
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
