package uk.frontdoor.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.frontdoor.journey.JourneyDriver;

/**
 * A person's tasks through Camunda's REST API, as Tasklist finds, claims and completes them, with
 * the journey's payloads from {@link JourneyDriver}. Where the job executor runs (a cluster node),
 * a task appears some time after the step before it: {@link #await} polls for it, within a bound.
 */
public final class TaskRest {

  private static final Duration POLL = Duration.ofMillis(200);

  private final Http http;
  private final String user;

  public TaskRest(Http http, String user) {
    this.http = http;
    this.user = user;
  }

  /** The journey's open tasks of that kind this person may see, in one queue if {@code group} is given. */
  public List<JsonNode> visible(String processInstanceId, String element, String group) {
    String query = "/engine-rest/task?processInstanceId=" + processInstanceId + "&taskDefinitionKey=" + element
        + (group == null ? "" : "&candidateGroup=" + group);
    Http.Reply reply = http.get(query);
    if (reply.status() != 200) {
      throw new AssertionError(user + " could not list tasks: " + reply);
    }
    List<JsonNode> tasks = new ArrayList<>();
    reply.json().forEach(tasks::add);
    return tasks;
  }

  /** Waits until the person sees exactly one such task, and returns it. */
  public JsonNode await(String processInstanceId, String element, String group, Duration within)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(within);
    List<JsonNode> found = List.of();
    while (Instant.now().isBefore(deadline)) {
      found = visible(processInstanceId, element, group);
      if (found.size() == 1) {
        return found.get(0);
      }
      Thread.sleep(POLL.toMillis());
    }
    throw new AssertionError(user + " saw " + found.size() + " tasks " + element + " of " + processInstanceId
        + " after " + within + ", not one");
  }

  public Http.Reply claim(JsonNode task) {
    return http.post("/engine-rest/task/" + id(task) + "/claim", "{\"userId\":\"" + user + "\"}");
  }

  public Http.Reply submit(JsonNode task, Map<String, Object> payload) {
    return http.post("/engine-rest/task/" + id(task) + "/submit-form", JourneyDriver.typed(payload), Map.of());
  }

  /** Claims and completes the task, failing with the reply if either is refused. */
  public void complete(JsonNode task, Map<String, Object> payload) {
    Http.Reply claimed = claim(task);
    if (claimed.status() != 204) {
      throw new AssertionError(user + " could not claim " + task.path("name").asText() + ": " + claimed);
    }
    Http.Reply submitted = submit(task, payload);
    if (submitted.status() != 204 && submitted.status() != 200) {
      throw new AssertionError(user + " could not complete " + task.path("name").asText() + ": " + submitted);
    }
  }

  /** What the task's form shows the person, as Tasklist reads it. */
  public Map<String, Object> shown(JsonNode task) {
    Http.Reply variables = http.get("/engine-rest/task/" + id(task) + "/form-variables?deserializeValues=false");
    if (variables.status() != 200) {
      throw new AssertionError(user + " could not read the form of " + task.path("name").asText() + ": " + variables);
    }
    Map<String, Object> shown = new HashMap<>();
    variables.json().fields().forEachRemaining(field -> {
      JsonNode value = field.getValue().get("value");
      shown.put(field.getKey(), value == null || value.isNull() ? null
          : value.isTextual() ? value.asText() : value.toString());
    });
    return shown;
  }

  public static String id(JsonNode task) {
    return task.get("id").asText();
  }
}
