package org.orewatch.server;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.UploadedFile;
import io.javalin.json.JavalinJackson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.orewatch.core.ErrorCode;
import org.orewatch.core.OrewatchException;
import org.orewatch.kb.Entity;
import org.orewatch.kb.KnowledgeGraph;
import org.orewatch.kb.query.EntityDossier;
import org.orewatch.kb.query.EntityResolver;
import org.orewatch.kb.query.KbSearch;
import org.orewatch.kb.query.PathFinder;
import org.orewatch.kb.query.StatementView;
import org.orewatch.lists.Identifier;
import org.orewatch.lists.ListDiff;
import org.orewatch.lists.ListFormat;
import org.orewatch.lists.ListSnapshot;
import org.orewatch.lists.ListVersion;
import org.orewatch.lists.io.ListReaders;
import org.orewatch.names.MatchResult;
import org.orewatch.names.NameMatcher;
import org.orewatch.names.NameType;
import org.orewatch.names.TokenAlignment;
import org.orewatch.screening.JsonViews;
import org.orewatch.screening.ScreenedList;
import org.orewatch.screening.Screener;
import org.orewatch.screening.ScreeningPolicy;
import org.orewatch.screening.ScreeningQuery;
import org.orewatch.screening.ScreeningResult;
import org.orewatch.store.ImportOptions;
import org.orewatch.store.ImportResult;
import org.orewatch.store.ListStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The orewatch REST API (Javalin): name matching, screening against every current list and the
 * knowledge graph, list versions and imports, the knowledge-graph queries, health, Prometheus
 * metrics and the OpenAPI document. See {@link ApiRoutes} for the endpoints and
 * {@code openapi.json} beside this class for their contract.
 *
 * <p>Every error is JSON with a stable code ({@link HttpErrors}); request bodies, field lengths
 * and batch sizes are bounded; imports need the API key.
 */
