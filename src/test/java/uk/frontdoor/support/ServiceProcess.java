package uk.frontdoor.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The service in a {@code java} process of its own, as an operator runs it, so that a test can
 * kill it the hard way: {@link #kill()} is a SIGKILL, with no shutdown hook, no pool closed and
 * no database flushed. Its output goes to {@code service.log} beside its data.
 */
public final class ServiceProcess implements AutoCloseable {

  private static final Duration START_UP = Duration.ofMinutes(4);

  private final Process process;
  private final int port;
  private final Path log;

  private ServiceProcess(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /** Starts the service with these settings and waits until it answers. */
  public static ServiceProcess start(Path folder, Map<String, String> settings, String... profiles)
      throws IOException, InterruptedException {
    Files.createDirectories(folder);
    int port = freePort();
    List<String> command = new ArrayList<>(List.of(
        ProcessHandle.current().info().command().orElse("java"), "-Xmx768m", "-XX:TieredStopAtLevel=1",
        "-cp", System.getProperty("java.class.path"), "uk.frontdoor.FrontDoorApplication",
        "--server.port=" + port));
    if (profiles.length > 0) {
      command.add("--spring.profiles.active=" + String.join(",", profiles));
    }
    settings.forEach((key, value) -> command.add("--" + key + "=" + value));
    Path log = folder.resolve("service.log");
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    ServiceProcess service = new ServiceProcess(process, port, log);
    service.awaitAnswer();
    return service;
  }

  public int port() {
    return port;
  }

  public Http as(String user) {
    return Http.as(port, user);
  }

  /** SIGKILL: the process ends at once, as in a power cut or the kernel's out-of-memory killer. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        kill();
      }
    }
  }

  private void awaitAnswer() throws IOException, InterruptedException {
    HttpClient client = HttpClient.newHttpClient();
    Instant deadline = Instant.now().plus(START_UP);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("The service stopped while starting: see " + log);
      }
      try {
        HttpResponse<Void> health = client.send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + "/actuator/health")).build(), HttpResponse.BodyHandlers.discarding());
        if (health.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    kill();
    throw new IllegalStateException("The service did not answer within " + START_UP + ": see " + log);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
