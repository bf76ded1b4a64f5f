package uk.frontdoor.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.frontdoor.validation.FieldProblem;
import uk.frontdoor.validation.Text;

/**
 * Checks the variables of a request to Camunda REST (completing a task, submitting a form,
 * starting a journey, changing variables) before the engine sees them, and refuses with 400 what
 * the engine could not store: a Json value that does not parse, a File without its name, an Object
 * without its type, a name or text longer than the engine's columns, a NUL character, a variable
 * with no value at all. Otherwise Camunda fails on them deep inside, with a 500.
 */
@Priority(Priorities.ENTITY_CODER)
public final class SubmittedVariables implements ContainerRequestFilter {

  /** The engine's columns: ACT_RU_VARIABLE.NAME_ and TEXT_. */
  static final int MAX_NAME = 255;
  static final int MAX_TEXT = 4000;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> VARIABLE_MAPS = List.of("variables", "modifications");

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    if (!request.hasEntity() || !("POST".equals(request.getMethod()) || "PUT".equals(request.getMethod()))
        || !MediaType.APPLICATION_JSON_TYPE.isCompatible(request.getMediaType())) {
      return;
    }
    byte[] body = request.getEntityStream().readAllBytes();
    request.setEntityStream(new ByteArrayInputStream(body));
    JsonNode json;
    try {
      json = JSON.readTree(body);
    } catch (JsonProcessingException unreadable) {
      return; // Camunda answers 400 for a body that is not JSON
    }
    if (json == null || !json.isObject()) {
      return;
    }
    List<FieldProblem> problems = new ArrayList<>();
    for (String map : VARIABLE_MAPS) {
      JsonNode variables = json.get(map);
      if (variables != null && variables.isObject()) {
        variables.fields().forEachRemaining(variable -> check(variable, problems));
      }
    }
    if (!problems.isEmpty()) {
      request.abortWith(EngineRestErrors.answer("InvalidRequestException", "The values sent cannot be saved: "
          + String.join("; ", problems.stream().map(FieldProblem::toString).toList()) + ". Nothing was saved.", 400));
    }
  }

  private static void check(Map.Entry<String, JsonNode> variable, List<FieldProblem> problems) {
    String name = variable.getKey();
    String field = name.length() > 60 ? name.substring(0, 60) + "…" : name;
    if (Text.isEmpty(name) || name.length() > MAX_NAME || Text.hasControlCharacters(name, false)) {
      problems.add(new FieldProblem(field, "is not a field name this service knows (names are 1 to "
          + MAX_NAME + " visible characters)"));
      return;
    }
    JsonNode dto = variable.getValue();
    if (dto == null || !dto.isObject()) {
      problems.add(new FieldProblem(field, "has no value: send {\"value\": ..., \"type\": ...}"));
      return;
    }
    JsonNode value = dto.get("value");
    JsonNode info = dto.get("valueInfo");
    String type = dto.path("type").isTextual() ? dto.get("type").asText().toLowerCase(Locale.ROOT) : "";
    if (value != null && value.isTextual() && value.asText().indexOf('\0') >= 0) {
      problems.add(new FieldProblem(field, "contains characters that cannot be stored"));
      return;
    }
    switch (type) {
      case "json" -> {
        if (value != null && !value.isNull() && (!value.isTextual() || !parses(value.asText()))) {
          problems.add(new FieldProblem(field, "is not valid JSON"));
        }
      }
      case "xml" -> problems.add(new FieldProblem(field, "XML values are not accepted; send JSON"));
      case "file" -> {
        if (info == null || !info.path("filename").isTextual() || Text.isEmpty(info.get("filename").asText())) {
          problems.add(new FieldProblem(field, "a file needs its name in valueInfo.filename"));
        }
      }
      case "object" -> {
        if (info == null || !info.path("objectTypeName").isTextual()
            || !info.path("serializationDataFormat").isTextual()) {
          problems.add(new FieldProblem(field, "an object needs valueInfo.objectTypeName and "
              + "valueInfo.serializationDataFormat"));
        }
      }
      case "", "string" -> {
        if (value != null && value.isTextual() && value.asText().length() > MAX_TEXT) {
          problems.add(new FieldProblem(field, "must be at most " + MAX_TEXT + " characters (it has "
              + value.asText().length() + ")"));
        }
      }
      default -> {
        // numbers, dates, booleans, bytes: Camunda's REST layer refuses a bad one with 400 itself
      }
    }
  }

  private static boolean parses(String json) {
    try {
      JSON.readTree(json);
      return true;
    } catch (JsonProcessingException e) {
      return false;
    }
  }
}
