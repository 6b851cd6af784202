package org.orewatch.cli.serve;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.orewatch.cli.screen.ScreeningOptions;
import org.orewatch.core.ErrorCode;
import org.orewatch.core.OrewatchException;
import org.orewatch.kb.KnowledgeGraph;
import org.orewatch.server.ApiKey;
import org.orewatch.server.OrewatchServer;
import org.orewatch.server.ServerConfig;
import org.orewatch.store.DataDirectory;
import org.orewatch.store.ListStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        header = "Run the orewatch REST API.",
        description = {"Run the orewatch REST API: screening against every imported list and the knowledge graph,",
                "name matching, list versions and imports, knowledge-graph queries, /health, /metrics (Prometheus)",
                "and the OpenAPI document at /api/v1/openapi.json. Imports need the API key: $OREWATCH_API_KEY, or",
                "the key file (by default DATA_DIR/api-key, created with a random key on first start). Stops on Ctrl-C."})
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "Port to listen on (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface).")
    String host;

    @Option(names = "--api-key-file", paramLabel = "FILE",
            description = "File holding the API key for imports (default: DATA_DIR/api-key; ignored when $OREWATCH_API_KEY is set).")
    Path apiKeyFile;

    @Option(names = "--max-upload-mb", paramLabel = "MB", defaultValue = "512",
            description = "Largest list upload accepted, all files of one import together (default: ${DEFAULT-VALUE}).")
    long maxUploadMb;

    @Option(names = "--refresh-seconds", paramLabel = "S", defaultValue = "10",
            description = "How often to look for list versions imported by another process sharing the store; 0 never (default: ${DEFAULT-VALUE}).")
    long refreshSeconds;

    @Mixin
    ScreeningOptions screening;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65_535) {
            throw new OrewatchException(ErrorCode.INVALID_ARGUMENT, "--port must be between 0 and 65535");
        }
        PrintWriter out = spec.commandLine().getOut();
        Path dataDirectory = DataDirectory.create(screening.store().dataDirectory());
        ApiKey key = ApiKey.resolve(System.getenv("OREWATCH_API_KEY"), apiKeyFile != null ? apiKeyFile : dataDirectory.resolve("api-key"));
        ListStore store = screening.store().open();
        OrewatchServer server;
        try {
            KnowledgeGraph graph = screening.includeKnowledgeGraph() ? screening.kb().graph() : null;
            ServerConfig config = new ServerConfig(host, port, key, screening.policy(), ServerConfig.DEFAULT_MAX_BODY_BYTES,
                    maxUploadMb << 20, Duration.ofSeconds(Math.max(0, refreshSeconds)), dataDirectory.resolve("uploads"));
            server = new OrewatchServer(config, store, graph, graph == null ? null : screening.knowledgeGraphList(graph)).start();
        } catch (RuntimeException failure) {
            store.close();
            throw failure;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        OrewatchServer running = server;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            running.close();
            store.close();
            stopped.countDown();
        }, "orewatch-shutdown"));
        String address = "http://" + (host.equals("0.0.0.0") ? "127.0.0.1" : host) + ":" + server.port();
        out.printf("orewatch serving on %s (store: %s)%n", address, store.location().describe());
        out.printf("  screening: %s%n", String.join(", ", server.screenedLists()));
        out.printf("  API key for imports: %s%n", key.source());
        out.printf("  try: curl %s/health    docs: %s/api/v1/openapi.json    stop: Ctrl-C%n", address, address);
        out.flush();
        stopped.await();
        return 0;
    }
}
