package uk.frontdoor.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.frontdoor.journey.ChildJourneyProcess;
import uk.frontdoor.journey.JourneyDriver;
import uk.frontdoor.support.Contacts;
import uk.frontdoor.support.Http.Reply;
import uk.frontdoor.support.HttpTest;

/**
 * Issue 10, done when: whole journeys are finished in Tasklist only, in a real (headless) Chromium,
 * every human step by its own seeded user and no REST write: a police contact about two children to
 * a strategy discussion and Brief Intervention with a send-back at oversight, a 7-child family to
 * assessment, a respected consent refusal, and a possible duplicate merged by a practitioner after
 * two journeys the test ends itself (see {@link #JOURNEYS}). src/test/browser/tasklist-journeys.js does the clicking
 * (playwright-core, installed by Maven with npm ci); this test runs the journey's jobs when the script
 * asks (the job executor is off in tests), tells it the open tasks, and checks the rows behind each
 * journey. Screenshots of every form go to target/tasklist-screens. Fails, never skips, when Chromium
 * or Node.js is missing: CI installs Chromium.
 */
class TasklistBrowserTest extends HttpTest {

  private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
  private static final Path SCRIPT = Path.of("src/test/browser/tasklist-journeys.js");
  private static final Path SHOTS = Path.of("target/tasklist-screens");
  private static final long TIMEOUT_MINUTES = 20;
  private static final ObjectMapper JSON = new ObjectMapper();
  /**
   * The journeys walked, all four by default (about 7 minutes on 2 cores, the seven children 3½ of
   * them); {@code -Dtasklist.journeys=twoChildren} walks fewer.
   */
  private static final List<String> JOURNEYS = List.of(
      System.getProperty("tasklist.journeys", "twoChildren,sevenChildren,refusal,possibleDuplicate").split(","));

  private final Map<String, UUID> contacts = new HashMap<>();
  private String processInstanceId;
  /** The earlier and the later record of the possible-duplicate journey. */
  private List<String> duplicateChildren;

  @Autowired
  private IdentityService identityService;

