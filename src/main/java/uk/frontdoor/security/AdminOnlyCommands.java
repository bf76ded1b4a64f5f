package uk.frontdoor.security;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.SetJobsRetriesByProcessBatchCmd;
import org.camunda.bpm.engine.impl.batch.DeleteBatchCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractAddIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractDeleteProcessDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractDeleteProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractModificationCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRestartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetExternalTaskRetriesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetJobDefinitionStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetJobStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetJobsRetriesBatchCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetProcessDefinitionStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetProcessInstanceStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetTaskPropertyCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractUpdateProcessInstancesSuspendStateCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CreateIncidentCmd;
import org.camunda.bpm.engine.impl.cmd.CreateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteDeploymentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteHistoricProcessInstancesCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteHistoricTaskInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteHistoricVariableInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteHistoricVariableInstancesByProcessInstanceIdCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteJobCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessInstanceCommentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTaskCommentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteUserOperationLogEntryCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.RecalculateJobDuedateCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveIncidentCmd;
import org.camunda.bpm.engine.impl.cmd.SaveAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SetAnnotationForIncidentCmd;
import org.camunda.bpm.engine.impl.cmd.SetExternalTaskPriorityCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobDefinitionPriorityCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobDuedateCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobPriorityCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobRetriesCmd;
import org.camunda.bpm.engine.impl.cmd.SetProcessDefinitionVersionCmd;
import org.camunda.bpm.engine.impl.cmd.SignalCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.UnlockJobCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateCommentCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateDecisionDefinitionHistoryTimeToLiveCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateProcessDefinitionHistoryTimeToLiveCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetBatchStateCmd;
import org.camunda.bpm.engine.impl.cmd.batch.CorrelateAllMessageBatchCmd;
import org.camunda.bpm.engine.impl.cmd.batch.DeleteHistoricProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.cmd.batch.DeleteProcessInstanceBatchCmd;
import org.camunda.bpm.engine.impl.cmd.batch.removaltime.SetRemovalTimeToHistoricBatchesCmd;
import org.camunda.bpm.engine.impl.cmd.batch.removaltime.SetRemovalTimeToHistoricDecisionInstancesCmd;
import org.camunda.bpm.engine.impl.cmd.batch.removaltime.SetRemovalTimeToHistoricProcessInstancesCmd;
import org.camunda.bpm.engine.impl.cmd.batch.variables.SetVariablesToProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.dmn.cmd.DeleteHistoricDecisionInstancesBatchCmd;
import org.camunda.bpm.engine.impl.migration.MigrateProcessInstanceCmd;
import org.camunda.bpm.engine.impl.migration.batch.MigrateProcessInstanceBatchCmd;

/**
 * The engine commands that change a journey outside its model: only an administrator may issue
 * them, and only with a reason ({@link CommandGuard}). Every other command is governed by
 * Camunda's authorizations alone: claiming, assigning, delegating, completing (own form fields
 * only), starting a journey at its start, comments, reading. The README's security section lists
 * these decisions.
 */
final class AdminOnlyCommands {

  /** One kind of act: its code in the intervention log and what it does, in words for the refusal. */
  record Act(Class<?> command, String operation, String words) {
  }

