package uk.frontdoor.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import uk.frontdoor.FrontDoorApplication;

/**
 * The real application started in this JVM, as {@code java -jar} would start it.
 *
 * <p>Settings are passed as command-line arguments: {@code SpringApplicationBuilder.properties}
 * are defaults that application.yml overrides, so they could not move the data folder or the
 * models. Camunda keeps engines in a static registry by name; a second "default" engine replaces
 * the shared test context's one and removes it again on close, so the previous one is put back.
 */
public final class InProcessApp implements AutoCloseable {

  /**
   * The JUnit tag of test classes that start the app themselves. Maven runs each in a JVM of its
   * own: Camunda's webapp filters register themselves statically, so an app started and closed
   * beside the shared test context would leave Tasklist there answering 500.
   */
  public static final String OWN_JVM = "own-jvm";

  private final ConfigurableApplicationContext context;
  private final ProcessEngine previousDefault;

  private InProcessApp(ConfigurableApplicationContext context, ProcessEngine previousDefault) {
    this.context = context;
    this.previousDefault = previousDefault;
  }

  /** Starts the app with these settings (and its port chosen freely, its job executor off). */
  public static InProcessApp start(Map<String, String> settings, String... profiles) {
    ProcessEngine previous = ProcessEngines.getProcessEngines().get(ProcessEngines.NAME_DEFAULT);
    List<String> args = new ArrayList<>();
    args.add("--server.port=0");
    args.add("--camunda.bpm.job-execution.enabled=false");
    settings.forEach((key, value) -> args.add("--" + key + "=" + value));
    try {
      ConfigurableApplicationContext context = new SpringApplicationBuilder(FrontDoorApplication.class)
          .profiles(profiles)
          .run(args.toArray(String[]::new));
      return new InProcessApp(context, previous);
    } catch (RuntimeException failed) {
      restore(previous);
      throw failed;
    }
  }

  public int port() {
    return ((WebServerApplicationContext) context).getWebServer().getPort();
  }

  public <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  public Http as(String user) {
    return Http.as(port(), user);
  }

  @Override
  public void close() {
    try {
      context.close();
    } finally {
      restore(previousDefault);
    }
  }

  private static void restore(ProcessEngine previous) {
    if (previous != null) {
      ProcessEngines.registerProcessEngine(previous);
    }
  }

  /** Every message in the chain of causes, to find what a failed start-up said. */
  public static String messages(Throwable failure) {
    StringBuilder all = new StringBuilder();
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      all.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage()).append('\n');
    }
    return all.toString();
  }
}
