package uk.frontdoor.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.frontdoor.support.Http.Reply;
import uk.frontdoor.support.HttpTest;

/**
 * The published contract, read from {@code /v3/api-docs} as a caller's tooling reads it: every
 * operation and every schema property, including those added later, must say what it is. Each
 * test lists every gap it finds, so one run shows all there is to fix.
 */
class ApiContractHttpTest extends HttpTest {

  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
  private static final Set<String> ANSWER_TYPES = Set.of("application/json", "text/csv");
  private static final String PROBLEM = "#/components/schemas/Problem";
  private static final Pattern OPERATION_ID = Pattern.compile("[a-z][A-Za-z]+");

  private JsonNode docs;

  @BeforeEach
  void read() {
    Reply reply = anonymous().get("/v3/api-docs");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    docs = reply.json();
  }

  @Test
  void saysWhatTheApiIsAndHowToSignIn() {
    JsonNode info = docs.get("info");
    assertThat(info.get("title").asText()).isEqualTo("Front Door API");
    assertThat(info.get("version").asText()).matches("\\d+\\.\\d+\\.\\d+");
    assertThat(info.get("description").asText()).contains("HTTP basic");
    JsonNode scheme = docs.at("/components/securitySchemes/basic");
    assertThat(scheme.get("type").asText()).isEqualTo("http");
    assertThat(scheme.get("scheme").asText()).isEqualTo("basic");
    assertThat(docs.at("/security/0").has("basic")).as(docs.path("security").toString()).isTrue();
  }

  @Test
  void everyOperationHasAStableIdASummaryItsAnswersAndItsRefusalsAsProblemDetails() {
    List<String> gaps = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    operations((name, operation) -> {
      String id = operation.path("operationId").asText();
      if (!OPERATION_ID.matcher(id).matches() || !ids.add(id)) {
        gaps.add(name + ": operation id '" + id + "' is missing, generated or used twice");
      }
      if (operation.path("summary").asText().isBlank()) {
        gaps.add(name + ": no summary");
      }
      operation.path("parameters").forEach(parameter -> {
        if (parameter.path("description").asText().isBlank()) {
          gaps.add(name + ": parameter " + parameter.path("name").asText() + " has no description");
        }
      });
      JsonNode body = operation.path("requestBody");
      if (!body.isMissingNode()) {
        JsonNode json = body.path("content").path("application/json");
        JsonNode file = body.path("content").path("application/xml").path("schema");
        if (body.path("content").size() == 1 && "binary".equals(file.path("format").asText())) {
          // a file a person uploads (a decision table): described, not a JSON schema
          if (body.path("description").asText().isBlank()) {
            gaps.add(name + ": the uploaded file is not described");
          }
        } else if (json.isMissingNode() || body.path("content").size() != 1) {
          gaps.add(name + ": the request is not application/json alone: " + body.path("content"));
        } else if (!json.path("schema").has("$ref")) {
          gaps.add(name + ": the request has no named schema");
        }
      }
      JsonNode responses = operation.path("responses");
      if (!responses.has("401")) {
        gaps.add(name + ": 401 is not documented");
      }
      boolean answers = false;
      for (Map.Entry<String, JsonNode> response : iterable(responses.fields())) {
        String status = response.getKey();
        JsonNode content = response.getValue().path("content");
        if (response.getValue().path("description").asText().isBlank()) {
          gaps.add(name + " " + status + ": no description");
        }
        if (status.startsWith("2")) {
          answers = true;
          for (Map.Entry<String, JsonNode> type : iterable(content.fields())) {
            if (!ANSWER_TYPES.contains(type.getKey())) {
              gaps.add(name + " " + status + ": answers " + type.getKey());
            }
            JsonNode schema = type.getValue().path("schema");
            if (!isDescribed(schema)) {
              gaps.add(name + " " + status + ": " + type.getKey() + " has no schema beyond " + schema);
            }
          }
        } else if (status.startsWith("4") || status.startsWith("5")) {
          if (content.size() != 1 || !PROBLEM.equals(content.path("application/problem+json").path("schema")
              .path("$ref").asText())) {
            gaps.add(name + " " + status + ": not problem details");
          }
        }
      }
      if (!answers) {
        gaps.add(name + ": no successful answer is documented");
      }
    });
    assertThat(gaps).isEmpty();
  }

  @Test
  void everySchemaPropertyIsDescribedWithAnExampleAndEverySchemaSaysWhatIsRequired() {
    List<String> gaps = new ArrayList<>();
    JsonNode schemas = docs.at("/components/schemas");
    assertThat(schemas.size()).isPositive();
    for (Map.Entry<String, JsonNode> schema : iterable(schemas.fields())) {
      String name = schema.getKey();
      JsonNode properties = schema.getValue().path("properties");
      if (properties.isMissingNode()) {
        continue; // an enumeration or a plain value
      }
      if (schema.getValue().path("description").asText().isBlank()) {
        gaps.add(name + ": no description");
      }
      if (schema.getValue().path("required").isEmpty()) {
        gaps.add(name + ": no required properties listed");
      }
      for (Map.Entry<String, JsonNode> property : iterable(properties.fields())) {
        JsonNode p = property.getValue();
        String where = name + "." + property.getKey();
        if (p.path("description").asText().isBlank()) {
          gaps.add(where + ": no description");
        }
        if (isScalar(p) && !p.has("example") && !p.has("examples") && !p.has("enum")) {
          gaps.add(where + ": no example");
        }
      }
    }
    assertThat(gaps).isEmpty();
  }

  /** A value of its own (text, number, yes or no), not a list or another schema. */
  private static boolean isScalar(JsonNode property) {
    String type = property.path("type").isArray() ? property.path("type").path(0).asText()
        : property.path("type").asText();
    return Set.of("string", "integer", "number", "boolean").contains(type);
  }

  /** A named schema, a list of them, or a typed value: anything but a bare object. */
  private static boolean isDescribed(JsonNode schema) {
    if (schema.has("$ref")) {
      return true;
    }
    if (schema.has("items")) {
      return isDescribed(schema.get("items"));
    }
    String type = schema.path("type").asText();
    return !type.isEmpty() && !type.equals("object");
  }

  private void operations(java.util.function.BiConsumer<String, JsonNode> check) {
    JsonNode paths = docs.path("paths");
    assertThat(paths.size()).isPositive();
    for (Map.Entry<String, JsonNode> path : iterable(paths.fields())) {
      for (Map.Entry<String, JsonNode> operation : iterable(path.getValue().fields())) {
        if (METHODS.contains(operation.getKey())) {
          check.accept(operation.getKey().toUpperCase() + " " + path.getKey(), operation.getValue());
        }
      }
    }
  }

  private static <T> Iterable<T> iterable(java.util.Iterator<T> iterator) {
    return () -> iterator;
  }
}
