package uk.frontdoor.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.frontdoor.support.AcknowledgedWork;
import uk.frontdoor.support.Contacts;
import uk.frontdoor.support.Http.Reply;
import uk.frontdoor.support.InProcessApp;
import uk.frontdoor.support.ServiceProcess;

/**
 * On PostgreSQL: a completion answered 204 survives a kill -9 of the service right after the
 * answer; and with the database stopped, the service answers 503 with Retry-After on both its
 * API and Camunda REST, rather than 500.
 */
@Tag(InProcessApp.OWN_JVM)
class KillNineOnPostgresTest {

  private final Path folder = Paths.get("target", "kill-nine-test", UUID.randomUUID().toString()).toAbsolutePath();

  @Test
  void aCompletionAnswered204SurvivesAKillNineAndAnOutageAnswers503() throws Exception {
    EmbeddedPostgres postgres = RootSafePostgres.start();
    try {
      try (Connection admin = postgres.getPostgresDatabase().getConnection(); Statement sql = admin.createStatement()) {
        sql.execute("create role frontdoor login password 'frontdoor-test'");
        sql.execute("create database frontdoor owner frontdoor");
      }
      Map<String, String> settings = Map.of(
          "FRONTDOOR_DB_URL", "jdbc:postgresql://localhost:" + postgres.getPort() + "/frontdoor",
          "FRONTDOOR_DB_USER", "frontdoor",
          "FRONTDOOR_DB_PASSWORD", "frontdoor-test",
          "frontdoor.security.seed-local-users", "true",
          // an outage is reported after 3 s of trying, not Hikari's default 30 s
          "spring.datasource.hikari.connection-timeout", "3000");
      AcknowledgedWork.Completion completion;
      try (ServiceProcess service = ServiceProcess.start(folder, settings, "postgres")) {
        completion = AcknowledgedWork.screeningCompleted(service);
        service.kill();
      }
      try (ServiceProcess restarted = ServiceProcess.start(folder, settings, "postgres")) {
        AcknowledgedWork.assertStillCompleted(restarted, completion);

        postgres.close();
        postgres = null;
        Reply contact = restarted.as("practitioner").post("/api/contacts", Contacts.valid(), Map.of());
        Reply tasks = restarted.as("practitioner").get("/engine-rest/task");
        for (Reply outage : new Reply[] {contact, tasks}) {
          assertThat(outage.status()).as(outage.toString()).isEqualTo(503);
          assertThat(outage.headers().getFirst("Retry-After")).isEqualTo("30");
          assertThat(outage.body()).contains("cannot reach its database");
        }
      }
    } finally {
      if (postgres != null) {
        postgres.close();
      }
    }
  }
}
