package uk.frontdoor.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;
import uk.frontdoor.language.FieldKind;
import uk.frontdoor.language.LanguageGuard;
import uk.frontdoor.support.Contacts;
import uk.frontdoor.support.Http.Reply;
import uk.frontdoor.support.InProcessApp;
import uk.frontdoor.support.Jobs;
import uk.frontdoor.validation.Problems;

/**
 * The real application, stopped and started again over one H2 file, as an operator would. Not
 * part of the shared test context: it starts its own application each time (about 15 s each),
 * so it does as much as it can per start.
 */
@Tag(InProcessApp.OWN_JVM)
class RestartTest {

  private final Path folder = Paths.get("target", "restart-test", UUID.randomUUID().toString()).toAbsolutePath();

  private Map<String, String> settings(String processesLocation) {
    return Map.of(
        "frontdoor.data-dir", folder.resolve("data").toString(),
        "frontdoor.processes.location", processesLocation);
  }

  @Test
  void restartsKeepContactsAndDeployOnlyChangedModels() throws IOException {
    String contactId;
    String processInstanceId;
    JsonNode recorded;
    long deployments;
    Map<String, Integer> definitions;

    try (InProcessApp first = InProcessApp.start(settings("classpath:processes/"))) {
      Reply reply = first.as("practitioner").post("/api/contacts", Contacts.valid(), Map.of());
      assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
      recorded = reply.json();
      contactId = recorded.get("contactId").asText();
      processInstanceId = recorded.get("processInstanceId").asText();
      Jobs.runDue(first.bean(ManagementService.class), processInstanceId);
      deployments = first.bean(RepositoryService.class).createDeploymentQuery().count();
      definitions = definitionVersions(first.bean(RepositoryService.class));
      assertThat(deployments).isEqualTo(1);
      assertThat(definitions).containsEntry("process:child-journey", 1).containsEntry("decision:rag-rating", 1);
    }

    try (InProcessApp second = InProcessApp.start(settings("classpath:processes/"))) {
      Reply read = second.as("practitioner").get("/api/contacts/" + contactId);
      assertThat(read.status()).as(read.toString()).isEqualTo(200);
      assertThat(read.json()).isEqualTo(recorded);
      RepositoryService repository = second.bean(RepositoryService.class);
      assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
      assertThat(definitionVersions(repository)).isEqualTo(definitions);
      assertThat(second.bean(TaskService.class).createTaskQuery().processInstanceId(processInstanceId)
          .taskDefinitionKey("Task_ScreenContact").count()).isEqualTo(1);
    }

    Path changed = copyOfProcesses("changed");
    replaceInJourney(changed, "name=\"Screen the contact\"", "name=\"Screen the contact today\"");
    // the glossary is read at start-up from the models folder: a new term is enforced after a restart
    Files.writeString(changed.resolve("language/glossary.csv"),
        "FLURB,acronym,a made-up term for this test,\"write \"\"a plain word\"\" instead\",\n", StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
    try (InProcessApp third = InProcessApp.start(settings(changed.toUri().toString()))) {
      ObjectNode withNewTerm = Contacts.valid();
      withNewTerm.put("concerns", "The caller said the FLURB visited twice and the child was crying.");
      Reply warned = third.as("practitioner").post("/api/contacts", withNewTerm, Map.of());
      assertThat(warned.status()).as(warned.toString()).isEqualTo(201);
      assertThat(warned.json().get("languageWarnings").toString()).contains("FLURB");
      Problems problems = new Problems();
      third.bean(LanguageGuard.class).check(problems, "screen-contact", "screeningRationale",
          "Closed: the FLURB has no worries about her.", FieldKind.STAFF_WRITING);
      assertThat(problems.list()).singleElement().extracting("message").asString().contains("FLURB")
          .contains("a plain word");
      RepositoryService repository = third.bean(RepositoryService.class);
      Map<String, Integer> expected = new TreeMap<>(definitions);
      expected.put("process:child-journey", 2);
      assertThat(definitionVersions(repository)).isEqualTo(expected);
      assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments + 1);
      assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("child-journey")
          .latestVersion().singleResult().getResourceName()).isEqualTo("child-journey.bpmn");
      // the contact's journey stays on the version it started on
      assertThat(third.bean(TaskService.class).createTaskQuery().processInstanceId(processInstanceId).count())
          .isEqualTo(1);
    }

    Path broken = copyOfProcesses("broken");
    replaceInJourney(broken, "targetRef=\"EndEvent_JourneyComplete\"", "targetRef=\"EndEvent_Missing\"");
    assertThatThrownBy(() -> InProcessApp.start(settings(broken.toUri().toString())).close())
        .satisfies(failure -> assertThat(InProcessApp.messages(failure)).contains("child-journey.bpmn"));
  }

  /** "process:key" or "decision:key" → latest version, for every definition in the engine. */
  private static Map<String, Integer> definitionVersions(RepositoryService repository) {
    Map<String, Integer> versions = new TreeMap<>();
    repository.createProcessDefinitionQuery().latestVersion().list()
        .forEach(d -> versions.put("process:" + d.getKey(), d.getVersion()));
    repository.createDecisionDefinitionQuery().latestVersion().list()
        .forEach(d -> versions.put("decision:" + d.getKey(), d.getVersion()));
    assertThat(repository.createProcessDefinitionQuery().count()
        + repository.createDecisionDefinitionQuery().count())
        .as("every definition's versions") .isEqualTo(versions.values().stream().mapToLong(v -> v).sum());
    return versions;
  }

  private Path copyOfProcesses(String name) throws IOException {
    Path copy = folder.resolve(name);
    FileSystemUtils.copyRecursively(Paths.get("processes"), copy);
    return copy;
  }

  private static void replaceInJourney(Path processes, String from, String to) throws IOException {
    Path journey = processes.resolve("child-journey.bpmn");
    String bpmn = Files.readString(journey, StandardCharsets.UTF_8);
    assertThat(bpmn).contains(from);
    Files.writeString(journey, bpmn.replace(from, to), StandardCharsets.UTF_8);
  }
}
