package uk.frontdoor.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import uk.frontdoor.journey.ChildJourneyProcess;
import uk.frontdoor.journey.ChildJourneyProcess.Element;
import uk.frontdoor.journey.JourneyDriver;
import uk.frontdoor.support.Contacts;
import uk.frontdoor.support.Http.Reply;
import uk.frontdoor.support.HttpTest;

/**
 * Who may claim, complete and read each task of the journey, written once as a table and run over
 * real HTTP as the seeded users, on one journey walked from contact to its last follow-on step (a
 * strategy discussion for one child, Brief Intervention for the other). Each cell is three letters,
 * y or n: <b>claim</b> (204, or 403), <b>complete</b> (an empty submission refused for its content,
 * 400, or refused the person: 403, or 400 saying only another team may: so no cell completes the
 * task for real), <b>read</b> the task's
 * form variables (200, or 403). Then the person who does the step completes it, as in Tasklist.
 * A manager may take any front-door task (to reassign or cover) but answers no partner agency's,
 * Brief Intervention's or assessment team's step; an administrator likewise. Reading is open to
 * the front door, service leads and auditors. {@link RoleOperationMatrixHttpTest} has the
 * operations outside tasks.
 */
class TaskMatrixHttpTest extends HttpTest {

  static final String MATRIX = """
      task                        practitioner manager police bit assessor servicelead auditor admin
      Task_ScreenContact          yyy          yyy     nnn    nnn nnn      nny         nny     yyy
      Task_RecordConsent          yyy          yyy     nnn    nnn nnn      nny         nny     yyy
      Task_CheckAgencyRecords     nny          yny     yyy    nnn nnn      nny         nny     yny
      Task_ApplyPathways          yyy          yyy     nnn    nnn nnn      nny         nny     yny
      Task_DecidePathway          yyy          yyy     nnn    nnn nnn      nny         nny     yny
      Task_ManagementOversight    nny          yyy     nnn    nnn nnn      nny         nny     yny
      Task_OversightForChild      nny          yyy     nnn    nnn nnn      nny         nny     yny
      Task_HoldStrategyDiscussion nny          yyy     nnn    nnn nnn      nny         nny     yny
      Task_OfferBriefIntervention nny          yny     nnn    yyy nnn      nny         nny     yny
      Task_AllocateAssessment     nny          yny     nnn    nnn yyy      nny         nny     yny
      Task_TellReferrer           yyy          yyy     nnn    nnn nnn      nny         nny     yyy
      """;

  private static final List<String> ROLES = Arrays.asList(MATRIX.lines().findFirst().orElseThrow().trim()
      .split("\\s+")).subList(1, 9);

  /** How a step kept to one team or role refuses the others: "only the police officers can…". */
  private static final Pattern ONLY = Pattern.compile("only (the|a) [^.;]* can ");

  private final Map<String, Map<String, String>> found = new LinkedHashMap<>();

