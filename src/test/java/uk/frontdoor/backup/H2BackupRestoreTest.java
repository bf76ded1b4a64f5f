package uk.frontdoor.backup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.h2.tools.Backup;
import org.h2.tools.Restore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.frontdoor.support.Contacts;
import uk.frontdoor.support.Http.Reply;
import uk.frontdoor.support.InProcessApp;
import uk.frontdoor.support.Jobs;

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
    JsonNode waiting;
    JsonNode screening;
    long deployments;
    try (InProcessApp node = start("data")) {
      // one journey waits for its history check (a job), another for a person's screening
      waiting = recordContact(node);
      screening = recordContact(node);
      Jobs.runDue(node.bean(ManagementService.class), screening.get("processInstanceId").asText());
      deployments = node.bean(RepositoryService.class).createDeploymentQuery().count();
    }

    Path backup = folder.resolve("front-door-backup.zip");
    backup(folder.resolve("data"), backup);
    restore(backup, folder.resolve("restored"));

    try (InProcessApp restored = start("restored")) {
      for (JsonNode contact : new JsonNode[] {waiting, screening}) {
        Reply read = restored.as("practitioner").get("/api/contacts/" + contact.get("contactId").asText());
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.json()).isEqualTo(contact);
      }
      TaskService tasks = restored.bean(TaskService.class);
      String waitingJourney = waiting.get("processInstanceId").asText();
      assertThat(tasks.createTaskQuery().processInstanceId(waitingJourney).count()).isZero();
      Jobs.runDue(restored.bean(ManagementService.class), waitingJourney);
      for (JsonNode contact : new JsonNode[] {waiting, screening}) {
        assertThat(tasks.createTaskQuery().processInstanceId(contact.get("processInstanceId").asText())
            .taskDefinitionKey("Task_ScreenContact").count()).isEqualTo(1);
      }
      assertThat(restored.bean(RepositoryService.class).createDeploymentQuery().count()).isEqualTo(deployments);
      // the reference sequence came back too: a new contact gets a reference of its own
      JsonNode next = recordContact(restored);
      assertThat(next.get("reference").asText()).isNotIn(waiting.get("reference").asText(),
          screening.get("reference").asText());
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

  private static JsonNode recordContact(InProcessApp node) {
    Reply created = node.as("practitioner").post("/api/contacts", Contacts.valid(), Map.of());
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json();
  }
}
