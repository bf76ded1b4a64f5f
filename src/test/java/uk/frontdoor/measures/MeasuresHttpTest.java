package uk.frontdoor.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.frontdoor.support.Contacts;
import uk.frontdoor.support.Http.Reply;
import uk.frontdoor.support.HttpTest;

/** Who may see the measures, the CSV and page, and the Prometheus gauges, ours and the engine's. */
class MeasuresHttpTest extends HttpTest {

  @Autowired
  OperationsMetrics metrics;

  @Autowired
  ProcessEngine processEngine;

  @Test
  void onlyManagersServiceLeadsAuditorsAndAdministratorsSeeTheMeasures() {
    assertThat(anonymous().get("/api/measures").status()).isEqualTo(401);
    assertThat(as("practitioner").get("/api/measures").status()).isEqualTo(403);
    assertThat(as("practitioner").get("/measures").status()).isEqualTo(403);
    assertThat(anonymous().get("/measures").status()).isEqualTo(401);

    Reply json = as("manager").get("/api/measures?from=2003-01-01&to=2003-01-31");
    assertThat(json.status()).isEqualTo(200);
    assertThat(json.json().path("period").path("from").asText()).isEqualTo("2003-01-01");
    assertThat(json.json().has("decisions")).isTrue();
    assertThat(as("auditor").get("/api/measures").status()).isEqualTo(200);
    assertThat(as("manager").get("/api/measures?from=2003-02-01&to=2003-01-01").status()).isEqualTo(400);

    Reply csv = as("servicelead").get("/api/measures/outcomes.csv?from=2003-01-01&to=2003-01-31");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.headers().getContentType().toString()).startsWith("text/csv");
    assertThat(csv.body()).startsWith("outcome,children\r\n");
    assertThat(as("servicelead").get("/api/measures/nothing.csv").status()).isEqualTo(404);

    Reply page = as("servicelead").get("/measures");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("How the front door is doing").contains("Brief Intervention Team")
        .doesNotContain("MASH").doesNotContain("RAG");
  }

  @Test
  void prometheusShowsTheOperationsGaugesRefreshedBySchedule() {
    metrics.refresh();
    long contacts = jdbc.sql("select count(*) from contact").query(Long.class).single();

    Reply scrape = as("admin").get("/actuator/prometheus");

    assertThat(scrape.status()).isEqualTo(200);
    assertThat(scrape.body()).contains("frontdoor_tasks_overdue ").contains("frontdoor_incidents_open ")
        .contains("frontdoor_tasks_open{queue=\"crs-practitioners\"}")
        .contains("frontdoor_tasks_open{queue=\"auditors\"}")
        .containsPattern("frontdoor_contacts_received " + contacts + "(\\.0)?\\n");
  }

  @Test
  void prometheusShowsTheEnginesCountsOfThisNodeAndItsJobsByTypeAndState() {
    String node = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration()).getHostname();
    metrics.refresh();
    double before = gauge(as("admin").get("/actuator/prometheus").body(), "camunda_engine_events",
        "event=\"activity-instance-start\",node=\"" + node + "\"");

    Reply created = as("practitioner").post("/api/contacts", Contacts.valid(), java.util.Map.of());
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    metrics.refresh();

    String scrape = as("admin").get("/actuator/prometheus").body();
    // the journey's start event and the steps up to its first wait counted, written to the database or not yet
    assertThat(gauge(scrape, "camunda_engine_events", "event=\"activity-instance-start\",node=\"" + node + "\""))
        .isGreaterThan(before);
    assertThat(scrape).contains("camunda_engine_events{event=\"job-acquired-success\",node=\"" + node + "\"}");
    // the history check waits as a job: the job executor is off in tests
    assertThat(gauge(scrape, "camunda_jobs", "node=\"" + node + "\",state=\"due\",type=\"async-continuation\""))
        .isGreaterThanOrEqualTo(1);
  }

  private static double gauge(String scrape, String name, String labels) {
    Matcher line = Pattern.compile(name + "\\{" + Pattern.quote(labels) + "} (\\S+)").matcher(scrape);
    assertThat(line.find()).as(labels + " in\n" + scrape).isTrue();
    return Double.parseDouble(line.group(1));
  }
}
