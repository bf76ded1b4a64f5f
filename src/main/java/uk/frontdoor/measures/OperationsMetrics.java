package uk.frontdoor.measures;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.sql.Timestamp;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.metrics.Meter;
import org.camunda.bpm.engine.management.Metrics;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Operations metrics for Prometheus: open tasks per queue (candidate group), overdue tasks, open
 * incidents and contacts received; and the engine's own: what Camunda counted on this node (jobs
 * acquired, executed and failed, activity instances, decisions), jobs by type and state and
 * incidents by type. The gauges read values a scheduled query refreshes every minute, so a scrape
 * never queries the database. Camunda's gauges carry the node's host name: in a cluster each node
 * reports its own counts, and the same job and incident counts of the shared database.
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
  /** Camunda's counts by gauge name, then by tags: Prometheus wants one set of tag names per gauge. */
  private volatile Map<String, Map<Tags, Long>> engine = Map.of();
  private final Map<String, MultiGauge> engineGauges = new LinkedHashMap<>();
  private final ManagementService managementService;
  private final ProcessEngineConfigurationImpl configuration;

  OperationsMetrics(TaskService taskService, RuntimeService runtimeService, IdentityService identityService,
      JdbcClient jdbc, Clock clock, ProcessEngine processEngine) {
    this.managementService = processEngine.getManagementService();
    this.configuration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  static final String EVENTS = "camunda.engine.events";
  static final String JOBS = "camunda.jobs";
  static final String INCIDENTS = "camunda.incidents";

  /** The events Camunda counts that tell how the engine is doing. */
  static final List<String> ENGINE_EVENTS = List.of(Metrics.JOB_ACQUISITION_ATTEMPT, Metrics.JOB_ACQUIRED_SUCCESS,
      Metrics.JOB_ACQUIRED_FAILURE, Metrics.JOB_EXECUTION_REJECTED, Metrics.JOB_SUCCESSFUL, Metrics.JOB_FAILED,
      Metrics.JOB_LOCKED_EXCLUSIVE, Metrics.ACTIVTY_INSTANCE_START, Metrics.ACTIVTY_INSTANCE_END,
      Metrics.ROOT_PROCESS_INSTANCE_START, Metrics.EXECUTED_DECISION_INSTANCES);

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
    engineGauges.put(EVENTS, MultiGauge.builder(EVENTS)
        .description("Engine events this node counted since the database was created").register(registry));
    engineGauges.put(JOBS, MultiGauge.builder(JOBS)
        .description("Jobs in the shared database by type and state: due, waiting, locked, retrying, failed")
        .register(registry));
    engineGauges.put(INCIDENTS, MultiGauge.builder(INCIDENTS)
        .description("Open incidents in the shared database by type").register(registry));
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
    engine = engineCounts();
    publishQueues();
  }

  private Map<String, Map<Tags, Long>> engineCounts() {
    String node = configuration.getHostname();
    Map<Tags, Long> events = new LinkedHashMap<>();
    Map<Tags, Long> jobs = new LinkedHashMap<>();
    Map<Tags, Long> incidents = new LinkedHashMap<>();
    for (String event : ENGINE_EVENTS) {
      // written to the database every few minutes; what this node counted since is still in memory
      Meter unwritten = configuration.getMetricsRegistry().getDbMeterByName(event);
      long counted = managementService.createMetricsQuery().name(event).reporter(node).sum()
          + (unwritten == null ? 0 : unwritten.get());
      events.put(Tags.of("node", node, "event", event), counted);
    }
    Timestamp now = Timestamp.from(clock.instant());
    jdbc.sql("""
        select job_type, job_state, count(*) as jobs from (
          select handler_type_ as job_type,
                 case when retries_ = 0 then 'failed'
                      when lock_exp_time_ > :now then 'locked'
                      when exception_msg_ is not null then 'retrying'
                      when duedate_ > :now then 'waiting'
                      else 'due' end as job_state
          from act_ru_job) jobs
        group by job_type, job_state""")
        .param("now", now)
        .query((row, i) -> Map.entry(Tags.of("node", node, "type", row.getString("job_type"),
            "state", row.getString("job_state")), row.getLong("jobs")))
        .list().forEach(entry -> jobs.put(entry.getKey(), entry.getValue()));
    jdbc.sql("select incident_type_ as incident_type, count(*) as incidents from act_ru_incident "
            + "group by incident_type_")
        .query((row, i) -> Map.entry(Tags.of("node", node, "type", row.getString("incident_type")),
            row.getLong("incidents")))
        .list().forEach(entry -> incidents.put(entry.getKey(), entry.getValue()));
    return Map.of(EVENTS, events, JOBS, jobs, INCIDENTS, incidents);
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
    engine.forEach((name, counts) -> engineGauges.get(name).register(counts.entrySet().stream()
        .<MultiGauge.Row<?>>map(e -> MultiGauge.Row.of(e.getKey(), e.getValue())).toList(), true));
  }
}
