package uk.frontdoor.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.h2.tools.Backup;
import org.h2.tools.Restore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.frontdoor.support.InProcessApp;

/**
 * The README's backup and restore of the embedded database, done as written: the service stopped
 * with journeys in flight, H2's Backup tool, its Restore tool into a fresh folder, and a fresh node
 * started there that carries on every journey where it stopped.
 */
@Tag(InProcessApp.OWN_JVM)
class H2BackupRestoreTest {

  private static final String DATABASE = "front-door";

  private final Path folder = Paths.get("target", "backup-test", UUID.randomUUID().toString()).toAbsolutePath();

  @Test
  void aRestoredCopyCarriesOnEveryJourneyWhereItStopped() throws Exception {
    JourneysInFlight journeys;
    try (InProcessApp node = start("data")) {
      journeys = JourneysInFlight.start(node);
    }

    Path backup = folder.resolve("front-door-backup.zip");
    backup(folder.resolve("data"), backup);
    restore(backup, folder.resolve("restored"));

    try (InProcessApp restored = start("restored")) {
      journeys.assertCarriedOnBy(restored);
    }
  }

  /** README, "Backup and restore": with the service stopped. */
  private static void backup(Path dataDir, Path zip) throws SQLException {
    new Backup().runTool("-file", zip.toString(), "-dir", dataDir.toString(), "-db", DATABASE, "-quiet");
    assertThat(zip).isNotEmptyFile();
  }

  private static void restore(Path zip, Path dataDir) throws Exception {
    Files.createDirectories(dataDir);
    new Restore().runTool("-file", zip.toString(), "-dir", dataDir.toString(), "-db", DATABASE, "-quiet");
    assertThat(dataDir.resolve(DATABASE + ".mv.db")).isNotEmptyFile();
  }

  private InProcessApp start(String dataDir) {
    return InProcessApp.start(Map.of("frontdoor.data-dir", folder.resolve(dataDir).toString()));
  }
}