public final class OrewatchServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OrewatchServer.class);
    private static final String STARTED = "orewatch.started";
    /** Set once an error body is written, so Javalin's status handlers do not write another. */
    private static final String ANSWERED = "orewatch.answered";

    static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final ServerConfig config;
    private final ListStore store;
    private final KnowledgeGraph graph;
    private final KbSearch kbSearch;
    private final EntityResolver resolver;
    private final PathFinder pathFinder;
    private final NameMatcher matcher = NameMatcher.defaults();
    private final ScreeningService screening;
    private final ServerMetrics metrics;
    private final ScheduledExecutorService refresher;
    private final Instant startedAt = Instant.now();
    private final byte[] openApi;
    private Javalin app;

    /**
     * A server over {@code store} and, unless null, the knowledge graph ({@code kbList} is the
     * graph screened as a list). Call {@link #start()} to listen.
     */
    public OrewatchServer(ServerConfig config, ListStore store, KnowledgeGraph graph, ScreenedList kbList) {
        this.config = config;
        this.store = store;
        this.graph = graph;
        this.kbSearch = graph == null ? null : KbSearch.of(graph);
        this.resolver = graph == null ? null : EntityResolver.of(graph, kbSearch);
        this.pathFinder = graph == null ? null : new PathFinder(graph);
        this.screening = new ScreeningService(store, kbList, matcher, config.policy());
        this.metrics = new ServerMetrics(screening::current);
        this.openApi = openApiDocument();
        this.refresher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "orewatch-list-refresh");
            thread.setDaemon(true);
            return thread;
        });
    }

    private static byte[] openApiDocument() {
        try (InputStream in = OrewatchServer.class.getResourceAsStream("openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    public OrewatchServer start() {
        app = Javalin.create(javalin -> {
            javalin.showJavalinBanner = false;
            javalin.startupWatcherEnabled = false;
            javalin.http.maxRequestSize = config.maxBodyBytes();
            javalin.http.prefer405over404 = true;
            javalin.jsonMapper(new JavalinJackson(JSON, false));
            javalin.jetty.multipartConfig.cacheDirectory(config.uploadDirectory().toString());
            javalin.jetty.multipartConfig.maxFileSize(config.maxUploadBytes(), SizeUnit.BYTES);
            javalin.jetty.multipartConfig.maxTotalRequestSize(config.maxUploadBytes(), SizeUnit.BYTES);
            javalin.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
        });
        app.before(ctx -> ctx.attribute(STARTED, System.nanoTime()));
        app.after(ctx -> {
            Long started = ctx.attribute(STARTED);
            String route = ctx.endpointHandlerPath();
            metrics.request(ctx.method().name(), route == null || route.isEmpty() || route.equals("*") ? "unmatched"
                    : route.replace('<', '{').replace('>', '}'), ctx.statusCode(),
                    started == null ? 0 : (System.nanoTime() - started) / 1e9);
        });
        app.exception(OrewatchException.class, (failure, ctx) -> error(ctx, failure));
        app.exception(Exception.class, (failure, ctx) -> {
            LOG.error("internal error answering {} {}", ctx.method(), ctx.path(), failure);
            error(ctx, new OrewatchException(ErrorCode.INTERNAL_ERROR, null, "internal error", failure));
        });
        app.error(404, ctx -> {
            if (ctx.attribute(ANSWERED) == null) {
                error(ctx, new OrewatchException(ErrorCode.NOT_FOUND, "no such endpoint: " + ctx.method() + " " + ctx.path()
                        + " (GET /api/v1/openapi.json lists them)"));
            }
        });
        app.error(405, ctx -> {
            error(ctx, new OrewatchException(ErrorCode.INVALID_ARGUMENT, "method " + ctx.method() + " is not allowed on " + ctx.path()));
            ctx.status(405);
        });
        for (ApiRoutes.Route route : ApiRoutes.ALL) {
            io.javalin.http.Handler handler = handler(route);
            io.javalin.http.Handler guarded = route.needsKey() ? ctx -> {
                requireKey(ctx);
                handler.handle(ctx);
            } : handler;
            app.addHttpHandler(HandlerType.valueOf(route.method()), route.javalinPath(), guarded);
        }
        app.start(config.host(), config.port());
        long interval = config.refreshInterval().toMillis();
        if (interval > 0) {
            refresher.scheduleWithFixedDelay(this::refreshQuietly, interval, interval, TimeUnit.MILLISECONDS);
        }
        return this;
    }

    public int port() {
        return app.port();
    }

    /** "un-sc-consolidated v3", ... for the start-up message. */
    public List<String> screenedLists() {
        return screening.current().lists().stream().map(list -> list.version().listName()
                + (list.version().format() == ListFormat.KB ? "" : " v" + list.version().id())
                + " (" + list.version().entries() + " entries)").toList();
    }

    @Override
    public void close() {
        refresher.shutdownNow();
        if (app != null) {
            app.stop();
        }
    }

    private void refreshQuietly() {
        try {
            if (screening.refresh()) {
                LOG.warn("list versions changed in the store; screening index rebuilt");
            }
        } catch (RuntimeException failure) {
            LOG.warn("cannot check the store for new list versions: {}", failure.getMessage());
        }
    }

    private io.javalin.http.Handler handler(ApiRoutes.Route route) {
        if (route == ApiRoutes.HEALTH) {
            return this::health;
        } else if (route == ApiRoutes.METRICS) {
            return ctx -> ctx.contentType(metrics.contentType()).result(metrics.scrape());
        } else if (route == ApiRoutes.OPENAPI) {
            return ctx -> ctx.contentType("application/json").result(openApi);
        } else if (route == ApiRoutes.MATCH) {
            return this::match;
        } else if (route == ApiRoutes.SCREEN) {
            return this::screen;
        } else if (route == ApiRoutes.LISTS) {
            return this::lists;
        } else if (route == ApiRoutes.LIST_DIFF) {
            return this::diff;
        } else if (route == ApiRoutes.IMPORT) {
            return this::importList;
        } else if (route == ApiRoutes.KB_SEARCH) {
            return this::kbSearch;
        } else if (route == ApiRoutes.KB_ENTITY) {
            return this::kbEntity;
        } else if (route == ApiRoutes.KB_PATH) {
            return this::kbPath;
        }
        throw new IllegalStateException("no handler for " + route);
    }

    // ------------------------------------------------------------------ errors, auth, bodies

    private static void error(Context ctx, OrewatchException failure) {
        ctx.attribute(ANSWERED, Boolean.TRUE);
        ctx.status(HttpErrors.status(failure.code())).json(HttpErrors.body(failure));
    }

    private void requireKey(Context ctx) {
        String presented = ctx.header("X-API-Key");
        if (presented == null) {
            String authorization = ctx.header("Authorization");
            if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
                presented = authorization.substring(7);
            }
        }
        if (!config.apiKey().accepts(presented)) {
            throw new OrewatchException(ErrorCode.UNAUTHORIZED, presented == null
                    ? "this operation needs the API key: send it as 'X-API-Key: KEY' or 'Authorization: Bearer KEY'"
                    : "the API key is not valid");
        }
    }

    /** The body, refused past the size limit without reading more than one byte beyond it. */
    private byte[] body(Context ctx) {
        long declared = ctx.contentLength();
        if (declared > config.maxBodyBytes()) {
            throw tooLarge();
        }
        try (InputStream in = ctx.bodyInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            long total = 0;
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                total += read;
                if (total > config.maxBodyBytes()) {
                    throw tooLarge();
                }
                out.write(buffer, 0, read);
            }
            return out.toByteArray();
        } catch (IOException failure) {
            throw new OrewatchException(ErrorCode.INVALID_ARGUMENT, null, "cannot read the request body: " + failure.getMessage(), failure);
        }
    }

    private OrewatchException tooLarge() {
        return new OrewatchException(ErrorCode.REQUEST_TOO_LARGE, "the request body is larger than " + config.maxBodyBytes() + " bytes");
    }

    private <T> T parse(Context ctx, Class<T> type) {
        byte[] body = body(ctx);
        if (body.length == 0) {
            throw new OrewatchException(ErrorCode.INVALID_ARGUMENT, "the request needs a JSON body");
        }
        try {
            return JSON.readValue(body, type);
        } catch (UnrecognizedPropertyException unknown) {
            throw new OrewatchException(ErrorCode.INVALID_ARGUMENT, "unknown field '" + unknown.getPropertyName() + "'"
                    + (unknown.getKnownPropertyIds() == null ? "" : "; known fields: " + unknown.getKnownPropertyIds()));
        } catch (JsonProcessingException malformed) {
            throw new OrewatchException(ErrorCode.INVALID_ARGUMENT, "the body is not the JSON this endpoint takes: "
                    + malformed.getOriginalMessage());
        } catch (IOException failure) {
            throw new OrewatchException(ErrorCode.INVALID_ARGUMENT, null, "cannot read the request body", failure);
        }
    }

    private static String bounded(String value, String field, int max) {
        if (value != null && value.length() > max) {
            throw new OrewatchException(ErrorCode.REQUEST_TOO_LARGE, field + " may have at most " + max + " characters");
        }
        return value;
    }

    private static NameType type(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return NameType.parse(bounded(text, field, 40));
        } catch (OrewatchException unknown) {
            NameType fromSchema = NameType.fromFtmSchema(text.strip());
            if (fromSchema != NameType.OTHER) {
                return fromSchema;
            }
            throw new OrewatchException(ErrorCode.INVALID_ARGUMENT, field + ": " + unknown.getMessage());
        }
    }

    // ------------------------------------------------------------------ handlers

    private void health(Context ctx) {
        ScreeningService.State state = screening.current();
        boolean storeUp = store.isReachable();
        Map<String, Object> health = new LinkedHashMap<>();
        health.put("status", storeUp ? "ok" : "degraded");
        health.put("store", storeUp ? "ok" : "unreachable");
        health.put("started_at", startedAt.toString());
        health.put("index_built_at", state.builtAt().toString());
        health.put("indexed_entries", state.screener().index().entryCount());
        health.put("indexed_names", state.screener().index().nameCount());
        health.put("lists", state.lists().stream().map(list -> list.version().listName() + " v" + list.version().id()).toList());
        health.put("knowledge_graph", graph != null);
        ctx.status(storeUp ? 200 : 503).json(health);
    }

    private void match(Context ctx) {
        ApiRequests.Match request = parse(ctx, ApiRequests.Match.class);
        if (request.name1() == null || request.name2() == null || request.name1().isBlank() || request.name2().isBlank()) {
            throw new OrewatchException(ErrorCode.INVALID_ARGUMENT, "name1 and name2 are both required");
        }
        bounded(request.name1(), "name1", ScreeningQuery.MAX_NAME_LENGTH);
        bounded(request.name2(), "name2", ScreeningQuery.MAX_NAME_LENGTH);
        NameType type = type(request.type(), "type");
        MatchResult result = matcher.compare(request.name1(), request.name2(), type == null ? NameType.OTHER : type);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("score", Math.round(result.score() * 10_000) / 10_000.0);
        json.put("match", result.match());
        json.put("threshold", matcher.threshold());
        json.put("type", (type == null ? NameType.OTHER : type).name().toLowerCase(Locale.ROOT));
        json.put("explanation", result.explanation());
        List<Map<String, Object>> alignments = new ArrayList<>();
        for (TokenAlignment alignment : result.alignments()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("left", alignment.leftIndex() < 0 ? null : alignment.leftToken());
            line.put("right", alignment.rightIndex() < 0 ? null : alignment.rightToken());
            line.put("rule", alignment.rule().name().toLowerCase(Locale.ROOT));
            line.put("similarity", Math.round(alignment.similarity() * 10_000) / 10_000.0);
            line.put("weight", Math.round(alignment.weight() * 10_000) / 10_000.0);
            alignments.add(line);
        }
        json.put("alignments", alignments);
        ctx.json(json);
    }

    private void screen(Context ctx) {
        ApiRequests.Screen request = parse(ctx, ApiRequests.Screen.class);
        List<ApiRequests.Query> queries;
        if (request.queries() != null) {
            if (request.name() != null || request.identifiers() != null) {
                throw new OrewatchException(ErrorCode.INVALID_ARGUMENT, "give either \"queries\" or one query's \"name\", not both");
            }
            queries = request.queries();
        } else {
            queries = List.of(new ApiRequests.Query(request.id(), request.name(), request.type(), request.country(), request.birthDate(),
                    request.identifiers()));
        }
        if (queries.isEmpty()) {
            throw new OrewatchException(ErrorCode.INVALID_ARGUMENT, "\"queries\" is empty");
        }
        if (queries.size() > ServerConfig.MAX_QUERIES) {
            throw new OrewatchException(ErrorCode.REQUEST_TOO_LARGE, "at most " + ServerConfig.MAX_QUERIES
                    + " queries per request, this one has " + queries.size());
        }
        int limit = request.limit() == null ? 5 : request.limit();
        if (limit < 1 || limit > Screener.MAX_LIMIT) {
            throw new OrewatchException(ErrorCode.INVALID_ARGUMENT, "limit must be between 1 and " + Screener.MAX_LIMIT);
        }
        List<ScreeningQuery> parsed = new ArrayList<>(queries.size());
        for (int i = 0; i < queries.size(); i++) {
            parsed.add(query(queries.get(i), queries.size() == 1 && request.queries() == null ? "" : "queries[" + i + "]."));
        }
        ScreeningService.State state = screening.current();
        ScreeningPolicy policy = policy(request, state);
        boolean defaultPolicy = policy.equals(screening.policy());
        Screener custom = defaultPolicy ? null : new Screener(state.screener().index(), policy);
        List<Map<String, Object>> results = new ArrayList<>(parsed.size());
        for (int i = 0; i < parsed.size(); i++) {
            ScreeningResult result = defaultPolicy ? state.answers().screen(parsed.get(i), limit) : custom.screen(parsed.get(i), limit);
            metrics.verdict(result.verdict().name().toLowerCase(Locale.ROOT));
            Map<String, Object> json = new LinkedHashMap<>();
            if (queries.get(i).id() != null) {
                json.put("id", bounded(queries.get(i).id(), "id", 200));
            }
            json.put("name", parsed.get(i).name());
            json.putAll(JsonViews.result(result));
            results.add(json);
        }
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("results", results);
        response.put("match_threshold", policy.matchThreshold());
        response.put("possible_threshold", policy.possibleThreshold());
        response.put("lists", state.lists().stream().map(list -> JsonViews.version(list.version())).toList());
        ctx.json(response);
    }

    private ScreeningPolicy policy(ApiRequests.Screen request, ScreeningService.State state) {
        ScreeningPolicy defaults = screening.policy();
        if (request.matchThreshold() == null && request.possibleThreshold() == null) {
            return defaults;
        }
        double match = request.matchThreshold() == null ? defaults.matchThreshold() : request.matchThreshold();
        double possible = request.possibleThreshold() == null ? Math.min(defaults.possibleThreshold(), match) : request.possibleThreshold();
        double floor = state.screener().index().minimumNameScore() + defaults.largestBoost();
        if (possible < floor - 1e-9) {
            throw new OrewatchException(ErrorCode.INVALID_ARGUMENT, String.format(Locale.ROOT,
                    "possible_threshold must be at least %.2f on this server (its index keeps names from %.2f)", floor,
                    state.screener().index().minimumNameScore()));
        }
        return defaults.withThresholds(match, possible);
    }

    private static ScreeningQuery query(ApiRequests.Query body, String prefix) {
        try {
            List<Identifier> identifiers = new ArrayList<>();
            if (body.identifiers() != null) {
                if (body.identifiers().size() > ScreeningQuery.MAX_IDENTIFIERS) {
                    throw new OrewatchException(ErrorCode.REQUEST_TOO_LARGE, "at most " + ScreeningQuery.MAX_IDENTIFIERS + " identifiers");
                }
                body.identifiers().forEach((scheme, value) -> identifiers.add(ScreeningQuery.identifier(bounded(scheme, "identifier scheme", 40),
                        bounded(value, "identifier " + scheme, 100))));
            }
            return new ScreeningQuery(bounded(body.name(), "name", ScreeningQuery.MAX_NAME_LENGTH), type(body.type(), "type"),
                    bounded(body.country(), "country", 100), ScreeningQuery.birthDate(bounded(body.birthDate(), "birth_date", 20), "birth_date"),
                    identifiers);
        } catch (OrewatchException invalid) {
            if (prefix.isEmpty()) {
                throw invalid;
            }
            throw new OrewatchException(invalid.code(), prefix + invalid.getMessage());
        }
    }

    private void lists(Context ctx) {
        boolean all = "true".equalsIgnoreCase(ctx.queryParam("all"));
        List<Map<String, Object>> versions = new ArrayList<>();
        (all ? store.versions(null) : store.currentVersions()).forEach(version -> versions.add(JsonViews.version(version)));
        ScreeningService.State state = screening.current();
        state.lists().stream().filter(list -> list.version().format() == ListFormat.KB)
                .forEach(list -> versions.add(JsonViews.version(list.version())));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("lists", versions);
        json.put("screening_index_built_at", state.builtAt().toString());
        ctx.json(json);
    }

    private void diff(Context ctx) {
        String list = ctx.pathParam("list");
        ListVersion to = optionalLong(ctx, "to").map(id -> store.version(id).orElseThrow(() -> noVersion(id)))
                .orElseGet(() -> store.currentVersion(list).orElseThrow(() -> new OrewatchException(ErrorCode.NOT_FOUND,
                        "no list named '" + list + "'")));
        ListVersion from = optionalLong(ctx, "from").map(id -> store.version(id).orElseThrow(() -> noVersion(id)))
                .orElseGet(() -> store.versions(to.listName()).stream().filter(version -> version.id() < to.id()).findFirst()
                        .orElseThrow(() -> new OrewatchException(ErrorCode.NOT_FOUND, to.listName() + " has no version before " + to.id())));
        if (!to.listName().equals(list)) {
            throw new OrewatchException(ErrorCode.INVALID_ARGUMENT, "version " + to.id() + " belongs to " + to.listName() + ", not " + list);
        }
        int limit = optionalLong(ctx, "limit").orElse(100L).intValue();
        ListDiff diff = store.diff(from.id(), to.id());
        ctx.json(JsonViews.diff(from, to, diff, Math.max(0, Math.min(limit, 10_000))));
    }

    private static OrewatchException noVersion(long id) {
        return new OrewatchException(ErrorCode.NOT_FOUND, "no list version " + id);
    }

    private static Optional<Long> optionalLong(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(value.strip()));
        } catch (NumberFormatException notANumber) {
            throw new OrewatchException(ErrorCode.INVALID_ARGUMENT, name + " must be a whole number, not '" + value + "'");
        }
    }

    private void importList(Context ctx) throws IOException {
        if (ctx.contentLength() > config.maxUploadBytes()) {
            metrics.imported("rejected");
            throw new OrewatchException(ErrorCode.REQUEST_TOO_LARGE, "uploads may have at most " + config.maxUploadBytes() + " bytes");
        }
        String contentType = ctx.contentType() == null ? "" : ctx.contentType();
        if (!contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            throw new OrewatchException(ErrorCode.INVALID_ARGUMENT,
                    "send the list file(s) as multipart/form-data, e.g. curl -F format=un-xml -F file=@consolidated.xml");
        }
        Files.createDirectories(config.uploadDirectory());
        Path folder = Files.createTempDirectory(config.uploadDirectory(), "import-");
        try {
            List<UploadedFile> files;
            String formatText;
            try {
                files = ctx.uploadedFiles();
                formatText = Optional.ofNullable(ctx.formParam("format")).orElse(ctx.queryParam("format"));
            } catch (IllegalStateException tooBig) {
                metrics.imported("rejected");
                throw new OrewatchException(ErrorCode.REQUEST_TOO_LARGE, "uploads may have at most " + config.maxUploadBytes() + " bytes");
            }
            if (formatText == null) {
                throw new OrewatchException(ErrorCode.INVALID_ARGUMENT, "give the format: un-xml, ofac-csv or ftm (form field or query parameter 'format')");
            }
            ListFormat format = ListFormat.parseImportable(formatText);
            if (files.isEmpty()) {
                throw new OrewatchException(ErrorCode.INVALID_ARGUMENT, "no file in the request: add -F file=@PATH");
            }
            Path target = save(format, files, folder);
            ListSnapshot snapshot = ListReaders.read(format, target);
            String list = Optional.ofNullable(ctx.formParam("list")).orElse(ctx.queryParam("list"));
            if (list != null && !list.isBlank()) {
                snapshot = snapshot.withListName(bounded(list.strip(), "list", 200));
            }
            String published = Optional.ofNullable(ctx.formParam("published")).orElse(ctx.queryParam("published"));
            if (published != null && !published.isBlank()) {
                try {
                    snapshot = snapshot.withPublished(LocalDate.parse(published.strip()));
                } catch (DateTimeParseException invalid) {
                    throw new OrewatchException(ErrorCode.INVALID_ARGUMENT, "published: not a date: '" + published + "' (YYYY-MM-DD)");
                }
            }
            boolean force = "true".equalsIgnoreCase(Optional.ofNullable(ctx.formParam("force")).orElse(ctx.queryParam("force")));
            String maxRemovedText = Optional.ofNullable(ctx.formParam("max_removed")).orElse(ctx.queryParam("max_removed"));
            double maxRemoved = ImportOptions.DEFAULT_MAX_REMOVED_SHARE;
            if (maxRemovedText != null && !maxRemovedText.isBlank()) {
                try {
                    maxRemoved = Double.parseDouble(maxRemovedText.strip());
                } catch (NumberFormatException notANumber) {
                    throw new OrewatchException(ErrorCode.INVALID_ARGUMENT, "max_removed must be a number between 0 and 1");
                }
                if (!(maxRemoved >= 0 && maxRemoved <= 1)) {
                    throw new OrewatchException(ErrorCode.INVALID_ARGUMENT, "max_removed must be a number between 0 and 1");
                }
            }
            ImportResult result = store.importSnapshot(snapshot, ImportOptions.defaults().withForce(force).withMaxRemovedShare(maxRemoved));
            screening.refresh();
            metrics.imported(result.unchanged() ? "unchanged" : "imported");
            ctx.status(result.unchanged() ? 200 : 201).json(result.json());
        } catch (OrewatchException failure) {
            if (failure.code().kind() != ErrorCode.Kind.INTERNAL_ERROR) {
                metrics.imported("rejected");
            }
            throw failure;
        } finally {
            deleteTree(folder);
        }
    }

    /** Writes the uploads under names the readers expect; OFAC's files by part or file name (sdn, alt, add). */
    private static Path save(ListFormat format, List<UploadedFile> files, Path folder) throws IOException {
        if (format != ListFormat.OFAC_CSV) {
            if (files.size() != 1) {
                throw new OrewatchException(ErrorCode.INVALID_ARGUMENT, "a " + format.id() + " import takes exactly one file, not " + files.size());
            }
            Path target = folder.resolve(safeName(files.get(0).filename(), format == ListFormat.UN_XML ? "list.xml" : "list.jsonl"));
            try (InputStream in = files.get(0).content()) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        }
        for (UploadedFile file : files) {
            String name = safeName(file.filename(), "").toLowerCase(Locale.ROOT);
            String role = Stream.of("sdn", "alt", "add").filter(part -> name.startsWith(part)).findFirst().orElse(null);
            if (role == null) {
                throw new OrewatchException(ErrorCode.INVALID_ARGUMENT, "an ofac-csv import takes sdn.csv and optionally alt.csv and add.csv;"
                        + " '" + file.filename() + "' is none of them");
            }
            try (InputStream in = file.content()) {
                Files.copy(in, folder.resolve(role + ".csv"), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        if (!Files.exists(folder.resolve("sdn.csv"))) {
            throw new OrewatchException(ErrorCode.INVALID_ARGUMENT, "an ofac-csv import needs sdn.csv");
        }
        return folder;
    }

    /** The file's own name without any folder, reduced to safe characters. */
    static String safeName(String uploaded, String fallback) {
        if (uploaded == null) {
            return fallback;
        }
        String base = uploaded.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "_");
        return base.isEmpty() || base.startsWith(".") ? (fallback.isEmpty() ? "upload" : fallback) : base;
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException ignored) {
                    // A leftover temporary upload is removed with the folder next time; not worth failing the request.
                }
            });
        } catch (IOException ignored) {
            // Nothing to clean.
        }
    }

    private KnowledgeGraph requireGraph() {
        if (graph == null) {
            throw new OrewatchException(ErrorCode.NOT_FOUND, "this server runs without the knowledge graph (--no-kb)");
        }
        return graph;
    }

    private void kbSearch(Context ctx) {
        requireGraph();
        String query = ctx.queryParam("q");
        if (query == null || query.isBlank()) {
            throw new OrewatchException(ErrorCode.INVALID_ARGUMENT, "give the query as ?q=");
        }
        bounded(query, "q", ScreeningQuery.MAX_NAME_LENGTH);
        String type = ctx.queryParam("type");
        int limit = optionalLong(ctx, "limit").orElse(10L).intValue();
        if (limit < 1 || limit > 100) {
            throw new OrewatchException(ErrorCode.INVALID_ARGUMENT, "limit must be between 1 and 100");
        }
        ctx.json(Map.of("query", query, "hits", kbSearch.search(query, type == null || type.isBlank() ? null : type, limit)));
    }

    private void kbEntity(Context ctx) {
        KnowledgeGraph knowledge = requireGraph();
        String id = bounded(ctx.pathParam("id"), "id", 300);
        Entity entity = knowledge.entity(id).orElseGet(() -> resolver.resolve(id));
        ctx.json(EntityDossier.of(knowledge, entity));
    }

    private void kbPath(Context ctx) {
        KnowledgeGraph knowledge = requireGraph();
        String fromText = ctx.queryParam("from");
        String toText = ctx.queryParam("to");
        if (fromText == null || toText == null || fromText.isBlank() || toText.isBlank()) {
            throw new OrewatchException(ErrorCode.INVALID_ARGUMENT, "give both ends as ?from=ID_OR_NAME&to=ID_OR_NAME");
        }
        int maxSteps = optionalLong(ctx, "max_steps").orElse(8L).intValue();
        if (maxSteps < 1 || maxSteps > 20) {
            throw new OrewatchException(ErrorCode.INVALID_ARGUMENT, "max_steps must be between 1 and 20");
        }
        Entity from = resolver.resolve(bounded(fromText, "from", 300));
        Entity to = resolver.resolve(bounded(toText, "to", 300));
        List<PathFinder.Step> steps = pathFinder.find(from.id(), to.id(), maxSteps).orElseThrow(() -> new OrewatchException(
                ErrorCode.NOT_FOUND, "no chain of relations of at most " + maxSteps + " steps links " + from.id() + " and " + to.id()));
        List<Map<String, Object>> json = new ArrayList<>();
        for (PathFinder.Step step : steps) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("from", step.from());
            item.put("from_name", knowledge.nameOf(step.from()));
            item.put("to", step.to());
            item.put("to_name", knowledge.nameOf(step.to()));
            item.put("direction", step.forward() ? "forward" : "inverse");
            item.put("statement", StatementView.of(knowledge, step.statement(), !step.forward()));
            json.add(item);
        }
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("from", from.id());
        response.put("to", to.id());
        response.put("steps", json);
        ctx.json(response);
    }
}
