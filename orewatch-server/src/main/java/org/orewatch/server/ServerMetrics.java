package org.orewatch.server;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.CounterWithCallback;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.instrumentation.jvm.JvmMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import org.orewatch.screening.ScreenedList;

/**
 * What /metrics exposes in the Prometheus text format: requests and their latency by route and
 * status, screening verdicts, answers served from memory, imports, the index and list sizes,
 * and the JVM's own metrics. Routes are the templates ("/api/v1/kb/entity/{id}"), never raw
 * paths, so the number of series stays bounded.
 */
final class ServerMetrics {

    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final Counter requests;
    private final Histogram latency;
    private final Counter verdicts;
    private final Counter imports;

    ServerMetrics(Supplier<ScreeningService.State> state) {
        requests = Counter.builder().name("orewatch_http_requests_total").help("HTTP requests by method, route and status")
                .labelNames("method", "route", "status").register(registry);
        latency = Histogram.builder().name("orewatch_http_request_duration_seconds").help("HTTP request latency by method and route")
                .labelNames("method", "route").classicOnly()
                .classicUpperBounds(0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10).register(registry);
        verdicts = Counter.builder().name("orewatch_screening_queries_total").help("Screening queries answered, by verdict")
                .labelNames("verdict").register(registry);
        imports = Counter.builder().name("orewatch_list_imports_total").help("List imports through the API, by outcome")
                .labelNames("outcome").register(registry);
        CounterWithCallback.builder().name("orewatch_screening_cache_hits_total")
                .help("Screening queries answered from memory since the index was last rebuilt")
                .callback(callback -> callback.call(state.get().answers().cacheHits())).register(registry);
        GaugeWithCallback.builder().name("orewatch_index_names").help("Names in the screening index")
                .callback(callback -> callback.call(state.get().screener().index().nameCount())).register(registry);
        GaugeWithCallback.builder().name("orewatch_list_entries").help("Entries of each list version being screened against")
                .labelNames("list", "version").callback(callback -> {
                    for (ScreenedList list : state.get().lists()) {
                        callback.call(list.version().entries(), list.version().listName(), Long.toString(list.version().id()));
                    }
                }).register(registry);
        GaugeWithCallback.builder().name("orewatch_index_build_seconds").help("Time the current screening index took to build")
                .callback(callback -> callback.call(state.get().buildSeconds())).register(registry);
        JvmMetrics.builder().register(registry);
    }

    void request(String method, String route, int status, double seconds) {
        requests.labelValues(method, route, Integer.toString(status)).inc();
        latency.labelValues(method, route).observe(seconds);
    }

    void verdict(String verdict) {
        verdicts.labelValues(verdict).inc();
    }

    void imported(String outcome) {
        imports.labelValues(outcome).inc();
    }

    String contentType() {
        return PrometheusTextFormatWriter.CONTENT_TYPE;
    }

    byte[] scrape() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16_384);
        try {
            PrometheusTextFormatWriter.create().write(out, registry.scrape());
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toByteArray();
    }
}
