package uk.frontdoor.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Issue 11's side-by-side benchmark: Front Door (A) against a bare Camunda 7 Spring Boot starter
 * (B, {@link uk.frontdoor.benchmark.bare.BareEngine}) of the journey's shape, each in a JVM of its
 * own, on its own H2 file or its own database of one embedded PostgreSQL, driven over real HTTP by
 * the same {@link Driver}, interleaved A B A B. Prints every row of the table with the
 * ratio A/B and its spread over the rounds. Not a test: run it by hand (README, Benchmarks) —
 * <pre>
 * java -cp $CP uk.frontdoor.benchmark.SideBySideBenchmark [--db=h2|postgres] [--full] [--rounds=3]
 *     [--seconds=20] [--journeys=0] [--threads=4] [--levels=1000,5000] [--queries=25] [--warmup=15] [--xmx=1g]
 * </pre>
 */
public final class SideBySideBenchmark {

  private static final Path OUT = Path.of("target", "benchmark").toAbsolutePath();
  private static final String QUEUE = "/engine-rest/task?candidateGroup=crs-practitioners&maxResults=50"
      + "&sortBy=dueDate&sortOrder=asc";
  private static final String OPEN = "/engine-rest/task/count?candidateGroup=crs-practitioners";

  private final Map<String, String> options;
  private final int rounds;
  private final double seconds;
  private final int journeys;
  private final int threads;
  private final int queries;
  private final List<Integer> levels;
  private final List<String> journeyRows = new ArrayList<>();
  private final List<String> queueRows = new ArrayList<>();
  private final List<String> otherRows = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  private SideBySideBenchmark(Map<String, String> options) {
    this.options = options;
    boolean full = options.containsKey("full");
    rounds = Integer.parseInt(options.getOrDefault("rounds", full ? "4" : "3"));
    seconds = Double.parseDouble(options.getOrDefault("seconds", full ? "150" : "20"));
    journeys = Integer.parseInt(options.getOrDefault("journeys", "0"));
    threads = Integer.parseInt(options.getOrDefault("threads", "4"));
    queries = Integer.parseInt(options.getOrDefault("queries", "25"));
    levels = Arrays.stream(options.getOrDefault("levels", full ? "1000,5000,20000,50000" : "1000,5000").split(","))
        .map(String::trim).map(Integer::parseInt).sorted().toList();
  }

  public static void main(String[] args) throws Exception {
    // below Tomcat's keep-alive, so the client never reuses a connection the server has just closed
    System.setProperty("jdk.httpclient.keepalive.timeout", "10");
    Map<String, String> options = new HashMap<>();
    for (String arg : args) {
      String[] pair = arg.replaceFirst("^--", "").split("=", 2);
      options.put(pair[0], pair.length > 1 ? pair[1] : "true");
    }
    new SideBySideBenchmark(options).run();
  }

