package uk.frontdoor.measures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.frontdoor.support.Http.Reply;
import uk.frontdoor.support.HttpTest;

/** Who may see the measures, the CSV and page, and the Prometheus gauges. */
class MeasuresHttpTest extends HttpTest {

  @Autowired
  OperationsMetrics metrics;

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
}
