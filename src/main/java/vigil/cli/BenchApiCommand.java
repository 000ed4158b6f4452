package vigil.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vigil.json.Json;
import vigil.server.ServerConfig;
import vigil.server.VigilServer;
import vigil.store.EventQuery;
import vigil.store.Workspace;

/**
 * {@code vigil bench api}: latency of {@code /api/events} and {@code /api/stats} over loopback, on a store of
 * synthetic events, with varied filters, sorts and cursors.
 */
@Command(name = "api", mixinStandardHelpOptions = true,
        description = {"Build a store of synthetic events (100,000 by default) in a temporary directory, serve it, fire",
                "requests with varied filters at /api/events and /api/stats over loopback and print p50/p95/p99 latency",
                "and requests/s per endpoint. --data DIR keeps (and on later runs reuses) the built store."})
public final class BenchApiCommand implements Callable<Integer> {
    @Option(names = "--events", defaultValue = "100000", description = "Events in the store (default ${DEFAULT-VALUE}; two per article).")
    int events;

    @Option(names = "--requests", defaultValue = "3000", description = "Measured requests (default ${DEFAULT-VALUE}), after --warmup more.")
    int requests;

    @Option(names = "--warmup", defaultValue = "500", description = "Unmeasured requests first (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--concurrency", defaultValue = "1", description = "Clients sending at once (default ${DEFAULT-VALUE}).")
    int concurrency;

    @Option(names = "--data", paramLabel = "DIR", description = "Build the store here and keep it; reused when it already holds the events.")
    Path data;

    @Option(names = "--seed", defaultValue = "7", description = "Random seed of the data and the requests (default ${DEFAULT-VALUE}).")
    long seed;

