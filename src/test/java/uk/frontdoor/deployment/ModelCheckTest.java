package uk.frontdoor.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The model check on the real processes/ folder (it must pass: this is the check in {@code mvn verify}) and on
 * copies broken the ways a service lead could break them in Camunda Modeler, one way per test.
 */
class ModelCheckTest {

  static ModelCheck check;
  static ModelFolder processes;

  @BeforeAll
  static void readFolder() {
    check = ModelCheck.withServiceComponents();
    processes = ModelFolder.read(Path.of("processes"));
  }

  @Test
  void theServiceLeadsFolderPasses() {
    assertThat(check.check(processes)).isEmpty();
    assertThat(processes.files()).containsKeys("child-journey.bpmn", "pathways-threshold.dmn",
        "forms/record-contact.form", "language/glossary.csv", "calendar/bank-holidays-england-and-wales.csv");
  }

  @Test
  void aMisspeltFormReferenceIsNamedWithItsTask() {
    List<ModelProblem> problems = checkChanged("child-journey.bpmn",
        replace("camunda:formRef=\"screen-contact\"", "camunda:formRef=\"screen-contat\""));

    assertThat(problems).singleElement().satisfies(problem -> {
      assertThat(problem.file()).isEqualTo("child-journey.bpmn");
      assertThat(problem.elementId()).isEqualTo("Task_ScreenContact");
      assertThat(problem.elementName()).isNotBlank();
      assertThat(problem.whatIsWrong()).contains("\"screen-contat\"").contains("names no form");
      assertThat(problem.whatToDo()).contains("screen-contact");
      assertThat(problem.toString()).startsWith("child-journey.bpmn, \"" + problem.elementName().strip()
          + "\" (Task_ScreenContact): the form reference");
    });
  }

  @Test
  void aStepWithoutAShapeIsFound() {
    List<ModelProblem> problems = checkChanged("child-journey.bpmn", bpmn -> {
      int shape = bpmn.indexOf("<bpmndi:BPMNShape id=\"Task_TellReferrer_di\"");
      int end = bpmn.indexOf("</bpmndi:BPMNShape>", shape) + "</bpmndi:BPMNShape>".length();
      return bpmn.substring(0, shape) + bpmn.substring(end);
    });

    assertThat(problems).singleElement().satisfies(problem -> {
      assertThat(problem.elementId()).isEqualTo("Task_TellReferrer");
      assertThat(problem.whatIsWrong()).contains("not drawn");
    });
  }

  @Test
  void aFormOfANewerSchemaThanTasklistReadsIsRefused() {
    List<ModelProblem> problems = checkChanged("forms/screen-contact.form",
        replace("\"schemaVersion\": 16", "\"schemaVersion\": 18"));

    assertThat(problems).singleElement().satisfies(problem -> {
      assertThat(problem.file()).isEqualTo("forms/screen-contact.form");
      assertThat(problem.whatIsWrong()).contains("format 18").contains("format 16").contains("Tasklist 7.24");
    });
  }

  @Test
  void formFieldsTasklistCannotShowOrCompleteAreRefused() {
    List<ModelProblem> problems = checkChanged("forms/record-contact.form",
        replace("\"type\": \"textarea\"", "\"type\": \"filepicker\"").andThen(
            replace("\"type\": \"group\"", "\"type\": \"dynamiclist\"")));

    assertThat(problems).extracting(ModelProblem::whatIsWrong)
        .anySatisfy(wrong -> assertThat(wrong).contains("cannot show a field of kind \"filepicker\""))
        .anySatisfy(wrong -> assertThat(wrong).contains("repeating list"));
  }

  @Test
  void aDelegateExpressionNamingNoBeanOrTheWrongKindOfBean() {
    List<ModelProblem> noBean = checkChanged("child-journey.bpmn",
        replace("camunda:delegateExpression=\"${checkHistory}\"", "camunda:delegateExpression=\"${checkHistroy}\""));
    List<ModelProblem> wrongKind = checkChanged("child-journey.bpmn",
        replace("delegateExpression=\"${recordScreening}\"", "delegateExpression=\"${checkHistory}\""));
    List<ModelProblem> listenerAsStep = checkChanged("child-journey.bpmn",
        replace("camunda:delegateExpression=\"${proposePathway}\"", "camunda:delegateExpression=\"${fourEyes}\""));

    assertThat(noBean).singleElement().satisfies(problem -> {
      assertThat(problem.elementId()).isEqualTo("Task_CheckHistory");
      assertThat(problem.whatIsWrong()).contains("\"checkHistroy\"").contains("no part of the service");
    });
    assertThat(wrongKind).singleElement().satisfies(problem -> {
      assertThat(problem.elementId()).isEqualTo("Task_ScreenContact");
      assertThat(problem.whatIsWrong()).contains("listener").contains("\"checkHistory\"").contains("cannot be used");
    });
    assertThat(listenerAsStep).singleElement().satisfies(problem -> {
      assertThat(problem.elementId()).isEqualTo("Task_ProposePathway");
      assertThat(problem.whatIsWrong()).contains("\"fourEyes\"").contains("service task");
    });
  }

