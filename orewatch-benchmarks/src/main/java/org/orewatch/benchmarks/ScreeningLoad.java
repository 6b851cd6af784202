package org.orewatch.benchmarks;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Open-loop load on the screening API: requests leave at a fixed rate whatever the server does,
 * and each latency is counted from the moment its request was due, not from when it was sent. A
 * closed-loop driver such as wrk waits for an answer before it sends the next request, so a
 * stalled server also stalls the load and its slow moments go unmeasured (coordinated omission);
 * here they are charged to every request they delayed. This is how "N queries a second with a p99
 * under M ms" is measured.
 *
 * <p>The queries are persons, a given name and a family name drawn from word lists, and one in
 * twenty a listed person's name, as {@code benchmarks/screening/screen.lua} sends them.
 *
 * <pre>
 * java -cp orewatch-benchmarks/target/benchmarks.jar org.orewatch.benchmarks.ScreeningLoad \
 *     --url http://127.0.0.1:18080 --rate 5000 --seconds 60 --warmup 20 \
 *     --given given.txt --family family.txt --listed listed.txt
 * java -cp ... org.orewatch.benchmarks.ScreeningLoad --url http://127.0.0.1:18080 --health --rate 5000 --seconds 20
 * </pre>
 */
public final class ScreeningLoad {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long MAX_LATENCY_NANOS = TimeUnit.SECONDS.toNanos(60);

    private String url = "http://127.0.0.1:18080";
    private boolean health;
    private int rate = 5000;
    private int seconds = 60;
    private int warmup = 20;
    private int connections = 64;
    private long seed = 42;
    private Path given;
    private Path family;
    private Path listed;

