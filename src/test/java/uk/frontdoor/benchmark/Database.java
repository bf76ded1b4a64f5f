package uk.frontdoor.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import uk.frontdoor.postgres.RootSafePostgres;

/**
 * Where each side keeps its data: its own H2 file, or its own database in one embedded PostgreSQL;
 * and how big that has grown.
 */
abstract class Database implements AutoCloseable {

  /** Instead of Front Door's application.yml. */
  private static final String BARE_SETTINGS = "--spring.config.location=classpath:benchmark/bare.yml";

  abstract List<String> frontDoor();

  abstract List<String> bare();

  /** Bytes of side A's or B's database. */
  abstract long bytes(String side);

  abstract boolean isH2();

  /**
   * Each side on an H2 file of its own. Front Door's commits reach the file before it answers
   * (WRITE_DELAY=0, its default); the bare engine keeps H2's default (written within 500 ms)
   * unless {@code durableBare}, so one run with and one without gives what durability costs.
   */
  static Database h2(Path directory, boolean durableBare) {
    Path a = directory.resolve("front-door");
    Path b = directory.resolve("bare");
    return new Database() {
      @Override
      List<String> frontDoor() {
        return List.of("--frontdoor.data-dir=" + a);
      }

      @Override
      List<String> bare() {
        return List.of(BARE_SETTINGS, "--spring.datasource.url=jdbc:h2:file:" + b + "/bare;DB_CLOSE_ON_EXIT=FALSE"
            + (durableBare ? ";WRITE_DELAY=0" : ""));
      }

      @Override
      long bytes(String side) {
        try (Stream<Path> files = Files.walk("A".equals(side) ? a : b)) {
          return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }

      @Override
      boolean isH2() {
        return true;
      }

      @Override
      public void close() {
      }
    };
  }

  static Database postgres() throws IOException, SQLException {
    EmbeddedPostgres postgres = RootSafePostgres.start();
    String user = "benchmark";
    String password = "benchmark";
    try (Connection admin = postgres.getPostgresDatabase().getConnection(); Statement sql = admin.createStatement()) {
      sql.execute("create role " + user + " login password '" + password + "'");
      sql.execute("create database front_door owner " + user);
      sql.execute("create database bare owner " + user);
    }
    String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/";
    return new Database() {
      @Override
      List<String> frontDoor() {
        return List.of("--spring.profiles.active=postgres", "--FRONTDOOR_DB_URL=" + url + "front_door",
            "--FRONTDOOR_DB_USER=" + user, "--FRONTDOOR_DB_PASSWORD=" + password);
      }

      @Override
      List<String> bare() {
        return List.of(BARE_SETTINGS, "--spring.datasource.url=" + url + "bare", "--spring.datasource.username=" + user,
            "--spring.datasource.password=" + password);
      }

      @Override
      long bytes(String side) {
        try (Connection admin = postgres.getPostgresDatabase().getConnection(); Statement sql = admin.createStatement();
            ResultSet size = sql.executeQuery("select pg_database_size('" + ("A".equals(side) ? "front_door" : "bare")
                + "')")) {
          size.next();
          return size.getLong(1);
        } catch (SQLException e) {
          throw new IllegalStateException(e);
        }
      }

      @Override
      boolean isH2() {
        return false;
      }

      @Override
      public void close() throws IOException {
        postgres.close();
      }
    };
  }
}