  @Test
  void anExpressionCallingNoBeanIsFound() {
    List<ModelProblem> problems = checkChanged("dip-sample-audit.bpmn",
        replace("${auditFollowUp.manager(auditId)}", "${auditFollowup.manager(auditId)}"));

    assertThat(problems).singleElement().satisfies(problem -> {
      assertThat(problem.elementId()).isEqualTo("Task_FollowUpAudit");
      assertThat(problem.whatIsWrong()).contains("\"auditFollowup\"");
    });
  }

  @Test
  void aDecisionReferenceToNoDecision() {
    List<ModelProblem> problems = checkChanged("child-journey.bpmn",
        replace("camunda:decisionRef=\"rag-rating\"", "camunda:decisionRef=\"rag-ratings\""));

    assertThat(problems).singleElement().satisfies(problem -> {
      assertThat(problem.elementId()).isEqualTo("Task_ProposeUrgency");
      assertThat(problem.whatIsWrong()).contains("\"rag-ratings\"").contains("no decision table");
    });
  }

  @Test
  void aDecisionAnsweringAValueTheServiceDoesNotKnow() {
    List<ModelProblem> problems = checkChanged("rag-rating.dmn", bpmn -> {
      int rule = bpmn.indexOf("<outputEntry id=\"rule-neglect-out-1\">");
      int text = bpmn.indexOf("<text>", rule);
      int end = bpmn.indexOf("</text>", text);
      return bpmn.substring(0, text) + "<text>\"purple\"" + bpmn.substring(end);
    });

    assertThat(problems).singleElement().satisfies(problem -> {
      assertThat(problem.file()).isEqualTo("rag-rating.dmn");
      assertThat(problem.elementId()).isEqualTo("rag-rating");
      assertThat(problem.whatIsWrong()).contains("\"purple\"");
      assertThat(problem.whatToDo()).contains("amber, green, red");
    });
  }

  @Test
  void aDecisionTheServiceNeedsIsMissing() {
    List<ModelProblem> problems = checkChanged("pathways-threshold.dmn",
        replace("<decision id=\"pathways-pathway\"", "<decision id=\"pathways-route\""));

    assertThat(problems).singleElement().extracting(ModelProblem::whatIsWrong).asString()
        .contains("\"pathways-pathway\"");
  }

  @Test
  void aCandidateGroupThatIsNoRole() {
    List<ModelProblem> problems = checkChanged("child-journey.bpmn", replace(
        "camunda:formRef=\"strategy-discussion\" camunda:formRefBinding=\"latest\" camunda:candidateGroups=\"crs-managers\"",
        "camunda:formRef=\"strategy-discussion\" camunda:formRefBinding=\"latest\" camunda:candidateGroups=\"crs-manager\""));

    assertThat(problems).singleElement().satisfies(problem -> {
      assertThat(problem.elementId()).isEqualTo("Task_HoldStrategyDiscussion");
      assertThat(problem.whatIsWrong()).contains("\"crs-manager\"");
      assertThat(problem.whatToDo()).contains("crs-managers");
    });
  }

  @Test
  void historyTimeToLiveOnEveryProcessAndDecision() {
    List<ModelProblem> process = checkChanged("dip-sample-schedule.bpmn",
        replace("camunda:historyTimeToLive=\"P2555D\"", ""));
    List<ModelProblem> decision = checkChanged("rag-rating.dmn",
        replace("camunda:historyTimeToLive=\"P3650D\"", ""));

    assertThat(process).singleElement().satisfies(problem -> {
      assertThat(problem.elementId()).isEqualTo("dip-sample-schedule");
      assertThat(problem.whatIsWrong()).contains("history time to live");
    });
    assertThat(decision).singleElement().satisfies(problem -> {
      assertThat(problem.elementId()).isEqualTo("rag-rating");
      assertThat(problem.whatIsWrong()).contains("history time to live");
    });
  }

  @Test
  void everyUserTaskHasADueDate() {
    List<ModelProblem> problems = checkChanged("dip-sample-audit.bpmn",
        replace(" camunda:dueDate=\"${auditFollowUp.dueDate(auditId)}\"", ""));

    assertThat(problems).singleElement().satisfies(problem -> {
      assertThat(problem.elementId()).isEqualTo("Task_FollowUpAudit");
      assertThat(problem.whatIsWrong()).contains("no due date");
    });
  }

  @Test
  void arrowsMeetAtAGatewayAndEventsHaveNames() {
    List<ModelProblem> problems = checkChanged("child-journey.bpmn", replace(
        "sourceRef=\"Gateway_SendBackTo\" targetRef=\"Gateway_ToScreening\"",
        "sourceRef=\"Gateway_SendBackTo\" targetRef=\"Task_ScreenContact\"").andThen(
            replace("name=\"Escalation recorded\"", "")));

    assertThat(problems).extracting(ModelProblem::elementId).contains("Task_ScreenContact", "EndEvent_EscalationRecorded");
    assertThat(problems).filteredOn(problem -> "Task_ScreenContact".equals(problem.elementId()))
        .extracting(ModelProblem::whatIsWrong).anySatisfy(wrong -> assertThat(wrong).contains("two or more arrows"));
  }

