package uk.frontdoor.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.ProcessInstanceModificationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobRetriesCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.junit.jupiter.api.Test;

/** The protected fields the guard reads, pinned on this Camunda version: an upgrade that renames one fails here. */
class CommandFieldsTest {

  @Test
  void aModificationGivesItsJourneyAndItsAnnotationThroughItsBuilder() {
    ProcessInstanceModificationBuilderImpl builder = new ProcessInstanceModificationBuilderImpl("journey-1");
    builder.setAnnotation("Moved back to screening: the wrong child was named.");
    ModifyProcessInstanceCmd command = new ModifyProcessInstanceCmd(builder);

    assertThat(CommandFields.ids(command, "processInstanceId", "processInstanceIds")).containsExactly("journey-1");
    assertThat(CommandFields.text(command, "annotation", "deleteReason"))
        .isEqualTo("Moved back to screening: the wrong child was named.");
  }

  @Test
  void aCancellationGivesItsJourneyAndItsDeleteReason() {
    DeleteProcessInstanceCmd command = new DeleteProcessInstanceCmd("journey-2", "  A duplicate of another contact. ",
        false, false, false, true, false);

    assertThat(CommandFields.ids(command, "processInstanceId")).containsExactly("journey-2");
    assertThat(CommandFields.text(command, "annotation", "deleteReason")).isEqualTo("A duplicate of another contact.");
  }

  @Test
  void jobsTasksAndVariablesGiveTheirIds() {
    assertThat(CommandFields.ids(new SetJobRetriesCmd(List.of("job-1", "job-2"), 1, null, false), "jobId", "jobIds"))
        .containsExactly("job-1", "job-2");
    assertThat(CommandFields.ids(new SetTaskVariablesCmd("task-1", Map.of(), false), "entityId"))
        .containsExactly("task-1");
    assertThat(CommandFields.read(new CompleteTaskCmd("task-2", Map.of("a", 1)), "variables")).isEqualTo(Map.of("a", 1));
    assertThat(CommandFields.read(new SubmitTaskFormCmd("task-3", Map.of("b", 2), false, false), "properties"))
        .isEqualTo(Map.of("b", 2));
    assertThat(CommandFields.read(new CompleteTaskCmd("task-2", null), "taskId")).isEqualTo("task-2");
  }

  @Test
  void aMissingFieldOrBlankTextIsNothing() {
    ClaimTaskCmd claim = new ClaimTaskCmd("task-4", "practitioner");

    assertThat(CommandFields.read(claim, "annotation")).isNull();
    assertThat(CommandFields.text(new DeleteProcessInstanceCmd("journey-3", " ", false, false, false, true, false),
        "deleteReason")).isNull();
  }

  @Test
  void assigningIsAPersonsActAndMovingAJourneyAnAdministratorsOne() {
    assertThat(AdminOnlyCommands.of(new AssignTaskCmd("task-5", "manager2")))
        .isEmpty();
    assertThat(AdminOnlyCommands.of(new ClaimTaskCmd("task-5", "manager2"))).isEmpty();
    assertThat(AdminOnlyCommands.of(new ModifyProcessInstanceCmd(new ProcessInstanceModificationBuilderImpl("j"))))
        .map(AdminOnlyCommands.Act::operation).contains("modify");
    assertThat(AdminOnlyCommands.of(new SetTaskVariablesCmd("task-6", Map.of(), false)))
        .map(AdminOnlyCommands.Act::operation).contains("variables");
  }
}
