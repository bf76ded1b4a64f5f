package uk.frontdoor.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import uk.frontdoor.journey.ChildJourneyProcess.Element;
import uk.frontdoor.journey.JourneyDriver;
import uk.frontdoor.support.Contacts;
import uk.frontdoor.support.Http.Reply;
import uk.frontdoor.support.HttpTest;
import uk.frontdoor.support.WebappSession;

/**
 * Who may do what, written once as a table and run over real HTTP as the seeded users: every
 * role against every operation, each cell allowed (a 2xx answer) or denied (403, or a 400 saying
 * whose step it is; and nothing
 * changed). Operations that change a journey act on a fresh one when the cell allows them.
 */
class RoleOperationMatrixHttpTest extends HttpTest {

  static final String MATRIX = """
      operation          practitioner manager police bit assessor servicelead auditor admin
      start              yes          yes     no     no  no       no          no      yes
      claim-screening    yes          yes     no     no  no       no          no      yes
      complete-screening yes          yes     no     no  no       no          no      no 
      read-variables     yes          yes     no     no  no       yes         yes     yes
      modify             no           no      no     no  no       no          no      yes
      migrate            no           no      no     no  no       no          no      yes
      set-variable       no           no      no     no  no       no          no      yes
      delete-variable    no           no      no     no  no       no          no      yes
      cancel             no           no      no     no  no       no          no      yes
      read-record        yes          yes     no     no  no       yes         yes     yes
      search             yes          yes     no     no  no       yes         yes     yes
      access-log         no           no      no     no  no       no          no      yes
      interventions      no           no      no     no  no       no          no      yes
      measures           no           yes     no     no  no       yes         yes     yes
      csv                no           yes     no     no  no       yes         yes     yes
      deploy             no           no      no     no  no       no          no      yes
      cockpit            no           yes     no     no  no       yes         yes     yes
      admin              no           no      no     no  no       no          no      yes
      """;

  private static final String REASON = "Checking who may do what, for the access review of December.";

  /** A journey waiting at screening, shared by the cells that only read it or are refused. */
  private static Journey shared;

  private record Journey(String processInstanceId, String childId, String screeningTaskId) {
  }

  static Stream<Arguments> cells() {
    return RoleTable.parse(MATRIX).entrySet().stream().flatMap(row -> row.getValue().entrySet().stream()
        .map(cell -> Arguments.of(row.getKey(), cell.getKey(), "yes".equals(cell.getValue()))));
  }


  @ParameterizedTest(name = "{1} {0}: {2}")
  @MethodSource("cells")
  void eachRoleMayDoExactlyWhatTheMatrixSays(String operation, String role, boolean allowed) {
    Journey journey = allowed && changesTheJourney(operation) ? atScreening() : shared();
    Reply reply = refusedInWords(operation(operation).apply(role, journey));
    if (allowed) {
      assertThat(reply.status()).as(role + " " + operation + ": " + reply).isBetween(200, 299);
    } else {
      assertThat(reply.status()).as(role + " " + operation + ": " + reply).isEqualTo(403);
      assertThat(taskService.createTaskQuery().processInstanceId(shared().processInstanceId())
          .taskDefinitionKey(Element.SCREEN_CONTACT).count()).isOne();
    }
    // a claim the cell allowed is given back, so the shared journey stays as it was
    if (taskService.createTaskQuery().taskId(journey.screeningTaskId()).count() > 0) {
      taskService.setAssignee(journey.screeningTaskId(), null);
    }
  }

  /** A step kept to its own people refuses the others in words (400, "only … can"): a refusal. */
  private static Reply refusedInWords(Reply reply) {
    return reply.status() == 400 && TaskMatrixHttpTest.ONLY.matcher(reply.body()).find()
        ? new Reply(403, reply.headers(), reply.body()) : reply;
  }

  private static boolean changesTheJourney(String operation) {
    return List.of("claim-screening", "complete-screening", "modify", "migrate", "set-variable", "delete-variable",
        "cancel").contains(operation);
  }

