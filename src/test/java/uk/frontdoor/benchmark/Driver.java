package uk.frontdoor.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import uk.frontdoor.journey.JourneyDriver;
import uk.frontdoor.support.Http;

/**
 * The one client both sides get: starts a journey, then, until the process instance has ended,
 * lists its open tasks and works each as Tasklist would as the user of the task's candidate group —
 * open it, claim it, read its form's variables, submit the form. Nothing here knows the order of
 * the tasks: that is the model's.
 */
final class Driver {

  private static final long PATIENCE = TimeUnit.MINUTES.toNanos(2);

  private final Side side;
  private final Shape shape;

  Driver(Side side, Shape shape) {
    this.side = side;
    this.shape = shape;
  }

  Shape.Started journey() throws InterruptedException {
    Shape.Started journey = shape.start(side);
    String instance = journey.processInstanceId();
    long deadline = System.nanoTime() + PATIENCE;
    while (true) {
      JsonNode open = Replies.ok(side.admin().get("/engine-rest/task?processInstanceId=" + instance)).json();
      if (open.isEmpty()) {
        Http.Reply running = side.admin().get("/engine-rest/process-instance/" + instance);
        if (running.status() == 404) {
          return journey;
        }
        Replies.ok(running);
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("Journey " + instance + " has had no open task for two minutes");
        }
        // an asynchronous continuation is waiting for the job executor
        Thread.sleep(20);
        continue;
      }
      for (JsonNode task : open) {
        work(task);
      }
    }
  }

  private void work(JsonNode task) {
    String id = task.get("id").asText();
    String user = shape.userFor(candidateGroup(id));
    Http as = side.as(user);
    Replies.ok(as.get("/engine-rest/task/" + id));
    Replies.ok(as.post("/engine-rest/task/" + id + "/claim", "{\"userId\":\"" + user + "\"}"));
    Map<String, Object> shown = shown(Replies.ok(as.get("/engine-rest/task/" + id
        + "/form-variables?deserializeValues=false")).json());
    Map<String, Object> payload = shape.payload(task.get("taskDefinitionKey").asText(), shown);
    Replies.ok(as.post("/engine-rest/task/" + id + "/submit-form", JourneyDriver.typed(payload), Map.of()));
  }

  private String candidateGroup(String task) {
    for (JsonNode link : Replies.ok(side.admin().get("/engine-rest/task/" + task + "/identity-links?type=candidate"))
        .json()) {
      if (link.hasNonNull("groupId")) {
        return link.get("groupId").asText();
      }
    }
    throw new IllegalStateException("Task " + task + " is offered to no group");
  }

  /** The form's variables as Tasklist shows them: Json values as their text. */
  private static Map<String, Object> shown(JsonNode variables) {
    Map<String, Object> shown = new HashMap<>();
    variables.fields().forEachRemaining(field -> {
      JsonNode value = field.getValue().get("value");
      shown.put(field.getKey(), value == null || value.isNull() ? null : value.isTextual() ? value.asText()
          : value.toString());
    });
    return shown;
  }
}