    public static void main(String[] args) throws IOException, InterruptedException {
        ScreeningLoad load = new ScreeningLoad();
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--health")) {
                load.health = true;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            String value = args[++i];
            switch (option) {
                case "--url" -> load.url = value.replaceAll("/+$", "");
                case "--rate" -> load.rate = Integer.parseInt(value);
                case "--seconds" -> load.seconds = Integer.parseInt(value);
                case "--warmup" -> load.warmup = Integer.parseInt(value);
                case "--connections" -> load.connections = Integer.parseInt(value);
                case "--seed" -> load.seed = Long.parseLong(value);
                case "--given" -> load.given = Path.of(value);
                case "--family" -> load.family = Path.of(value);
                case "--listed" -> load.listed = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + option + "; options: --url URL --rate N"
                        + " --seconds N --warmup N --connections N --seed N --given FILE --family FILE --listed FILE --health");
            }
        }
        if (load.rate < 1 || load.seconds < 1 || load.warmup < 0 || load.connections < 1) {
            throw new IllegalArgumentException("--rate, --seconds and --connections must be at least 1, --warmup at least 0");
        }
        if (!load.health && (load.given == null || load.family == null)) {
            throw new IllegalArgumentException("--given FILE and --family FILE are required unless --health");
        }
        System.out.println(load.run().report());
    }

    /** What one run measured, after the warm-up. */
    record Outcome(String target, int rate, int seconds, long completed, long failed, Histogram latencies, long late) {

        String report() {
            double achieved = completed / (double) seconds;
            return String.format(Locale.ROOT, """
                    %s at %,d requests/s offered for %d s (open loop, latency from the due time):
                      completed %,d (%,.0f/s), failed %,d, sent over 1 ms late (every connection busy) %,d
                      latency ms: p50 %.2f  p90 %.2f  p99 %.2f  p99.9 %.2f  max %.2f  mean %.2f""",
                    target, rate, seconds, completed, achieved, failed, late,
                    millis(latencies.getValueAtPercentile(50)), millis(latencies.getValueAtPercentile(90)),
                    millis(latencies.getValueAtPercentile(99)), millis(latencies.getValueAtPercentile(99.9)),
                    millis(latencies.getMaxValue()), latencies.getMean() / 1e6);
        }

        private static double millis(long nanos) {
            return nanos / 1e6;
        }
    }

    Outcome run() throws IOException, InterruptedException {
        List<byte[]> bodies = health ? List.of() : bodies();
        URI target = URI.create(url + (health ? "/health" : "/api/v1/screen"));
        Recorder recorder = new Recorder(MAX_LATENCY_NANOS, 3);
        AtomicLong completed = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong late = new AtomicLong();
        AtomicLong next = new AtomicLong();
        long period = TimeUnit.SECONDS.toNanos(1) / rate;
        long total = (long) rate * (warmup + seconds);
        long measuredFrom = (long) rate * warmup;
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200);
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < connections; w++) {
            Thread worker = new Thread(() -> {
                HttpConnection connection = null;
                long i;
                while ((i = next.getAndIncrement()) < total) {
                    long due = start + i * period;
                    long wait;
                    while ((wait = due - System.nanoTime()) > 0) {
                        LockSupport.parkNanos(wait);
                    }
                    boolean measured = i >= measuredFrom;
                    if (measured && wait < -TimeUnit.MILLISECONDS.toNanos(1)) {
                        late.incrementAndGet();
                    }
                    int status;
                    try {
                        if (connection == null) {
                            connection = new HttpConnection(target);
                        }
                        status = health ? connection.get() : connection.post(bodies.get((int) (i % bodies.size())));
                    } catch (IOException e) {
                        status = -1;
                        if (connection != null) {
                            connection.close();
                        }
                        connection = null;
                    }
                    long latency = System.nanoTime() - due;
                    if (measured) {
                        (status == 200 ? completed : failed).incrementAndGet();
                        recorder.recordValue(Math.min(latency, MAX_LATENCY_NANOS));
                    }
                }
                if (connection != null) {
                    connection.close();
                }
            }, "load-" + w);
            worker.setDaemon(true);
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            worker.join();
        }
        return new Outcome(target.toString(), rate, seconds, completed.get(), failed.get(), recorder.getIntervalHistogram(),
                late.get());
    }

    /**
     * One kept-alive HTTP/1.1 connection, blocking: a request is written whole and its answer read
     * whole (by Content-Length or chunks) before the next. Small enough that the driver costs the
     * two cores little next to the server it measures.
     */
    private static final class HttpConnection {
        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;
        private final byte[] getRequest;
        private final byte[] postHead;

        HttpConnection(URI target) throws IOException {
            socket = new Socket(target.getHost(), target.getPort() < 0 ? 80 : target.getPort());
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(30_000);
            out = new BufferedOutputStream(socket.getOutputStream(), 8192);
            in = new BufferedInputStream(socket.getInputStream(), 65536);
            String line = " " + target.getRawPath() + " HTTP/1.1\r\nHost: " + target.getHost() + ":" + target.getPort() + "\r\n";
            getRequest = ("GET" + line + "\r\n").getBytes(StandardCharsets.US_ASCII);
            postHead = ("POST" + line + "Content-Type: application/json\r\nContent-Length: ").getBytes(StandardCharsets.US_ASCII);
        }

        int get() throws IOException {
            out.write(getRequest);
            out.flush();
            return readResponse();
        }

        int post(byte[] body) throws IOException {
            out.write(postHead);
            out.write((body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            return readResponse();
        }

        private int readResponse() throws IOException {
            String statusLine = line();
            String[] parts = statusLine.split(" ", 3);
            if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
                throw new IOException("not an HTTP response: " + statusLine);
            }
            int status = Integer.parseInt(parts[1]);
            long length = -1;
            boolean chunked = false;
            boolean close = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                String lower = header.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(lower.substring(15).strip());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    close = true;
                }
            }
            if (chunked) {
                for (long size = Long.parseLong(line().split(";")[0].strip(), 16); size > 0;
                        size = Long.parseLong(line().split(";")[0].strip(), 16)) {
                    skip(size);
                    line();
                }
                while (!line().isEmpty()) {
                    // trailers, none expected
                }
            } else if (length > 0) {
                skip(length);
            }
            if (close) {
                throw new IOException("the server closed the connection");
            }
            return status;
        }

        private void skip(long count) throws IOException {
            long left = count;
            while (left > 0) {
                long skipped = in.skip(left);
                if (skipped <= 0) {
                    if (in.read() < 0) {
                        throw new EOFException("the response ended early");
                    }
                    skipped = 1;
                }
                left -= skipped;
            }
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder(64);
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new EOFException("the connection closed mid-response");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }

        void close() {
            try {
                socket.close();
            } catch (IOException e) {
                // closing a broken connection: nothing left to do with it
            }
        }
    }

    /** Request bodies drawn once, so that making them costs nothing while the clock runs. */
    private List<byte[]> bodies() throws IOException {
        List<String> givenNames = words(given);
        List<String> familyNames = words(family);
        List<String> listedNames = listed == null ? List.of() : words(listed);
        SplittableRandom random = new SplittableRandom(seed);
        int count = Math.min(200_000, Math.max(1000, rate * 30));
        List<byte[]> bodies = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String name = !listedNames.isEmpty() && random.nextInt(20) == 0
                    ? listedNames.get(random.nextInt(listedNames.size()))
                    : givenNames.get(random.nextInt(givenNames.size())) + " " + familyNames.get(random.nextInt(familyNames.size()));
            bodies.add(JSON.writeValueAsBytes(Map.of("name", name, "type", "person", "limit", 3)));
        }
        return bodies;
    }

    private static List<String> words(Path file) throws IOException {
        List<String> words = Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
        if (words.isEmpty()) {
            throw new IllegalArgumentException(file + ": no names in the file");
        }
        return words;
    }
}
