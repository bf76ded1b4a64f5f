package uk.frontdoor.cluster;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import uk.frontdoor.FrontDoorApplication;
import uk.frontdoor.support.Http;

/**
 * One node of the cluster: the service in a JVM of its own, started as a server would start the
 * jar (the test's classpath, the {@code postgres} profile, the job executor on), so that it can
 * be killed with {@code kill -9} like a real one. Its output goes to {@code target/cluster/}.
 */
final class ClusterNode implements AutoCloseable {

  private final String name;
  private final int port;
  private final Process process;
  private final Path log;

  private ClusterNode(String name, int port, Process process, Path log) {
    this.name = name;
    this.port = port;
    this.process = process;
    this.log = log;
  }

  /** Starts the node and returns at once: {@link #awaitUp} waits for it. */
  static ClusterNode start(String name, Map<String, String> environment, Path logs) throws IOException {
    int port = freePort();
    Files.createDirectories(logs);
    Path log = logs.resolve(name + ".log");
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
        "-cp", System.getProperty("java.class.path"),
        FrontDoorApplication.class.getName(),
        "--spring.profiles.active=postgres",
        "--server.port=" + port,
        "--camunda.bpm.job-execution.enabled=true",
        "--frontdoor.security.seed-local-users=true",
        "--frontdoor.data-dir=" + logs.resolve(name + "-data")));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().putAll(environment);
    return new ClusterNode(name, port, builder.start(), log);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** Waits until the node answers its health check, or fails with the end of its log. */
  ClusterNode awaitUp(Duration within) throws InterruptedException {
    Instant deadline = Instant.now().plus(within);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new AssertionError(name + " stopped while starting (exit " + process.exitValue() + "):\n" + logTail());
      }
      try {
        if (Http.anonymous(port).get("/actuator/health").status() == 200) {
          return this;
        }
      } catch (RuntimeException notListeningYet) {
        // the port opens late in the start-up
      }
      Thread.sleep(250);
    }
    throw new AssertionError(name + " did not come up within " + within + ":\n" + logTail());
  }

  Http as(String user) {
    return Http.as(port, user);
  }

  String name() {
    return name;
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** {@code kill -9}: no shutdown hook, no transaction finished, no lock given back. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      throw new AssertionError(name + " is still running after kill -9");
    }
  }

  /** The last lines the node wrote, to show why it failed. */
  String logTail() {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  /** How often the node's log says this: to show what it did, e.g. that it waited for the other. */
  long logged(String text) throws IOException {
    return Files.readAllLines(log, StandardCharsets.UTF_8).stream().filter(line -> line.contains(text)).count();
  }

  @Override
  public void close() throws InterruptedException {
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      kill();
    }
  }

  @Override
  public String toString() {
    return name + " on port " + port;
  }
}