  private BiFunction<String, Journey, Reply> operation(String operation) {
    return switch (operation) {
      case "start" -> (role, journey) -> as(role).post("/api/contacts", Contacts.valid().toString());
      case "claim-screening" -> (role, journey) -> as(role).post(task(journey) + "/claim",
          "{\"userId\":\"" + role + "\"}");
      case "complete-screening" -> (role, journey) -> as(role).post(task(journey) + "/submit-form",
          JourneyDriver.typed(JourneyDriver.screening("mash-checks")), Map.of());
      case "read-variables" -> (role, journey) -> as(role).get(task(journey) + "/form-variables");
      case "modify" -> (role, journey) -> as(role).post(instance(journey) + "/modification",
          "{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"" + Element.SCREEN_CONTACT + "\"}]}",
          Map.of(InterventionReason.HEADER, REASON));
      case "migrate" -> this::migrate;
      case "set-variable" -> (role, journey) -> as(role).put(instance(journey) + "/variables/accessReview",
          "{\"value\":\"checked\",\"type\":\"String\"}", Map.of(InterventionReason.HEADER, REASON));
      case "delete-variable" -> (role, journey) -> {
        runtimeService.setVariable(journey.processInstanceId(), "accessReview", "checked");
        return as(role).delete(instance(journey) + "/variables/accessReview", Map.of(InterventionReason.HEADER, REASON));
      };
      case "cancel" -> (role, journey) -> as(role).delete(instance(journey), Map.of(InterventionReason.HEADER, REASON));
      case "read-record" -> (role, journey) -> as(role).get("/api/children/" + journey.childId() + "/journey");
      case "search" -> (role, journey) -> {
        Reply page = as(role).get("/children?q=" + journey.childId());
        // a search shows only the children the person may open: finding none is its refusal
        return page.status() == 200 && !page.body().contains("/children/" + journey.childId())
            ? new Reply(403, page.headers(), page.body()) : page;
      };
      case "access-log" -> (role, journey) -> as(role).get("/api/record-access");
      case "interventions" -> (role, journey) -> as(role).get("/api/interventions");
      case "measures" -> (role, journey) -> as(role).get("/api/measures");
      case "csv" -> (role, journey) -> as(role).get("/api/measures/decisions.csv");
      case "deploy" -> (role, journey) -> deploy(role);
      case "cockpit", "admin" -> (role, journey) -> signIn(role, operation);
      default -> throw new IllegalArgumentException("No operation " + operation + " in the matrix");
    };
  }

  private Reply migrate(String role, Journey journey) {
    String definitionId = runtimeService.createProcessInstanceQuery().processInstanceId(journey.processInstanceId())
        .singleResult().getProcessDefinitionId();
    Reply plan = as(role).post("/engine-rest/migration/generate", "{\"sourceProcessDefinitionId\":\"" + definitionId
        + "\",\"targetProcessDefinitionId\":\"" + definitionId + "\"}");
    assertThat(plan.status()).as(plan.toString()).isEqualTo(200);
    return as(role).post("/engine-rest/migration/execute", "{\"migrationPlan\":" + plan.body()
        + ",\"processInstanceIds\":[\"" + journey.processInstanceId() + "\"]}", Map.of(InterventionReason.HEADER, REASON));
  }

  /** A deployment of one harmless text file, as Camunda Modeler deploys. */
  private Reply deploy(String role) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("deployment-name", "access-review-" + role);
    parts.add("data", new ByteArrayResource("access review".getBytes()) {
      @Override
      public String getFilename() {
        return "access-review.txt";
      }
    });
    return RestClient.builder().baseUrl("http://localhost:" + port).requestFactory(new JdkClientHttpRequestFactory())
        .defaultHeaders(headers -> headers.setBasicAuth(role, role)).build()
        .post().uri("/engine-rest/deployment/create").contentType(MediaType.MULTIPART_FORM_DATA).body(parts)
        .exchange((request, response) -> new Reply(response.getStatusCode().value(), response.getHeaders(),
            new String(response.getBody().readAllBytes())));
  }

  private Reply signIn(String role, String app) {
    try {
      WebappSession.signIn(port, role, app);
      return new Reply(200, new HttpHeaders(), "signed in");
    } catch (AssertionError refused) {
      return new Reply(refused.getMessage().contains(": 403") ? 403 : 500, new HttpHeaders(),
          refused.getMessage());
    }
  }

  private Journey shared() {
    if (shared == null || runtimeService.createProcessInstanceQuery().processInstanceId(shared.processInstanceId())
        .count() == 0) {
      shared = atScreening();
    }
    return shared;
  }

  private Journey atScreening() {
    Reply recorded = as("practitioner").post("/api/contacts", Contacts.valid().toString());
    assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
    JsonNode contact = recorded.json();
    String pi = contact.get("processInstanceId").asText();
    runJobs(pi);
    String taskId = taskService.createTaskQuery().processInstanceId(pi).taskDefinitionKey(Element.SCREEN_CONTACT)
        .singleResult().getId();
    return new Journey(pi, contact.get("children").get(0).get("childId").asText(), taskId);
  }

  private static String task(Journey journey) {
    return "/engine-rest/task/" + journey.screeningTaskId();
  }

  private static String instance(Journey journey) {
    return "/engine-rest/process-instance/" + journey.processInstanceId();
  }
}
