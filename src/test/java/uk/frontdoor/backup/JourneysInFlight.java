package uk.frontdoor.backup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import uk.frontdoor.support.Contacts;
import uk.frontdoor.support.Http.Reply;
import uk.frontdoor.support.InProcessApp;
import uk.frontdoor.support.Jobs;

/**
 * What a backup must keep: one journey waiting for its history check (a job), another for a
 * person's screening, the deployments, and the reference sequence.
 */
final class JourneysInFlight {

  private final JsonNode waiting;
  private final JsonNode screening;
  private final long deployments;

  private JourneysInFlight(JsonNode waiting, JsonNode screening, long deployments) {
    this.waiting = waiting;
    this.screening = screening;
    this.deployments = deployments;
  }

  static JourneysInFlight start(InProcessApp node) {
    JsonNode waiting = recordContact(node);
    JsonNode screening = recordContact(node);
    Jobs.runDue(node.bean(ManagementService.class), screening.get("processInstanceId").asText());
    return new JourneysInFlight(waiting, screening, node.bean(RepositoryService.class).createDeploymentQuery().count());
  }

  /** The restored node has both contacts as they were and carries on each journey where it stopped. */
  void assertCarriedOnBy(InProcessApp restored) {
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

  private static JsonNode recordContact(InProcessApp node) {
    Reply created = node.as("practitioner").post("/api/contacts", Contacts.valid(), Map.of());
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json();
  }
}