  @Test
  void eachRoleMayClaimCompleteAndReadExactlyTheTasksTheMatrixSays() {
    String ada = Contacts.uniqueName("Ada");
    ObjectNode request = Contacts.valid(
        Contacts.child(ada, Contacts.uniqueName("Shaw"), LocalDate.now().minusYears(9)),
        Contacts.child(Contacts.uniqueName("Ben"), Contacts.uniqueName("Shaw"), LocalDate.now().minusYears(6)));
    Reply recorded = as("practitioner").post("/api/contacts", request.toString());
    assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
    String pi = recorded.json().get("processInstanceId").asText();
    runJobs(pi);

    step(pi, Element.SCREEN_CONTACT, "practitioner", task -> JourneyDriver.screening("mash-checks"));
    step(pi, Element.RECORD_CONSENT, "practitioner", task -> JourneyDriver.consentGiven());
    runJobs(pi);
    for (Map.Entry<String, String> agency : JourneyDriver.AGENCY_GROUPS.entrySet()) {
      Task check = taskService.createTaskQuery().processInstanceId(pi).taskDefinitionKey(Element.CHECK_AGENCY_RECORDS)
          .list().stream()
          .filter(t -> agency.getKey().equals(taskService.getVariable(t.getId(), ChildJourneyProcess.Var.AGENCY)))
          .findFirst().orElseThrow();
      probeAndDo(check, "police".equals(agency.getKey()) ? Element.CHECK_AGENCY_RECORDS : null, Map.of(), agency.getKey(),
          JourneyDriver.agencyAnswer("known"));
    }
    runJobs(pi);
    for (int child = 0; child < 2; child++) {
      Task apply = next(pi, Element.APPLY_PATHWAYS);
      boolean first = apply.getName().contains(ada);
      probeAndDo(apply, Element.APPLY_PATHWAYS, Map.of(), "practitioner",
          first ? JourneyDriver.injuryIndicators(true) : JourneyDriver.earlyHelpIndicators());
      // the decision's form comes filled in with the proposed pathway, so an empty submission accepts
      // it: the probe sends a pathway that does not exist instead
      probeAndDo(next(pi, Element.DECIDE_PATHWAY), Element.DECIDE_PATHWAY, Map.of("chosenPathway", "no-such-pathway"),
          "practitioner", JourneyDriver.pathway(first ? "strategy-discussion" : "brief-intervention-team"));
    }
    step(pi, Element.MANAGEMENT_OVERSIGHT, "manager2", task -> JourneyDriver.oversightApproved(
        taskService.getVariables(task.getId())));
    for (int child = 0; child < 2; child++) {
      step(pi, Element.OVERSIGHT_FOR_CHILD, "manager2", task -> JourneyDriver.oversightForChild(
          taskService.getVariables(task.getId())));
    }
    step(pi, Element.HOLD_STRATEGY_DISCUSSION, "manager", task -> JourneyDriver.strategyDiscussion());
    step(pi, Element.OFFER_BRIEF_INTERVENTION, "bit", task -> JourneyDriver.briefIntervention());
    while (taskService.createTaskQuery().processInstanceId(pi).taskDefinitionKey(Element.ALLOCATE_ASSESSMENT).count() > 0) {
      step(pi, Element.ALLOCATE_ASSESSMENT, "assessor", task -> JourneyDriver.allocation());
    }
    step(pi, Element.TELL_REFERRER, "practitioner", task -> JourneyDriver.referrerTold());
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi).count()).as("the journey ended").isZero();

    assertThat(table(found)).as("who may claim, complete and read each task").isEqualTo(table(expected()));
  }

  /** The step's first open task: every role tried on it, then done by the person whose step it is. */
  private void step(String pi, String element, String doer, Function<Task, Map<String, Object>> payload) {
    Task task = next(pi, element);
    probeAndDo(task, element, Map.of(), doer, payload.apply(task));
  }

  private Task next(String pi, String element) {
    List<Task> open = taskService.createTaskQuery().processInstanceId(pi).taskDefinitionKey(element)
        .orderByTaskCreateTime().asc().list();
    assertThat(open).as("an open " + element).isNotEmpty();
    return open.get(0);
  }

  /** The probe: a submission the form's own rules refuse (empty, unless an empty one is valid). */
  private void probeAndDo(Task task, String element, Map<String, Object> probe, String doer,
      Map<String, Object> payload) {
    String path = "/engine-rest/task/" + task.getId();
    if (element != null && !found.containsKey(element)) {
      Map<String, String> cells = new LinkedHashMap<>();
      for (String role : ROLES) {
        int claim = as(role).post(path + "/claim", "{\"userId\":\"" + role + "\"}").status();
        taskService.setAssignee(task.getId(), null);
        Reply complete = as(role).post(path + "/submit-form", JourneyDriver.typed(probe), Map.of());
        // a step kept to one team refuses the others in words, among the form's own refusals
        int completed = complete.status() == 400 && ONLY.matcher(complete.body()).find() ? 403 : complete.status();
        if (completed == 403 && complete.status() == 400) {
          assertThat(complete.body()).as("said to the person or under a label, never a field key")
              .doesNotContain("\\\"user\\\"");
        }
        int read = as(role).get(path + "/form-variables").status();
        cells.put(role, letter(claim, 204, 403) + letter(completed, 400, 403) + letter(read, 200, 403));
      }
      found.put(element, cells);
    }
    Reply claimed = as(doer).post(path + "/claim", "{\"userId\":\"" + doer + "\"}");
    assertThat(claimed.status()).as(doer + " claims " + task.getName() + ": " + claimed).isEqualTo(204);
    Reply done = as(doer).post(path + "/submit-form", JourneyDriver.typed(payload), Map.of());
    assertThat(done.status()).as(doer + " completes " + task.getName() + ": " + done).isIn(200, 204);
  }

  /** y for the allowed answer, n for the refusal, the status itself for anything else (a 500 shows). */
  private static String letter(int status, int allowed, int refused) {
    return status == allowed ? "y" : status == refused ? "n" : "?" + status;
  }

  private static Map<String, Map<String, String>> expected() {
    Map<String, Map<String, String>> cells = new LinkedHashMap<>();
    MATRIX.lines().skip(1).filter(line -> !line.isBlank()).forEach(line -> {
      String[] cell = line.trim().split("\\s+");
      Map<String, String> row = new LinkedHashMap<>();
      for (int r = 0; r < ROLES.size(); r++) {
        row.put(ROLES.get(r), cell[r + 1]);
      }
      cells.put(cell[0], row);
    });
    return cells;
  }

  /** The table as the MATRIX writes it, so a difference reads as one. */
  private static String table(Map<String, Map<String, String>> cells) {
    return cells.entrySet().stream().map(row -> String.format("%-27s ", row.getKey())
        + row.getValue().values().stream().map(v -> String.format("%-4s", v)).collect(Collectors.joining(" ")))
        .collect(Collectors.joining("\n"));
  }
}
