package uk.frontdoor.security;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.form.FormData;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.StringValue;
import uk.frontdoor.journey.FormText;
import uk.frontdoor.validation.FormFields;
import uk.frontdoor.validation.FormValues;
import uk.frontdoor.validation.NotOnForm;
import uk.frontdoor.validation.Problems;

/**
 * A person's completion of a task may set only the fields of its own form (the deployed Camunda
 * Form the task names), so no submission can write a fact the journey routes on. Anything else
 * is refused, naming each variable. Every text sent is text a person could have typed (no control
 * characters, within what the engine stores), also in a field the step does not read for the
 * answer given. (A journey's start is checked by its start event's listener.)
 */
final class SubmittedFields {

  /** Field names per deployed form definition: a deployment never changes. */
  private final Map<String, Set<String>> fieldsByForm = new ConcurrentHashMap<>();

  /** Whether this is a submission whose variables are checked here. */
  static boolean isSubmission(Object command) {
    return command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd;
  }

  /** Refuses the submission if it sets a variable its form has no field for; runs inside the command's context. */
  void check(CommandContext context, Object command) {
    Map<String, Object> sent = sent(command);
    Set<String> submitted = sent.keySet();
    if (submitted.isEmpty()) {
      return;
    }
    Set<String> allowed = context.runWithoutAuthorization(() -> allowed(context, command));
    if (allowed == null) {
      return; // no such task or model: the command itself says so
    }
    NotOnForm.refuseOthers("This form cannot be sent with values that are not on it", "this form", submitted, allowed);
    Problems problems = new Problems();
    sent.forEach((name, value) -> {
      // a typed value is read only when it is text: an object sent serialized is never deserialized here
      Object text = value instanceof StringValue typed ? typed.getValue() : value;
      if (text instanceof String written) {
        FormValues.textIn(problems, name, written, FormText.MAX_LENGTH);
      }
    });
    problems.throwIfAny("This form cannot be sent with these values");
  }

  /** The submitted variables by name, as the command holds them (values or typed values). */
  private static Map<String, Object> sent(Object command) {
    Object variables = CommandFields.read(command, command instanceof SubmitTaskFormCmd ? "properties" : "variables");
    Map<String, Object> sent = new LinkedHashMap<>();
    if (variables instanceof VariableMap typed) {
      typed.keySet().forEach(name -> sent.put(name, typed.getValueTyped(name)));
    } else if (variables instanceof Map<?, ?> map) {
      map.forEach((name, value) -> sent.put(String.valueOf(name), value));
    }
    return sent;
  }

  private Set<String> allowed(CommandContext context, Object command) {
    String taskId = (String) CommandFields.read(command, "taskId");
    TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
    if (task == null) {
      return null;
    }
    if (task.getTaskDefinition() == null) {
      return Set.of(); // a task made by hand has no form
    }
    FormData form = new GetTaskFormCmd(taskId).execute(context);
    if (form == null || form.getCamundaFormRef() == null) {
      return Set.of();
    }
    CamundaFormDefinition definition = new GetCamundaFormDefinitionCmd(form.getCamundaFormRef(), form.getDeploymentId())
        .execute(context);
    if (definition == null) {
      return Set.of();
    }
    return fieldsByForm.computeIfAbsent(definition.getId(), id -> {
      ResourceEntity resource = context.getResourceManager()
          .findResourceByDeploymentIdAndResourceName(definition.getDeploymentId(), definition.getResourceName());
      return resource == null ? Collections.emptySet() : FormFields.of(resource.getBytes());
    });
  }
}
