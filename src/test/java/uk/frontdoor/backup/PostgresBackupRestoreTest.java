package uk.frontdoor.backup;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.frontdoor.postgres.RootSafePostgres;
import uk.frontdoor.support.InProcessApp;

/**
 * The README's backup and restore on PostgreSQL, done as written: {@code pg_dump -Fc} while the
 * service runs with journeys in flight, {@code pg_restore --no-owner} into an empty database owned
 * by the service's user, and a fresh node on it that carries on every journey where it stopped.
 * Uses the machine's {@code pg_dump} (Debian's postgresql-client, which {@code .ci/run} installs),
 * of the same major version as the test server.
 */
@Tag(InProcessApp.OWN_JVM)
class PostgresBackupRestoreTest {

  private static final String USER = "frontdoor";
  private static final String PASSWORD = "backup-test";

  private final Path folder = Paths.get("target", "pg-backup-test", UUID.randomUUID().toString()).toAbsolutePath();

  @Test
  void aDumpTakenWhileTheServiceRunsRestoresIntoAFreshDatabaseThatCarriesOnEveryJourney() throws Exception {
    Files.createDirectories(folder);
    try (EmbeddedPostgres postgres = RootSafePostgres.start()) {
      try (Connection admin = postgres.getPostgresDatabase().getConnection(); Statement sql = admin.createStatement()) {
        sql.execute("create role " + USER + " login password '" + PASSWORD + "'");
        sql.execute("create database frontdoor owner " + USER);
        sql.execute("create database restored owner " + USER);
        assertThat(majorVersion(sql)).as("pg_dump must be of the server's major version or newer")
            .isLessThanOrEqualTo(pgDumpMajorVersion());
      }
      Path dump = folder.resolve("front-door.dump");
      JourneysInFlight journeys;
      try (InProcessApp node = start(postgres, "frontdoor")) {
        journeys = JourneysInFlight.start(node);
        run(List.of("pg_dump", "-Fc", "-h", "localhost", "-p", String.valueOf(postgres.getPort()), "-U", USER,
            "-f", dump.toString(), "frontdoor"));
      }
      assertThat(dump).isNotEmptyFile();
      run(List.of("pg_restore", "-h", "localhost", "-p", String.valueOf(postgres.getPort()), "-U", USER,
          "-d", "restored", "--no-owner", dump.toString()));

      try (InProcessApp restored = start(postgres, "restored")) {
        journeys.assertCarriedOnBy(restored);
      }
    }
  }

  private static InProcessApp start(EmbeddedPostgres postgres, String database) {
    return InProcessApp.start(Map.of(
        "FRONTDOOR_DB_URL", "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database,
        "FRONTDOOR_DB_USER", USER,
        "FRONTDOOR_DB_PASSWORD", PASSWORD,
        "FRONTDOOR_ADMIN_PASSWORD", "backup-test-admin",
        "frontdoor.security.seed-local-users", "true"), "postgres");
  }

  private static int majorVersion(Statement sql) throws Exception {
    try (ResultSet version = sql.executeQuery("show server_version_num")) {
      version.next();
      return Integer.parseInt(version.getString(1)) / 10000;
    }
  }

  /** "pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)" → 15. */
  private int pgDumpMajorVersion() throws Exception {
    String out = run(List.of("pg_dump", "--version"));
    return Integer.parseInt(out.replaceAll("^\\D*(\\d+).*$", "$1").trim());
  }

  private String run(List<String> command) throws Exception {
    Path log = folder.resolve(command.get(0) + ".log");
    Process process;
    try {
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
      builder.environment().put("PGPASSWORD", PASSWORD);
      process = builder.start();
    } catch (IOException missing) {
      throw new AssertionError(command.get(0) + " is needed: install Debian's postgresql-client (.ci/run does)",
          missing);
    }
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).as(String.join(" ", command) + " ends").isTrue();
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(String.join(" ", command) + ": " + output).isZero();
    return output;
  }
}
