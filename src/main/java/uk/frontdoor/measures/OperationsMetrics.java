package uk.frontdoor.measures;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Operations metrics for Prometheus: open tasks per queue (candidate group), overdue tasks, open
 * incidents and contacts received. The gauges read values a scheduled query refreshes every
 * minute, so a scrape never queries the database.
 */
@Configuration
@EnableScheduling
class OperationsMetrics implements MeterBinder {

  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final JdbcClient jdbc;
  private final Clock clock;

  private final AtomicLong overdue = new AtomicLong();
  private final AtomicLong incidents = new AtomicLong();
  private final AtomicLong contacts = new AtomicLong();
  private volatile Map<String, Long> openByQueue = Map.of();
  private volatile MultiGauge queues;

  OperationsMetrics(TaskService taskService, RuntimeService runtimeService, IdentityService identityService,
      JdbcClient jdbc, Clock clock) {
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    Gauge.builder("frontdoor.tasks.overdue", overdue, AtomicLong::get)
        .description("Open tasks past their due time").register(registry);
    Gauge.builder("frontdoor.incidents.open", incidents, AtomicLong::get)
        .description("Open incidents: failed automatic steps waiting for someone").register(registry);
    Gauge.builder("frontdoor.contacts.received", contacts, AtomicLong::get)
        .description("Contacts received since the service started recording").register(registry);
    queues = MultiGauge.builder("frontdoor.tasks.open")
        .description("Open tasks waiting in each queue (candidate group), claimed or not").register(registry);
    publishQueues();
  }

  /** Runs once a minute (frontdoor.metrics.refresh-ms), never on a scrape. */
  @Scheduled(fixedDelayString = "${frontdoor.metrics.refresh-ms:60000}", initialDelayString = "${frontdoor.metrics.first-refresh-ms:5000}")
  void refresh() {
    Map<String, Long> open = new TreeMap<>();
    for (Group group : identityService.createGroupQuery().list()) {
      open.put(group.getId(), taskService.createTaskQuery().taskCandidateGroup(group.getId())
          .includeAssignedTasks().count());
    }
    openByQueue = open;
    overdue.set(taskService.createTaskQuery().dueBefore(Date.from(clock.instant())).count());
    incidents.set(runtimeService.createIncidentQuery().count());
    contacts.set(jdbc.sql("select count(*) from contact").query(Long.class).single());
    publishQueues();
  }

  private void publishQueues() {
    MultiGauge gauge = queues;
    if (gauge == null) {
      return;
    }
    List<MultiGauge.Row<?>> rows = openByQueue.entrySet().stream()
        .<MultiGauge.Row<?>>map(e -> MultiGauge.Row.of(Tags.of("queue", e.getKey()), e.getValue()))
        .toList();
    gauge.register(rows, true);
  }
}
