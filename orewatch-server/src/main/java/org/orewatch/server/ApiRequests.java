package org.orewatch.server;

import java.util.List;
import java.util.Map;

/** The JSON bodies the API accepts (snake_case keys; unknown keys are refused so that typos do not pass silently). */
final class ApiRequests {

    private ApiRequests() {
    }

    /** POST /api/v1/match. */
    record Match(String name1, String name2, String type) {
    }

    /** One party in POST /api/v1/screen. */
    record Query(String id, String name, String type, String country, String birthDate, Map<String, String> identifiers) {
    }

    /** POST /api/v1/screen: up to 1,000 queries, or a single one given at the top level. */
    record Screen(List<Query> queries, String id, String name, String type, String country, String birthDate,
            Map<String, String> identifiers, Integer limit, Double matchThreshold, Double possibleThreshold) {
    }
}