    private static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 20);
    private static final int DAYS = 365;

    @Override
    public Integer call() throws Exception {
        if (events < 2 || requests < 1 || warmup < 0 || concurrency < 1) {
            throw new UserError("--events must be at least 2, --requests and --concurrency at least 1");
        }
        Path dir = data != null ? data : Files.createTempDirectory("vigil-bench-api-");
        try (Workspace ws = Workspaces.forWriting(dir)) {
            long have = ws.store().searchEvents(EventQuery.all(1)).total();
            if (have != events) build(ws);
            else System.out.printf(Locale.ROOT, "reusing the store in %s: %,d events%n", dir, have);
            try (VigilServer server = new VigilServer(ws.store(), ServerConfig.local(0), null).start()) {
                run(server.url());
            }
        } finally {
            if (data == null) deleteTree(dir);
        }
        return 0;
    }

    private void build(Workspace ws) throws IOException {
        ws.store().clear();
        int articles = events / 2;
        System.out.printf(Locale.ROOT, "building a store of %,d events (%,d articles)...%n", articles * 2, articles);
        PeakHeap.reset();
        long t0 = System.nanoTime();
        for (int i = 0; i < articles; i++) {
            ws.store().put(SyntheticEvents.article(seed, i, LAST_DAY, DAYS));
            if ((i + 1) % 10_000 == 0) ws.store().commit();
        }
        ws.store().commit();
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "built in %.1f s (%,.0f events/s indexed), peak heap %s%n", s, articles * 2 / s, PeakHeap.describe());
    }

    private void run(String base) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Random r = new Random(seed);
        List<String> plan = new ArrayList<>();
        for (int i = 0; i < warmup + requests; i++) plan.add(request(r));
        System.out.printf(Locale.ROOT, "warming up with %,d requests...%n", warmup);
        for (String path : plan.subList(0, warmup)) send(http, base, path);
        PeakHeap.reset();
        List<String> measured = plan.subList(warmup, plan.size());
        Map<String, List<Long>> latencies = new LinkedHashMap<>();
        for (String k : List.of("/api/events", "/api/events (cursor)", "/api/events?format=geojson", "/api/stats")) {
            latencies.put(k, java.util.Collections.synchronizedList(new ArrayList<>()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long t0 = System.nanoTime();
        List<Future<?>> work = new ArrayList<>();
        for (int c = 0; c < concurrency; c++) {
            int worker = c;
            work.add(pool.submit(() -> {
                for (int i = worker; i < measured.size(); i += concurrency) {
                    String path = measured.get(i);
                    long start = System.nanoTime();
                    JsonNode body = send(http, base, path);
                    latencies.get(category(path)).add(System.nanoTime() - start);
                    // A fifth of the event listings go on to their next page, as a scrolling table does.
                    JsonNode next = body.get("next");
                    if (path.startsWith("/api/events?") && !path.contains("geojson") && next != null && !next.isNull()
                            && i % 5 == 0) {
                        String more = path + "&cursor=" + URLEncoder.encode(next.asText(), StandardCharsets.UTF_8);
                        long s2 = System.nanoTime();
                        send(http, base, more);
                        latencies.get("/api/events (cursor)").add(System.nanoTime() - s2);
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : work) f.get();
        double wall = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        long total = latencies.values().stream().mapToLong(List::size).sum();
        System.out.printf(Locale.ROOT, "%n%-30s %7s %8s %8s %8s %8s%n", "endpoint", "n", "p50 ms", "p95 ms", "p99 ms", "max ms");
        for (var e : latencies.entrySet()) {
            long[] v = e.getValue().stream().mapToLong(Long::longValue).sorted().toArray();
            if (v.length == 0) continue;
            System.out.printf(Locale.ROOT, "%-30s %7d %8.1f %8.1f %8.1f %8.1f%n", e.getKey(), v.length,
                    pct(v, 50), pct(v, 95), pct(v, 99), v[v.length - 1] / 1e6);
        }
        System.out.printf(Locale.ROOT, "%n%,d requests in %.1f s with %d client(s): %,.0f req/s; peak heap %s (max %d MB)%n",
                total, wall, concurrency, total / wall, PeakHeap.describe(), Runtime.getRuntime().maxMemory() >> 20);
        System.out.println("(a shared 2-core machine: figures are noisy)");
    }

    private static String category(String path) {
        if (path.startsWith("/api/stats")) return "/api/stats";
        return path.contains("format=geojson") ? "/api/events?format=geojson" : "/api/events";
    }

    private static double pct(long[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    private static JsonNode send(HttpClient http, String base, String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path.substring(1))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new IOException(path + " -> HTTP " + r.statusCode() + ": " + r.body());
        return Json.MAPPER.readTree(r.body());
    }

    /** One request of the mix: 60% event listings, 10% GeoJSON for the map, 30% stats; 0-3 filters each. */
    private static String request(Random r) {
        int kind = r.nextInt(10);
        StringBuilder q = new StringBuilder();
        int filters = r.nextInt(4);
        java.util.Set<Integer> kinds = new java.util.HashSet<>();
        while (kinds.size() < filters) kinds.add(r.nextInt(8));
        for (int k : kinds) q.append('&').append(filter(r, k));
        if (kind < 6) {
            String[] sorts = {"newest", "newest", "newest", "oldest", "fatalities", "sources"};
            q.append("&sort=").append(sorts[r.nextInt(sorts.length)]).append("&limit=").append(r.nextInt(5) == 0 ? 100 : 50);
            return "/api/events?" + q.substring(1);
        }
        if (kind < 7) return "/api/events?format=geojson&limit=1000" + q;
        return q.length() == 0 ? "/api/stats" : "/api/stats?" + q.substring(1);
    }

    private static String filter(Random r, int kind) {
        SyntheticEvents.Town town = SyntheticEvents.TOWNS[r.nextInt(SyntheticEvents.TOWNS.length)];
        switch (kind) {
            case 0:
                return "country=" + town.iso2() + (r.nextBoolean() ? "," + SyntheticEvents.TOWNS[r.nextInt(SyntheticEvents.TOWNS.length)].iso2() : "");
            case 1:
                return "type=" + SyntheticEvents.KINDS[r.nextInt(SyntheticEvents.KINDS.length)].type();
            case 2: {
                LocalDate from = LAST_DAY.minusDays(r.nextInt(DAYS));
                return "from=" + from + "&to=" + from.plusDays(7 + r.nextInt(60));
            }
            case 3:
                return String.format(Locale.ROOT, "bbox=%.2f,%.2f,%.2f,%.2f", town.lon() - 6, town.lat() - 5, town.lon() + 6, town.lat() + 5);
            case 4: {
                String[] actors = {"Islamic State", "al-Shabaab", "Rapid Support Forces", "M23", town.iso3() + "MIL", town.iso3() + "CVL", "police"};
                return "actor=" + URLEncoder.encode(actors[r.nextInt(actors.length)], StandardCharsets.UTF_8);
            }
            case 5: {
                String[] words = {"airstrike", "curfew", "hospitals", "convoy", town.name(), "\"car bomb\"", "gunfire AND night"};
                return "q=" + URLEncoder.encode(words[r.nextInt(words.length)], StandardCharsets.UTF_8);
            }
            case 6:
                return "mode=" + Stream.of("aerial", "explosives", "artillery", "arrest", "demonstrate").skip(r.nextInt(5)).findFirst().orElseThrow();
            default:
                return "min_sources=1";
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
