package uk.frontdoor.support;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.frontdoor.journey.ChildJourneyProcess;

/**
 * The running application over real HTTP. Every HTTP test extends this and adds no context
 * configuration of its own, so Spring starts the application once and all of them share it.
 * Engine services called here run without a Camunda authentication: they see everything.
 */
@ServiceTest
public abstract class HttpTest {

  @LocalServerPort
  protected int port;

  @Autowired
  protected JdbcClient jdbc;

  @Autowired
  protected RuntimeService runtimeService;

  @Autowired
  protected HistoryService historyService;

  @Autowired
  protected TaskService taskService;

  @Autowired
  protected RepositoryService repositoryService;

  @Autowired
  protected ManagementService managementService;

  /** Lets the journey run its automatic steps (history check, urgency) up to the first person's task. */
  protected void runJobs(String processInstanceId) {
    Jobs.runDue(managementService, processInstanceId);
  }

  protected Http as(String user) {
    return Http.as(port, user);
  }

  protected Http anonymous() {
    return Http.anonymous(port);
  }

  /** How many rows and journeys there are: to show that a refused request wrote nothing. */
  protected Counts counts() {
    return new Counts(count("contact"), count("contact_child"), count("child"), count("household"),
        historyService.createHistoricProcessInstanceQuery().processDefinitionKey(ChildJourneyProcess.KEY).count());
  }

  private long count(String table) {
    return jdbc.sql("select count(*) from " + table).query(Long.class).single();
  }

  public record Counts(long contacts, long contactChildren, long children, long households, long journeys) {
  }
}
