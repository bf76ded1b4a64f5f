package uk.frontdoor.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import uk.frontdoor.support.Http;

/**
 * One side of the benchmark: its application in a JVM of its own ({@link SideLauncher}, the same
 * test classpath as this one), on a free port, reached over real HTTP as its users.
 */
final class Side implements AutoCloseable {

  /** Front Door's seeded administrator (application.yml's default password). */
  private static final String ADMIN = "admin";

  final String label;
  private final String application;
  private final boolean authenticated;
  private final List<String> settings;
  private final String maxHeap;
  private final Path log;
  private final Map<String, Http> callers = new ConcurrentHashMap<>();
  private Process process;
  private int port;

  Side(String label, String application, boolean authenticated, List<String> settings, String maxHeap, Path log) {
    this.label = label;
    this.application = application;
    this.authenticated = authenticated;
    this.settings = settings;
    this.maxHeap = maxHeap;
    this.log = log;
  }

  /** Starts the JVM and returns the seconds until the engine's REST API first answered 200. */
  double start(String... extraSettings) throws IOException, InterruptedException {
    port = freePort();
    callers.clear();
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx" + maxHeap, "-cp", System.getProperty("java.class.path"), SideLauncher.class.getName(), application,
        "--server.port=" + port, "--logging.level.root=WARN"));
    command.addAll(settings);
    command.addAll(List.of(extraSettings));
    Files.createDirectories(log.getParent());
    long started = System.nanoTime();
    process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(
        log.toFile())).start();
    long deadline = started + TimeUnit.MINUTES.toNanos(15);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(label + " stopped while starting (exit " + process.exitValue() + "): see " + log);
      }
      try {
        if (admin().get("/engine-rest/engine").status() == 200) {
          return (System.nanoTime() - started) / 1e9;
        }
      } catch (RuntimeException notYetListening) {
        // the port opens late in the start-up
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException(label + " did not answer within 15 minutes: see " + log);
  }

  /** As the seeded user (whose password is their id); the bare engine asks nobody who they are. */
  Http as(String user) {
    return callers.computeIfAbsent(user, u -> authenticated
        ? Http.as(port, u, ADMIN.equals(u) ? ADMIN : u) : Http.anonymous(port));
  }

  /** Who sees every task: lists a journey's open tasks and their candidate groups. */
  Http admin() {
    return as(ADMIN);
  }

  JsonNode stats(boolean afterGc) {
    return Replies.ok(admin().get("/benchmark/stats" + (afterGc ? "?gc=true" : ""))).json();
  }

  void checkpoint() {
    Replies.ok(admin().post("/benchmark/checkpoint", "{}"));
  }

  void startProfile() {
    Replies.ok(admin().post("/benchmark/profile/start", "{}"));
  }

  JsonNode stopProfile() {
    return Replies.ok(admin().post("/benchmark/profile/stop", "{}")).json();
  }

  @Override
  public void close() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