  private void run() throws Exception {
    String xmx = options.getOrDefault("xmx", "1g");
    String db = options.getOrDefault("db", "h2");
    clean(OUT.resolve(db));
    try (Database database = "postgres".equals(db) ? Database.postgres() : Database.h2(OUT.resolve(db),
        options.containsKey("durable-bare"));
        Side a = new Side("A", SideLauncher.FRONT_DOOR, true, database.frontDoor(), xmx, OUT.resolve(db).resolve("a.log"));
        Side b = new Side("B", SideLauncher.BARE, false, database.bare(), xmx, OUT.resolve(db).resolve("b.log"))) {
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          a.close();
          b.close();
        } catch (InterruptedException ignored) {
          Thread.currentThread().interrupt();
        }
      }));
      Shape shapeA = new FrontDoorShape();
      Shape shapeB = new BareShape();
      Map<Side, Shape> shapes = new LinkedHashMap<>();
      shapes.put(a, shapeA);
      shapes.put(b, shapeB);

      Paired startup = new Paired("start-up to first 200 (empty database), s", "%.1f");
      startup.add(a.label, a.start());
      startup.add(b.label, b.start());
      say("started: " + startup.row());

      double warmup = Double.parseDouble(options.getOrDefault("warmup", "15"));
      for (Map.Entry<Side, Shape> side : warmup > 0 ? shapes.entrySet() : Map.<Side, Shape>of().entrySet()) {
        say("warm-up " + side.getKey().label + ": "
            + Load.run(threads, warmup, 0, () -> new Driver(side.getKey(), side.getValue()).journey()));
      }
      journeys(shapes, database, startup);
      queues(shapes, a, shapeA, b, shapeB);
      report(db, xmx);
    }
  }

  private void journeys(Map<Side, Shape> shapes, Database database, Paired startup) throws Exception {
    Paired rate = new Paired("whole journeys per second (every human task completed as its user)", "%.2f");
    Paired sql = new Paired("SQL statements per journey", "%.0f");
    Paired heap = new Paired("heap used under steady load (mean of 1 s samples), MB", "%.0f");
    Map<Side, Integer> done = new HashMap<>();
    Map<Side, Integer> failed = new HashMap<>();
    Map<Side, Long> sizeBefore = new HashMap<>();
    Map<Side, Map<String, Long>> kinds = new HashMap<>();
    for (Side side : shapes.keySet()) {
      side.checkpoint();
      sizeBefore.put(side, database.bytes(side.label));
    }
    for (int round = 1; round <= rounds; round++) {
      for (Map.Entry<Side, Shape> entry : shapes.entrySet()) {
        Side side = entry.getKey();
        Shape shape = entry.getValue();
        List<Shape.Started> closed = Collections.synchronizedList(new ArrayList<>());
        JsonNode before = side.stats(false);
        List<Double> heapSamples = Collections.synchronizedList(new ArrayList<>());
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(() -> heapSamples.add(side.stats(false).get("heapUsed").asDouble() / 1e6),
            1, 1, TimeUnit.SECONDS);
        Load.Result result = Load.run(threads, seconds, journeys, () -> closed.add(new Driver(side, shape).journey()));
        sampler.shutdownNow();
        JsonNode after = side.stats(false);
        long ran = after.get("statements").asLong() - before.get("statements").asLong();
        Map<String, Long> sideKinds = kinds.computeIfAbsent(side, s -> new HashMap<>());
        after.get("byKind").fields().forEachRemaining(kind -> sideKinds.merge(kind.getKey(),
            kind.getValue().asLong() - before.get("byKind").path(kind.getKey()).asLong(0), Long::sum));
        int unrecorded = 0;
        for (Shape.Started journey : closed) {
          try {
            shape.verify(side, journey);
          } catch (IllegalStateException missing) {
            unrecorded++;
            notes.add(side.label + ": " + missing.getMessage());
          }
        }
        done.merge(side, result.done(), Integer::sum);
        failed.merge(side, result.failed() + unrecorded, Integer::sum);
        result.errors().forEach((message, count) -> notes.add(side.label + " journey error ×" + count + ": " + message));
        double perSecond = result.perSecond();
        double perJourney = (double) ran / Math.max(1, result.done());
        double meanHeap = heapSamples.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        rate.add(side.label, perSecond);
        sql.add(side.label, perJourney);
        heap.add(side.label, meanHeap);
        say("journeys round %d %s: %s; %.0f statements/journey; heap %.0f MB; %d without their records", round,
            side.label, result, perJourney, meanHeap, unrecorded);
      }
    }
    Paired bytes = new Paired((database.isH2() ? "H2" : "PostgreSQL database") + " bytes per closed journey, KB",
        "%.0f");
    Paired live = new Paired("heap still live after a full GC, after the journeys, MB", "%.0f");
    for (Side side : shapes.keySet()) {
      side.checkpoint();
      double perJourney = (database.bytes(side.label) - sizeBefore.get(side)) / 1e3 / Math.max(1, done.get(side));
      double liveHeap = side.stats(true).get("heapUsed").asDouble() / 1e6;
      bytes.add(side.label, perJourney);
      live.add(side.label, liveHeap);
    }
    kinds.forEach((side, counts) -> {
      StringBuilder top = new StringBuilder(side.label + " SQL statements per journey by kind:");
      counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(15)
          .forEach(kind -> top.append(String.format(" %s %.1f;", kind.getKey(),
              (double) kind.getValue() / Math.max(1, done.get(side)))));
      notes.add(top.toString());
      say(top.toString());
    });
    journeyRows.add(rate.row());
    journeyRows.add("| journeys that failed or closed without their records | " + failed.values().stream()
        .map(String::valueOf).reduce((x, y) -> x + " | " + y).orElse("") + " | |");
    profile(shapes);
    for (Paired measure : List.of(sql, bytes, startup, heap, live)) {
      otherRows.add(measure.row());
    }
  }

  /** Where the time goes: thread samples of each side's request and job threads under the journey load. */
  private void profile(Map<Side, Shape> shapes) throws Exception {
    for (Map.Entry<Side, Shape> entry : shapes.entrySet()) {
      Side side = entry.getKey();
      side.startProfile();
      Load.Result result = Load.run(threads, Math.min(seconds, 20), 0,
          () -> new Driver(side, entry.getValue()).journey());
      JsonNode samples = side.stopProfile();
      long total = samples.get("samples").asLong();
      StringBuilder shares = new StringBuilder(side.label + " busy-thread samples (" + total + ", "
          + String.format("%.2f", result.perSecond()) + " journeys/s while sampled):");
      samples.fields().forEachRemaining(layer -> {
        if (!layer.getKey().equals("samples")) {
          shares.append(String.format(" %s %.0f %%;", layer.getKey(), 100.0 * layer.getValue().asLong() / total));
        }
      });
      notes.add(shares.toString());
      say(shares.toString());
    }
  }

  private void queues(Map<Side, Shape> shapes, Side a, Shape shapeA, Side b, Shape shapeB) throws Exception {
    Paired intake = new Paired("intake: `POST /api/contacts` vs a bare process start, per second", "%.1f");
    Paired intakeP95 = new Paired("intake p95, ms", "%.0f");
    Map<Side, String> filters = Map.of(a, shapeA.teamFilter(a), b, shapeB.teamFilter(b));
    Map<Side, Integer> seeded = new ConcurrentHashMap<>();
    int current = 0;
    List<String> latencyRows = new ArrayList<>();
    Map<String, Paired[]> lastLevel = new LinkedHashMap<>();
    for (int level : levels) {
      int need = level - current;
      for (int half : new int[] {need / 2, need - need / 2}) {
        for (Map.Entry<Side, Shape> entry : shapes.entrySet()) {
          Side side = entry.getKey();
          if (half == 0) {
            continue;
          }
          Load.Result result = Load.run(threads, 0, half, () -> entry.getValue().start(side));
          seeded.merge(side, result.done(), Integer::sum);
          result.errors().forEach((message, count) -> notes.add(side.label + " intake error ×" + count + ": " + message));
          intake.add(side.label, result.perSecond());
          intakeP95.add(side.label, result.millis(95));
          say("intake %s: %s", side.label, result);
        }
      }
      current = level;
      for (Side side : shapes.keySet()) {
        waitForOpenTasks(side, seeded.get(side));
      }
      Map<String, Paired[]> measured = measureQueries(level, shapes, filters, a);
      measured.forEach((name, pair) -> latencyRows.add(Paired.latencyRow(pair[0], pair[1])));
      lastLevel = measured;
    }
    queueRows.add(intake.row());
    queueRows.add(intakeP95.row());
    queueRows.addAll(latencyRows);

    int top = levels.get(levels.size() - 1);
    a.close();
    Paired restart = new Paired("start-up of A again, existing database, authorization off, s", "%.1f");
    restart.add(a.label, a.start("--camunda.bpm.authorization.enabled=false"));
    otherRows.add(restart.row());
    waitForOpenTasks(a, seeded.get(a));
    Map<String, Paired[]> off = measureQueries(top, Map.of(a, shapeA), filters, a);
    Map<String, Paired[]> withAuthorization = lastLevel;
    off.forEach((name, pair) -> {
      Paired[] withB = withAuthorization.get(name);
      queueRows.add(Paired.latencyRow(pair[0].withB(pair[0].measure + ", A with authorization off", withB[0]),
          pair[1].withB("", withB[1])));
    });
  }

  private Map<String, Paired[]> measureQueries(int level, Map<Side, Shape> shapes, Map<Side, String> filters, Side a)
      throws Exception {
    Map<String, Paired[]> measured = new LinkedHashMap<>();
    String at = String.format(" at %,d open", level);
    measured.put("queue", new Paired[] {new Paired("practitioners' queue p50 / p95" + at + ", ms", "%.0f"),
        new Paired("", "%.0f")});
    measured.put("list", new Paired[] {new Paired("Tasklist \"My team's tasks\" list p50 / p95" + at + ", ms", "%.0f"),
        new Paired("", "%.0f")});
    measured.put("count", new Paired[] {new Paired("Tasklist \"My team's tasks\" count p50 / p95" + at + ", ms",
        "%.0f"), new Paired("", "%.0f")});
    for (int round = 1; round <= rounds; round++) {
      for (Map.Entry<Side, Shape> entry : shapes.entrySet()) {
        Side side = entry.getKey();
        var practitioner = side.as(entry.getValue().practitioner());
        String filter = "/engine-rest/filter/" + filters.get(side);
        Map<String, String> paths = Map.of("queue", QUEUE, "list", filter + "/list?firstResult=0&maxResults=50",
            "count", filter + "/count");
        for (Map.Entry<String, Paired[]> query : measured.entrySet()) {
          String path = paths.get(query.getKey());
          Load.Result result = Load.run(threads, 0, threads * queries, () -> Replies.ok(practitioner.get(path)));
          result.errors().forEach((message, count) -> notes.add(side.label + " " + query.getKey() + " error ×" + count
              + ": " + message));
          Paired[] pair = query.getValue();
          pair[0].add(side.label, result.millis(50));
          pair[1].add(side.label, result.millis(95));
          say("%s %s%s round %d: %s", query.getKey(), side.label, at, round, result);
        }
      }
    }
    return measured;
  }

  /** Front Door's journeys reach the practitioners' queue after an asynchronous history check. */
  private static void waitForOpenTasks(Side side, int expected) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(30);
    long open = 0;
    while (System.nanoTime() < deadline) {
      open = Replies.ok(side.admin().get(OPEN)).json().get("count").asLong();
      if (open >= expected) {
        return;
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException(side.label + " has " + open + " open practitioners' tasks, not " + expected);
  }

  private void report(String db, String xmx) throws Exception {
    StringBuilder report = new StringBuilder();
    report.append(String.format("Side-by-side benchmark, %s, %s; %d rounds of %.0f s per side, %d client threads, "
        + "-Xmx%s per side, on %d processors%n%n", db,
        LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")), rounds, seconds, threads, xmx,
        Runtime.getRuntime().availableProcessors()));
    if (!"postgres".equals(db)) {
      report.append(options.containsKey("durable-bare")
          ? "Both sides' commits reach the H2 file before they answer (`--durable-bare`).\n\n"
          : "A's commits reach the H2 file before it answers; B's within 500 ms after (H2's default).\n\n");
    }
    report.append("| measure | A: Front Door | B: bare engine | A/B (min–max over rounds) |\n| --- | --- | --- | --- |\n");
    Stream.of(journeyRows, queueRows, otherRows).flatMap(List::stream).forEach(row -> report.append(row).append('\n'));
    report.append('\n');
    notes.forEach(note -> report.append("- ").append(note).append('\n'));
    Path file = OUT.resolve(db).resolve("report.md");
    Files.writeString(file, report);
    System.out.println();
    System.out.println(report);
    System.out.println("(also in " + file + ")");
  }

  private static void say(String format, Object... values) {
    System.out.println(LocalDateTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")) + " "
        + (values.length == 0 ? format : String.format(format, values)));
  }

  private static void clean(Path directory) throws Exception {
    if (Files.exists(directory)) {
      try (Stream<Path> files = Files.walk(directory)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    Files.createDirectories(directory);
  }
}