  @Test
  void javaClassesAndScriptsAreRefused() {
    List<ModelProblem> problems = checkChanged("child-journey.bpmn",
        replace("camunda:delegateExpression=\"${checkHistory}\"", "camunda:class=\"uk.frontdoor.history.CheckHistory\"")
            .andThen(replace("<camunda:executionListener delegateExpression=\"${recordScreening}\" event=\"end\" />",
                "<camunda:executionListener event=\"end\"><camunda:script scriptFormat=\"javascript\">1</camunda:script>"
                    + "</camunda:executionListener>")));

    assertThat(problems).extracting(ModelProblem::elementId).contains("Task_CheckHistory", "Task_ScreenContact");
    assertThat(problems).extracting(ModelProblem::whatIsWrong)
        .anySatisfy(wrong -> assertThat(wrong).contains("Java class"))
        .anySatisfy(wrong -> assertThat(wrong).contains("script"));
  }

  @Test
  void glossaryAndCalendarMustRead() {
    List<ModelProblem> glossary = checkChanged("language/glossary.csv", text -> text + "\nFLURB,acronym\n");
    List<ModelProblem> calendar = checkChanged("calendar/bank-holidays-england-and-wales.csv",
        text -> text + "\n2028-13-01,Made-up day\n");

    assertThat(glossary).singleElement().satisfies(problem -> {
      assertThat(problem.file()).isEqualTo("language/glossary.csv");
      assertThat(problem.whatIsWrong()).contains("line").contains("columns");
    });
    assertThat(calendar).singleElement().satisfies(problem -> {
      assertThat(problem.file()).isEqualTo("calendar/bank-holidays-england-and-wales.csv");
      assertThat(problem.whatIsWrong()).contains("2028-13-01").contains("not a date");
    });
  }

  @Test
  void aTemplateBuiltStepIsAcceptedAndAMissingTemplateIsNot() {
    List<ModelProblem> built = checkChanged("child-journey.bpmn", replace(
        "<bpmn:serviceTask id=\"Task_CheckCouncilRecords\"",
        "<bpmn:serviceTask camunda:modelerTemplate=\"uk.frontdoor.check-council-records\" id=\"Task_CheckCouncilRecords\""));
    List<ModelProblem> missing = checkChanged("child-journey.bpmn", replace(
        "<bpmn:serviceTask id=\"Task_CheckCouncilRecords\"",
        "<bpmn:serviceTask camunda:modelerTemplate=\"uk.frontdoor.no-such-step\" id=\"Task_CheckCouncilRecords\""));

    assertThat(built).isEmpty();
    assertThat(missing).singleElement().extracting(ModelProblem::whatIsWrong).asString().contains("no-such-step");
  }

  @Test
  void aTemplateNamingNoBeanIsFound() {
    String template = processes.files().keySet().stream().filter(name -> name.startsWith(ModelCheck.ELEMENT_TEMPLATES))
        .filter(name -> processes.text(name).contains("${checkCouncilRecords}")).findFirst().orElseThrow();

    List<ModelProblem> problems = checkChanged(template, replace("${checkCouncilRecords}", "${checkCouncilRecord}"));

    assertThat(problems).singleElement().satisfies(problem -> {
      assertThat(problem.file()).isEqualTo(template);
      assertThat(problem.whatIsWrong()).contains("\"checkCouncilRecord\"");
    });
  }

  @Test
  void aFileThatIsNotXmlIsNamed() {
    List<ModelProblem> problems = checkChanged("child-journey.bpmn", bpmn -> bpmn.substring(0, bpmn.length() / 2));

    assertThat(problems).singleElement().satisfies(problem -> {
      assertThat(problem.file()).isEqualTo("child-journey.bpmn");
      assertThat(problem.whatIsWrong()).contains("cannot be read");
    });
  }

  private static List<ModelProblem> checkChanged(String file, UnaryOperator<String> change) {
    assertThat(processes.files()).containsKey(file);
    SortedMap<String, byte[]> files = new TreeMap<>(processes.files());
    String changed = change.apply(processes.text(file));
    assertThat(changed).as("the change to " + file).isNotEqualTo(processes.text(file));
    files.put(file, changed.getBytes(StandardCharsets.UTF_8));
    return check.check(new ModelFolder("changed processes", files));
  }

  private static Change replace(String from, String to) {
    return text -> {
      assertThat(text).contains(from);
      return text.replace(from, to);
    };
  }

  /** A change to a file's text that can be followed by another. */
  interface Change extends UnaryOperator<String> {
    default Change andThen(Change next) {
      return text -> next.apply(apply(text));
    }
  }
}