  /** The first matching entry wins: a subclass comes before its parent. */
  static final List<Act> ACTS = List.of(
      new Act(StartProcessInstanceAtActivitiesCmd.class, "start-part-way", "start a journey part-way through"),
      new Act(ModifyProcessInstanceCmd.class, "modify", "move a journey to another step"),
      new Act(ModifyProcessInstanceAsyncCmd.class, "modify", "move a journey to another step"),
      new Act(AbstractModificationCmd.class, "modify", "move journeys to another step"),
      new Act(MigrateProcessInstanceCmd.class, "migrate", "move journeys to another version of the model"),
      new Act(MigrateProcessInstanceBatchCmd.class, "migrate", "move journeys to another version of the model"),
      new Act(SetProcessDefinitionVersionCmd.class, "migrate", "move journeys to another version of the model"),
      new Act(AbstractRestartProcessInstanceCmd.class, "restart", "restart journeys"),
      new Act(AbstractSetVariableCmd.class, "variables", "change a journey's or task's variables"),
      new Act(AbstractRemoveVariableCmd.class, "variables", "delete a journey's or task's variables"),
      new Act(AbstractPatchVariablesCmd.class, "variables", "change a journey's or task's variables"),
      new Act(SetVariablesToProcessInstancesBatchCmd.class, "variables", "change journeys' variables"),
      new Act(AbstractDeleteProcessInstanceCmd.class, "cancel", "cancel a journey"),
      new Act(DeleteProcessInstanceBatchCmd.class, "cancel", "cancel journeys"),
      new Act(AbstractSetProcessInstanceStateCmd.class, "suspend", "suspend or resume a journey"),
      new Act(AbstractUpdateProcessInstancesSuspendStateCmd.class, "suspend", "suspend or resume journeys"),
      new Act(AbstractSetProcessDefinitionStateCmd.class, "suspend", "suspend or resume a model"),
      new Act(AbstractSetJobDefinitionStateCmd.class, "suspend", "suspend or resume the engine's jobs"),
      new Act(AbstractSetJobStateCmd.class, "suspend", "suspend or resume the engine's jobs"),
      new Act(AbstractSetBatchStateCmd.class, "suspend", "suspend or resume a batch"),
      new Act(DeleteBatchCmd.class, "cancel", "delete a batch"),
      new Act(SetJobRetriesCmd.class, "job", "retry a failed step"),
      new Act(AbstractSetJobsRetriesBatchCmd.class, "job", "retry failed steps"),
      new Act(SetJobsRetriesByProcessBatchCmd.class, "job", "retry failed steps"),
      new Act(SetJobDuedateCmd.class, "job", "change when a step or timer runs"),
      new Act(RecalculateJobDuedateCmd.class, "job", "change when a step or timer runs"),
      new Act(SetJobPriorityCmd.class, "job", "change a step's priority"),
      new Act(SetJobDefinitionPriorityCmd.class, "job", "change a step's priority"),
      new Act(ExecuteJobsCmd.class, "job", "run a step or timer now"),
      new Act(UnlockJobCmd.class, "job", "unlock a step"),
      new Act(DeleteJobCmd.class, "job", "delete a step or timer"),
      new Act(AbstractSetExternalTaskRetriesCmd.class, "job", "retry failed steps"),
      new Act(SetExternalTaskPriorityCmd.class, "job", "change a step's priority"),
      new Act(ResolveIncidentCmd.class, "incident", "resolve an incident"),
      new Act(SetAnnotationForIncidentCmd.class, "incident", "annotate an incident"),
      new Act(CreateIncidentCmd.class, "incident", "raise an incident"),
      new Act(SaveTaskCmd.class, "task", "create a task or change its details"),
      new Act(CreateTaskCmd.class, "task", "create a task"),
      new Act(AbstractAddIdentityLinkCmd.class, "task", "change who may work on a task or a task's details"),
      new Act(AbstractSetTaskPropertyCmd.class, "task", "change a task's details"),
      new Act(DeleteIdentityLinkCmd.class, "task", "change who may work on a task"),
      new Act(DeleteTaskCmd.class, "task", "delete a task"),
      new Act(HandleTaskBpmnErrorCmd.class, "task", "end a task with an error"),
      new Act(HandleTaskEscalationCmd.class, "task", "escalate a task"),
      new Act(UpdateCommentCmd.class, "record", "change a comment"),
      new Act(DeleteTaskCommentCmd.class, "record", "delete a comment"),
      new Act(DeleteProcessInstanceCommentCmd.class, "record", "delete a comment"),
      new Act(SaveAttachmentCmd.class, "record", "change an attachment"),
      new Act(DeleteAttachmentCmd.class, "record", "delete an attachment"),
      new Act(AbstractCorrelateMessageCmd.class, "message", "send a message to a journey"),
      new Act(CorrelateAllMessageBatchCmd.class, "message", "send a message to journeys"),
      new Act(MessageEventReceivedCmd.class, "message", "send a message to a journey"),
      new Act(SignalEventReceivedCmd.class, "message", "send a signal to journeys"),
      new Act(SignalCmd.class, "message", "move a waiting step on"),
      new Act(DeleteHistoricProcessInstancesCmd.class, "history", "delete a journey's history"),
      new Act(DeleteHistoricProcessInstancesBatchCmd.class, "history", "delete journeys' history"),
      new Act(DeleteHistoricTaskInstanceCmd.class, "history", "delete a task's history"),
      new Act(DeleteHistoricVariableInstanceCmd.class, "history", "delete a variable's history"),
      new Act(DeleteHistoricVariableInstancesByProcessInstanceIdCmd.class, "history", "delete a journey's history"),
      new Act(DeleteHistoricDecisionInstancesBatchCmd.class, "history", "delete decisions' history"),
      new Act(DeleteUserOperationLogEntryCmd.class, "history", "delete an entry of the engine's log"),
      new Act(SetRemovalTimeToHistoricProcessInstancesCmd.class, "history", "change how long history is kept"),
      new Act(SetRemovalTimeToHistoricDecisionInstancesCmd.class, "history", "change how long history is kept"),
      new Act(SetRemovalTimeToHistoricBatchesCmd.class, "history", "change how long history is kept"),
      new Act(UpdateProcessDefinitionHistoryTimeToLiveCmd.class, "history", "change how long history is kept"),
      new Act(UpdateDecisionDefinitionHistoryTimeToLiveCmd.class, "history", "change how long history is kept"),
      new Act(DeleteDeploymentCmd.class, "deployment", "delete a deployment"),
      new Act(AbstractDeleteProcessDefinitionCmd.class, "deployment", "delete a model"));

  private AdminOnlyCommands() {
  }

  /** The act the command is, if only an administrator may issue it. */
  static Optional<Act> of(Object command) {
    // assigning (and unassigning) is a person's everyday act, though Camunda files it with identity links
    if (command instanceof AssignTaskCmd) {
      return Optional.empty();
    }
    return ACTS.stream().filter(act -> act.command().isInstance(command)).findFirst();
  }
}
