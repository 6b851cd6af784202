package org.orewatch.server;

import java.util.List;

/**
 * Every endpoint the server serves, in OpenAPI's path syntax. The server registers exactly these,
 * and a test checks that /api/v1/openapi.json documents exactly these, so the two cannot drift.
 */
final class ApiRoutes {

    /** One endpoint: HTTP method, path ("{id}" for a parameter that may hold slashes), whether it needs the API key. */
    record Route(String method, String path, boolean needsKey) {

        /** Javalin's syntax: "<id>" matches across slashes, as knowledge-graph ids ("kwanliso/15") need. */
        String javalinPath() {
            return path.replace('{', '<').replace('}', '>');
        }
    }

    static final Route HEALTH = new Route("GET", "/health", false);
    static final Route METRICS = new Route("GET", "/metrics", false);
    static final Route OPENAPI = new Route("GET", "/api/v1/openapi.json", false);
    static final Route MATCH = new Route("POST", "/api/v1/match", false);
    static final Route SCREEN = new Route("POST", "/api/v1/screen", false);
    static final Route LISTS = new Route("GET", "/api/v1/lists", false);
    static final Route LIST_DIFF = new Route("GET", "/api/v1/lists/{list}/diff", false);
    static final Route IMPORT = new Route("POST", "/api/v1/lists/import", true);
    static final Route KB_SEARCH = new Route("GET", "/api/v1/kb/search", false);
    static final Route KB_ENTITY = new Route("GET", "/api/v1/kb/entity/{id}", false);
    static final Route KB_PATH = new Route("GET", "/api/v1/kb/path", false);

    static final List<Route> ALL = List.of(HEALTH, METRICS, OPENAPI, MATCH, SCREEN, LISTS, LIST_DIFF, IMPORT, KB_SEARCH, KB_ENTITY,
            KB_PATH);

    private ApiRoutes() {
    }
}