  @Test
  void wholeJourneysAreFinishedInTasklistByThePeopleWhoDoTheWork() throws Exception {
    assertThat(Files.isExecutable(CHROMIUM))
        .as("Chromium is needed at %s: install the Debian package \"chromium\" (.ci/run does)", CHROMIUM).isTrue();
    assertThat(Files.exists(Path.of("src/test/browser/node_modules/playwright-core")))
        .as("playwright-core is missing: Maven installs it with npm ci in generate-test-resources").isTrue();
    Files.createDirectories(SHOTS);
    // letters only: names and addresses unique to this run, so no earlier child matches
    String seed = Contacts.uniqueName("").toLowerCase();
    ProcessBuilder script = new ProcessBuilder(node(), SCRIPT.toString(), String.valueOf(port), SHOTS.toString(), seed)
        .redirectError(SHOTS.resolve("node-stderr.log").toFile());
    script.environment().put("TASKLIST_JOURNEYS", String.join(",", JOURNEYS));
    Process node = script.start();
    Thread killer = killAfterTimeout(node);
    try (BufferedReader out = new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8));
        Writer in = new OutputStreamWriter(node.getOutputStream(), StandardCharsets.UTF_8)) {
      for (String line = out.readLine(); !"ALL_DONE".equals(line); line = out.readLine()) {
        if (line == null) {
          node.waitFor(10, TimeUnit.SECONDS);
          fail("the browser script stopped before the journeys were done:\n" + stderr());
        }
        in.write(answer(line) + "\n");
        in.flush();
      }
      assertThat(node.waitFor(30, TimeUnit.SECONDS)).as("the browser script ends").isTrue();
      assertThat(node.exitValue()).as(stderr()).isZero();
      assertThat(contacts.keySet()).containsExactlyInAnyOrderElementsOf(JOURNEYS);
    } finally {
      killer.interrupt();
      node.destroyForcibly();
    }
  }

  /** One answer to one line of the script's protocol (see the script's header). */
  private String answer(String line) throws Exception {
    String[] words = line.split(" ", 3);
    return switch (words[0]) {
      case "STARTED" -> started(words[1], words[2]);
      case "TASKS" -> {
        runJobs(processInstanceId);
        List<Map<String, String>> open = new ArrayList<>();
        for (Task task : taskService.createTaskQuery().processInstanceId(processInstanceId)
            .taskDefinitionKey(words[1]).orderByTaskCreateTime().asc().list()) {
          open.add(Map.of("id", task.getId(), "key", task.getTaskDefinitionKey(), "name", task.getName(),
              "group", groupOf(task)));
        }
        yield JSON.writeValueAsString(open);
      }
      case "DUPLICATE" -> {
        yield duplicate(words[1], words[2]);
      }
      case "DONE" -> {
        checkJourney(words[1]);
        yield "OK";
      }
      default -> fail("the browser script said: " + line);
    };
  }

  /**
   * The task's candidate group ("" if none), from the history of its identity links: the runtime
   * links of a task the browser completes at that moment can vanish while they are read.
   */
  private String groupOf(Task task) {
    return historyService.createHistoricIdentityLinkLogQuery().taskId(task.getId())
        .type(IdentityLinkType.CANDIDATE).orderByTime().asc().list().stream()
        .map(HistoricIdentityLinkLog::getGroupId).filter(group -> group != null).findFirst().orElse("");
  }

  /** The contact Tasklist's start form recorded, and the journey keyed by its reference. */
  private String started(String journey, String addressLine1) {
    Map<String, Object> contact = jdbc.sql("""
        select c.* from contact c join household h on h.id = c.household_id where h.address_line1 = ?""")
        .param(addressLine1).query().singleRow();
    assertThat(contact).containsEntry("SOURCE", "police").containsEntry("RECORDED_BY", "practitioner")
        .containsEntry("REFERRER_NAME", "Sergeant Mary Hale");
    processInstanceId = (String) contact.get("PROCESS_INSTANCE_ID");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult()
        .getBusinessKey()).isEqualTo(contact.get("REFERENCE"));
    contacts.put(journey, (UUID) contact.get("ID"));
    return (String) contact.get("REFERENCE");
  }

  /**
   * Two contacts about one girl at one address, her date of birth mistyped on the second, each
   * journey screened out to its end: the possible duplicate's review is then the journey walked.
   */
  private String duplicate(String firstName, String lastName) {
    ObjectNode address = Contacts.address(Contacts.uniqueHouseNumber() + " Mill Lane", "EX4 4AA");
    List<String> childIds = new ArrayList<>();
    for (LocalDate born : List.of(LocalDate.of(2016, 5, 1), LocalDate.of(2016, 5, 10))) {
      Reply recorded = as(JourneyDriver.PRACTITIONER).post("/api/contacts",
          Contacts.validAt(address.deepCopy(), Contacts.child(firstName, lastName, born)), Map.of());
      assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
      String journey = recorded.json().get("processInstanceId").asText();
      runJobs(journey);
      JourneyDriver.screenOutToTheEnd(taskService, identityService, journey);
      childIds.add(recorded.json().get("children").get(0).get("childId").asText());
      contacts.put("possibleDuplicate", UUID.fromString(recorded.json().get("contactId").asText()));
    }
    duplicateChildren = childIds;
    processInstanceId = taskService.createTaskQuery().processDefinitionKey("possible-duplicate")
        .processVariableValueEquals("possibleDuplicateId", jdbc.sql("select id from possible_duplicate where child_id = ?::uuid")
            .param(childIds.get(1)).query(UUID.class).single().toString())
        .singleResult().getProcessInstanceId();
    return "OK";
  }

  private void checkJourney(String journey) {
    UUID contact = contacts.get(journey);
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
        .singleResult().getEndTime()).as("the %s journey ended", journey).isNotNull();
    List<String> outcomes = jdbc.sql("""
        select o.outcome from child_outcome o join contact_child cc
        on cc.contact_id = o.contact_id and cc.child_id = o.child_id where o.contact_id = ? order by cc.position""")
        .param(contact).query(String.class).list();
    switch (journey) {
      case "twoChildren" -> {
        assertThat(outcomes).containsExactly("strategy-discussion", "brief-intervention-team");
        assertThat(doneBy(ChildJourneyProcess.Element.MANAGEMENT_OVERSIGHT)).containsExactly("manager", "manager2");
        assertThat(doneBy(ChildJourneyProcess.Element.RECORD_CONSENT)).containsExactly("practitioner2");
        assertThat(doneBy(ChildJourneyProcess.Element.OFFER_BRIEF_INTERVENTION)).containsExactly("bit");
        assertThat(doneBy(ChildJourneyProcess.Element.CHECK_AGENCY_RECORDS))
            .containsExactlyInAnyOrder("police", "health", "education", "probation", "housing");
      }
      case "sevenChildren" -> {
        assertThat(outcomes).hasSize(7).first().isEqualTo("strategy-discussion");
        assertThat(outcomes.subList(1, 7)).containsOnly("children-and-families-assessment");
        assertThat(doneBy(ChildJourneyProcess.Element.OVERSIGHT_FOR_CHILD)).hasSize(7).containsOnly("manager");
        assertThat(doneBy(ChildJourneyProcess.Element.ALLOCATE_ASSESSMENT)).hasSize(7).containsOnly("assessor");
      }
      case "refusal" -> {
        assertThat(outcomes).containsExactly("information-and-advice");
        assertThat(jdbc.sql("select count(*) from mash_check where contact_id = ?").param(contact)
            .query(Long.class).single()).as("nothing shared with partner agencies").isZero();
        assertThat(doneBy(ChildJourneyProcess.Element.MANAGEMENT_OVERSIGHT)).containsExactly("manager2");
      }
      case "possibleDuplicate" -> {
        assertThat(jdbc.sql("select merged_into from child where id = ?::uuid").param(duplicateChildren.get(1))
            .query(UUID.class).single()).as("the later record is merged into the earlier one")
            .hasToString(duplicateChildren.get(0));
        assertThat(doneBy("Task_CompareRecords")).containsExactly("practitioner");
      }
      default -> fail("no checks for the journey " + journey);
    }
  }

  /** Who completed the journey's tasks of one step, in order. */
  private List<String> doneBy(String element) {
    return historyService.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(element).finished().orderByHistoricTaskInstanceEndTime().asc().list().stream()
        .map(HistoricTaskInstance::getAssignee).toList();
  }

  private static Thread killAfterTimeout(Process node) {
    Thread killer = new Thread(() -> {
      try {
        Thread.sleep(TimeUnit.MINUTES.toMillis(TIMEOUT_MINUTES));
        node.destroyForcibly();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    killer.setDaemon(true);
    killer.start();
    return killer;
  }

  private static String node() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, "node"))) {
        return Path.of(dir, "node").toString();
      }
    }
    return fail("Node.js (node) is needed on the PATH to drive Chromium: install the Debian package \"nodejs\"");
  }

  private static String stderr() {
    try {
      return Files.readString(SHOTS.resolve("node-stderr.log"));
    } catch (IOException e) {
      return "(no output: " + e.getMessage() + ")";
    }
  }
}
