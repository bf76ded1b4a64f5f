package uk.frontdoor.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import uk.frontdoor.journey.ChildJourneyProcess.Element;
import uk.frontdoor.journey.JourneyDriver;
import uk.frontdoor.support.Http.Reply;

/**
 * A completion the service acknowledged, and the check that it is still there: what a kill -9
 * right after the answer must not lose.
 */
public final class AcknowledgedWork {

  private AcknowledgedWork() {
  }

  /** A screening completed over HTTP: its journey and task. */
  public record Completion(String processInstanceId, String taskId) {
  }

  /** Records a contact, waits for its screening (the job executor runs), and completes it. */
  public static Completion screeningCompleted(ServiceProcess service) throws InterruptedException {
    Reply recorded = service.as("practitioner").post("/api/contacts", Contacts.valid(), Map.of());
    assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
    String pi = recorded.json().get("processInstanceId").asText();
    String task = awaitTask(service, pi, Element.SCREEN_CONTACT);
    Reply claimed = service.as("practitioner").post("/engine-rest/task/" + task + "/claim",
        "{\"userId\":\"practitioner\"}");
    assertThat(claimed.status()).as(claimed.toString()).isEqualTo(204);
    Reply completed = service.as("practitioner").post("/engine-rest/task/" + task + "/submit-form",
        JourneyDriver.typed(JourneyDriver.screening("mash-checks")), Map.of());
    assertThat(completed.status()).as(completed.toString()).isEqualTo(204);
    return new Completion(pi, task);
  }

  /** The screening is finished in the history and the journey has gone on to consent. */
  public static void assertStillCompleted(ServiceProcess service, Completion completion) throws InterruptedException {
    Reply finished = service.as("admin").get("/engine-rest/history/task?finished=true&taskId=" + completion.taskId());
    assertThat(finished.status()).as(finished.toString()).isEqualTo(200);
    assertThat(finished.json()).as("the acknowledged completion, after the kill").hasSize(1);
    awaitTask(service, completion.processInstanceId(), Element.RECORD_CONSENT);
  }

  private static String awaitTask(ServiceProcess service, String pi, String element) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    while (Instant.now().isBefore(deadline)) {
      Reply tasks = service.as("admin").get("/engine-rest/task?processInstanceId=" + pi + "&taskDefinitionKey=" + element);
      assertThat(tasks.status()).as(tasks.toString()).isEqualTo(200);
      JsonNode found = tasks.json();
      if (found.size() == 1) {
        return found.get(0).get("id").asText();
      }
      Thread.sleep(250);
    }
    throw new AssertionError("The journey " + pi + " never reached " + element);
  }
}
