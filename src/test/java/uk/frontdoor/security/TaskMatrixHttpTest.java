package uk.frontdoor.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import uk.frontdoor.journey.ChildJourneyProcess;
import uk.frontdoor.journey.ChildJourneyProcess.Element;
import uk.frontdoor.journey.JourneyDriver;
import uk.frontdoor.support.Http.Reply;
import uk.frontdoor.support.WholeJourneyHttpTest;

/**
 * Who may claim, complete and read each task of the journey, written once as a table and run over
 * real HTTP as the seeded users, on one journey walked from contact to its last follow-on step (a
 * strategy discussion for one child, Brief Intervention for the other). Each cell is three letters,
 * y or n: <b>claim</b> (204, or 403), <b>complete</b> (an empty submission refused for its content,
 * 400, or refused the person: 403, or 400 saying only another team may: so no cell completes the
 * task for real), <b>read</b> the task's
 * form variables (200, or 403). Then the person who does the step completes it, as in Tasklist.
 * A manager may take any front-door task (to reassign or cover) but answers no partner agency's,
 * Brief Intervention's or assessment team's step; an administrator may take any task (to hand it
 * on) but answers none: casework is done by the people whose step it is. Reading is open to
 * the front door, service leads and auditors. {@link RoleOperationMatrixHttpTest} has the
 * operations outside tasks.
 */
class TaskMatrixHttpTest extends WholeJourneyHttpTest {

  static final String MATRIX = """
      task                        practitioner manager police bit assessor servicelead auditor admin
      Task_ScreenContact          yyy          yyy     nnn    nnn nnn      nny         nny     yny
      Task_RecordConsent          yyy          yyy     nnn    nnn nnn      nny         nny     yny
      Task_CheckAgencyRecords     nny          yny     yyy    nnn nnn      nny         nny     yny
      Task_ApplyPathways          yyy          yyy     nnn    nnn nnn      nny         nny     yny
      Task_DecidePathway          yyy          yyy     nnn    nnn nnn      nny         nny     yny
      Task_ManagementOversight    nny          yyy     nnn    nnn nnn      nny         nny     yny
      Task_OversightForChild      nny          yyy     nnn    nnn nnn      nny         nny     yny
      Task_HoldStrategyDiscussion nny          yyy     nnn    nnn nnn      nny         nny     yny
      Task_OfferBriefIntervention nny          yny     nnn    yyy nnn      nny         nny     yny
      Task_AllocateAssessment     nny          yny     nnn    nnn yyy      nny         nny     yny
      Task_TellReferrer           yyy          yyy     nnn    nnn nnn      nny         nny     yny
      """;

  private static final List<String> ROLES = RoleTable.roles(MATRIX);

  /** How a step kept to one team or role refuses the others: "only the police officers can…". */
  static final Pattern ONLY = Pattern.compile("only (the|a) [^.;]* can ");

  private final Map<String, Map<String, String>> found = new LinkedHashMap<>();

  @Test
  void eachRoleMayClaimCompleteAndReadExactlyTheTasksTheMatrixSays() {
    walkWholeJourney((task, element, doer, payload) -> {
      // the police's check stands for the partner agencies' (each agency's officer its own)
      boolean police = !Element.CHECK_AGENCY_RECORDS.equals(element)
          || "police".equals(taskService.getVariable(task.getId(), ChildJourneyProcess.Var.AGENCY));
      if (police && !found.containsKey(element)) {
        found.put(element, probe(task, element));
      }
    });
    assertThat(table(found)).as("who may claim, complete and read each task").isEqualTo(table(RoleTable.parse(MATRIX)));
  }

  /**
   * Every role tried on the task, with a submission the form's own rules refuse: empty, except the
   * pathway decision, whose form comes filled in with the proposed pathway (so an empty submission
   * accepts it): it is sent a pathway that does not exist.
   */
  private Map<String, String> probe(Task task, String element) {
    Map<String, Object> refused = Element.DECIDE_PATHWAY.equals(element)
        ? Map.of("chosenPathway", "no-such-pathway") : Map.of();
    String path = "/engine-rest/task/" + task.getId();
    Map<String, String> cells = new LinkedHashMap<>();
    for (String role : ROLES) {
      int claim = as(role).post(path + "/claim", "{\"userId\":\"" + role + "\"}").status();
      taskService.setAssignee(task.getId(), null);
      Reply complete = as(role).post(path + "/submit-form", JourneyDriver.typed(refused), Map.of());
      // a step kept to one team refuses the others in words, among the form's own refusals
      int completed = complete.status() == 400 && ONLY.matcher(complete.body()).find() ? 403 : complete.status();
      if (completed == 403 && complete.status() == 400) {
        assertThat(complete.body()).as("said to the person or under a label, never a field key")
            .doesNotContain("\\\"user\\\"");
      }
      int read = as(role).get(path + "/form-variables").status();
      cells.put(role, letter(claim, 204, 403) + letter(completed, 400, 403) + letter(read, 200, 403));
    }
    return cells;
  }

  /** y for the allowed answer, n for the refusal, the status itself for anything else (a 500 shows). */
  private static String letter(int status, int allowed, int refused) {
    return status == allowed ? "y" : status == refused ? "n" : "?" + status;
  }

  /** The table as the MATRIX writes it, so a difference reads as one. */
  private static String table(Map<String, Map<String, String>> cells) {
    return cells.entrySet().stream().map(row -> String.format("%-27s ", row.getKey())
        + row.getValue().values().stream().map(v -> String.format("%-4s", v)).collect(Collectors.joining(" ")))
        .collect(Collectors.joining("\n"));
  }
}
