package uk.frontdoor.web;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;

/**
 * The Front Door API's OpenAPI contract: what it is, how a caller signs in, and refusals typed as
 * problem details. Controllers say which refusals an operation can answer ({@link ProblemResponses});
 * the rest is filled in here once, so every operation, present or to come, reads the same.
 */
@Configuration
class ApiContract {

  /** The contract's own version: raised when a change could break a caller. */
  static final String VERSION = "1.0.0";
  static final String BASIC = "basic";
  static final String PROBLEM = "Problem";
  static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;
  static final String JSON = org.springframework.http.MediaType.APPLICATION_JSON_VALUE;

  private static final Map<Integer, String> REFUSALS = Map.of(
      400, "Not valid: the problem details name every field that is wrong, and nothing was written",
      401, "Not signed in, or the user name or password is wrong",
      403, "Signed in, but this person's role may not do this",
      404, "There is nothing with this id",
      409, "In conflict with what is already recorded",
      503, "The database is briefly out of reach: send the same request again after Retry-After seconds");

  @Bean
  OpenAPI frontDoorApi() {
    return new OpenAPI()
        .info(new Info()
            .title("Front Door API")
            .version(VERSION)
            .description("Contacts about children, each child's journey through the front door of children's "
                + "social care, management oversight corrections and the measures the service is judged on. "
                + "Every call signs in with HTTP basic as a Camunda user and acts with that person's rights; "
                + "refusals are problem details (RFC 9457) in plain words.")
            .contact(new Contact().name("The council's Front Door service team")))
        .components(new Components()
            .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                .description("The Camunda user name and password the person signs in to Tasklist with"))
            .addSchemas(PROBLEM, problem())
            .addSchemas("FieldProblem", fieldProblem()))
        .addSecurityItem(new SecurityRequirement().addList(BASIC));
  }

  /** Spring's ProblemDetail as it is written (its extra properties at the top level, not under "properties"). */
  private static Schema<?> problem() {
    return new ObjectSchema()
        .description("Why the request was refused, in plain words (RFC 9457 problem details)")
        .addProperty("type", new StringSchema().format("uri").description("What kind of problem: about:blank when "
            + "the status says it all").example("urn:front-door:problem:invalid-submission"))
        .addProperty("title", new StringSchema().description("The problem in a few words")
            .example("The contact cannot be recorded yet"))
        .addProperty("status", new IntegerSchema().description("The HTTP status").example(400))
        .addProperty("detail", new StringSchema().description("What to do about it").example("2 fields need attention"))
        .addProperty("instance", new StringSchema().format("uri").description("The path that was called")
            .example("/api/contacts"))
        .addProperty("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/FieldProblem"))
            .description("Each field that is wrong, when the request was not valid"))
        .required(List.of("type", "title", "status"));
  }

  private static Schema<?> fieldProblem() {
    return new ObjectSchema()
        .description("One thing wrong with one field of the request")
        .addProperty("field", new StringSchema().description("The field, as a path in the request's JSON")
            .example("children[0].dateOfBirth"))
        .addProperty("message", new StringSchema().description("What is wrong and how to put it right")
            .example("must not be in the future"))
        .required(List.of("field", "message"));
  }

  /** Adds the refusals the controller declares (and 401) as problem details, with their default descriptions. */
  @Bean
  OperationCustomizer problemResponses() {
    return (Operation operation, HandlerMethod handler) -> {
      ProblemResponses declared = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(),
          ProblemResponses.class);
      if (declared == null) {
        declared = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), ProblemResponses.class);
      }
      ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
      problem(responses, 401);
      if (declared != null) {
        for (int status : declared.value()) {
          problem(responses, status);
        }
      }
      // a refusal written on the method alone is problem details too: the API answers no other kind
      responses.forEach((status, response) -> {
        if (status.startsWith("4") || status.startsWith("5")) {
          problem(responses, Integer.parseInt(status));
        }
      });
      operation.setResponses(responses);
      return operation;
    };
  }

  private static void problem(ApiResponses responses, int status) {
    ApiResponse response = responses.get(String.valueOf(status));
    if (response == null) {
      response = new ApiResponse().description(REFUSALS.getOrDefault(status, "Refused"));
      responses.addApiResponse(String.valueOf(status), response);
    }
    response.setContent(new Content().addMediaType(PROBLEM_JSON,
        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
  }

  /**
   * Over the whole document: an answer springdoc could only call {@code *}{@code /*} is JSON (text
   * answers declare {@code produces}); every property of an answer is required, since the API writes
   * each one, null or not; a schema nothing refers to any more is dropped.
   */
  @Bean
  OpenApiCustomizer wholeContract() {
    return openApi -> {
      openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
        operation.getResponses().values().forEach(ApiContract::jsonForAnyType);
      }));
      Map<String, Schema> schemas = openApi.getComponents().getSchemas();
      Set<String> asked = new HashSet<>();
      openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
        if (operation.getRequestBody() != null) {
          referenced(Json.pretty(operation.getRequestBody()), schemas, asked);
        }
      }));
      Set<String> used = new HashSet<>();
      referenced(Json.pretty(openApi.getPaths()), schemas, used);
      schemas.keySet().retainAll(used);
      schemas.forEach((name, schema) -> {
        if (!asked.contains(name) && schema.getProperties() != null) {
          schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
        }
      });
    };
  }

  private static void jsonForAnyType(ApiResponse response) {
    Content content = response.getContent();
    if (content != null && content.containsKey("*/*")) {
      Content json = new Content();
      json.addMediaType(JSON, content.get("*/*"));
      response.setContent(json);
    }
  }

  private static final Pattern REF = Pattern.compile("#/components/schemas/([A-Za-z0-9_.-]+)");

  /** The schemas this JSON refers to, and those they refer to in turn. */
  private static void referenced(String json, Map<String, Schema> schemas, Set<String> found) {
    List<String> pending = new ArrayList<>();
    Matcher refs = REF.matcher(json);
    while (refs.find()) {
      pending.add(refs.group(1));
    }
    while (!pending.isEmpty()) {
      String name = pending.remove(pending.size() - 1);
      if (found.add(name) && schemas.containsKey(name)) {
        Matcher inner = REF.matcher(Json.pretty(schemas.get(name)));
        while (inner.find()) {
          pending.add(inner.group(1));
        }
      }
    }
  }
}
