package uk.frontdoor.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.pvm.delegate.ActivityBehavior;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaScript;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import uk.frontdoor.clock.BankHolidays;
import uk.frontdoor.clock.BankHolidaysFileException;
import uk.frontdoor.clock.WorkingCalendarProperties;
import uk.frontdoor.language.Glossary;
import uk.frontdoor.language.GlossaryFormatException;
import uk.frontdoor.security.Roles;
import uk.frontdoor.threshold.Pathways;
import uk.frontdoor.urgency.UrgencyChange;

/**
 * The one check of a service lead's {@code processes/} folder, run before it is handed in
 * ({@code --check-models}), by the build, and at start-up before anything is deployed. It looks for
 * what would break only when a practitioner reaches the step: a form that is not there or that
 * Tasklist cannot show, a step that calls no part of the service, a queue no one is in, a missing
 * due date or retention time, a step without a shape, a glossary or calendar that does not read.
 *
 * <p>The rules are written against element kinds, not today's element list, so a redesigned flow
 * is checked as strictly as this one.
 */
public final class ModelCheck {

  /** The form-js schema of Tasklist 7.24 (the form viewer in camunda-webapp 7.24's lib/deps.js). */
  static final int TASKLIST_FORM_SCHEMA_VERSION = 16;

  /** The form fields that form viewer registers. */
  static final Set<String> TASKLIST_FORM_FIELDS = Set.of("button", "checkbox", "checklist", "datetime", "default",
      "expression", "group", "html", "iframe", "image", "number", "radio", "select", "separator", "spacer", "table",
      "taglist", "text", "textarea", "textfield", "dynamiclist");

  /** Fields it shows but with which a form cannot be completed. */
  static final Map<String, String> TASKLIST_UNUSABLE_FIELDS = Map.of("dynamiclist",
      "Tasklist 7.24 keeps the Complete button greyed out on a form with a repeating list");

  /** What the code does with each decision's answers: only these values are understood. */
  static final Map<String, Map<String, Set<String>>> DECISION_OUTPUTS = Map.of(
      "rag-rating", Map.of("rag", UrgencyChange.RATINGS),
      Pathways.INDICATORS_DECISION, Map.of("level", levels(), "domain", Pathways.domainCodes()),
      Pathways.LEVEL_DECISION, Map.of("level", levels()),
      Pathways.PATHWAY_DECISION, Map.of("pathway", Pathways.LABELS.keySet()));

  static final String ELEMENT_TEMPLATES = ".camunda/element-templates/";
  static final String GLOSSARY = Glossary.DEFAULT_LOCATION.substring("processes/".length());
  static final String BANK_HOLIDAYS = WorkingCalendarProperties.DEFAULT_BANK_HOLIDAYS
      .substring("classpath:processes/".length());

  private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
  private static final Pattern BEAN_NAME = Pattern.compile("^[$#]\\{\\s*([A-Za-z_]\\w*)\\s*}$");
  /** {@code bean.method(}: a call on a named bean. */
  private static final Pattern METHOD_CALL = Pattern.compile("([A-Za-z_]\\w*)\\s*\\.\\s*[A-Za-z_]\\w*\\s*\\(");
  /** What Camunda itself offers to expressions, not a bean of the service. */
  private static final Set<String> ENGINE_NAMES = Set.of("execution", "task", "externalTask", "variableScope");

  private final KnownBeans beans;
  private final ObjectMapper json = new ObjectMapper();
  private final DmnEngine dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

  ModelCheck(KnownBeans beans) {
    this.beans = beans;
  }

  /** The check as the command and the build run it: the service's components found on the class path. */
  public static ModelCheck withServiceComponents() {
    return new ModelCheck(KnownBeans.scanned("uk.frontdoor"));
  }

  /** Every problem in the folder, file by file; empty when it may go live. */
  public List<ModelProblem> check(ModelFolder folder) {
    List<ModelProblem> problems = new ArrayList<>();
    Map<String, String> forms = checkForms(folder, problems);
    Set<String> decisions = checkDecisions(folder, problems);
    Set<String> templates = checkTemplates(folder, problems);
    Map<String, byte[]> processes = folder.endingWith(".bpmn");
    if (processes.isEmpty()) {
      problems.add(ModelProblem.inFile(folder.location(), "there is no process model (.bpmn file) in the folder",
          "check that you chose the processes folder itself"));
    }
    processes.forEach((file, content) -> new ProcessCheck(file, forms, decisions, templates, problems).check(content));
    checkGlossary(folder, problems);
    checkCalendar(folder, problems);
    return problems;
  }

  // forms ------------------------------------------------------------------------------------

  /** Form ids to their files. */
  private Map<String, String> checkForms(ModelFolder folder, List<ModelProblem> problems) {
    Map<String, String> forms = new HashMap<>();
    folder.endingWith(".form").forEach((file, content) -> {
      JsonNode form;
      try {
        form = json.readTree(content);
      } catch (IOException e) {
        problems.add(ModelProblem.inFile(file, "the form cannot be read (" + firstLine(e.getMessage()) + ")",
            "open it in Camunda Modeler and save it again, or put back the last copy that worked"));
        return;
      }
      String id = form.path("id").asText("");
      if (id.isBlank()) {
        problems.add(ModelProblem.inFile(file, "the form has no id, so no step can use it",
            "give it a Form ID in Camunda Modeler"));
      } else {
        String earlier = forms.putIfAbsent(id, file);
        if (earlier != null) {
          problems.add(new ModelProblem(file, id, null, "the form has the same Form ID as " + earlier,
              "give one of them another Form ID and point its steps at it"));
        }
      }
      int version = form.path("schemaVersion").asInt(0);
      if (version > TASKLIST_FORM_SCHEMA_VERSION) {
        problems.add(new ModelProblem(file, id, null, "the form was saved in format " + version
            + ", newer than the format " + TASKLIST_FORM_SCHEMA_VERSION + " that Tasklist 7.24 shows",
            "save it from a Camunda Modeler set to Camunda 7.24, or put back the last copy that worked"));
      }
      String platform = form.path("executionPlatform").asText("Camunda Platform");
      if (!platform.equals("Camunda Platform")) {
        problems.add(new ModelProblem(file, id, null, "the form is made for " + platform + ", not Camunda 7",
            "make it again as a Camunda 7 form (Camunda Platform 7.24) in Camunda Modeler"));
      }
      checkFields(file, form.path("components"), problems);
    });
    return forms;
  }

  private static void checkFields(String file, JsonNode components, List<ModelProblem> problems) {
    for (JsonNode field : components) {
      String type = field.path("type").asText("");
      String id = field.path("id").asText(null);
      String label = field.path("label").asText(field.path("key").asText(null));
      if (!TASKLIST_FORM_FIELDS.contains(type)) {
        problems.add(new ModelProblem(file, id, label, "Tasklist 7.24 cannot show a field of kind \"" + type + "\"",
            "use one of the fields Camunda Modeler offers for Camunda 7.24, such as a text field, text area,"
                + " select, radio, checkbox, checklist or date"));
      }
      String unusable = TASKLIST_UNUSABLE_FIELDS.get(type);
      if (unusable != null) {
        problems.add(new ModelProblem(file, id, label, unusable,
            "use a fixed number of sections (groups) instead of a repeating list"));
      }
      checkFields(file, field.path("components"), problems);
    }
  }

  // decisions --------------------------------------------------------------------------------

  /** The ids of every decision in the folder. */
  private Set<String> checkDecisions(ModelFolder folder, List<ModelProblem> problems) {
    Set<String> ids = new HashSet<>();
    folder.endingWith(".dmn").forEach((file, content) -> {
      DmnModelInstance model;
      try {
        model = Dmn.readModelFromStream(new ByteArrayInputStream(content));
        dmnEngine.parseDecisions(new ByteArrayInputStream(content));
      } catch (RuntimeException e) {
        problems.add(ModelProblem.inFile(file, "the decision file cannot be read (" + firstLine(e.getMessage()) + ")",
            "open it in Camunda Modeler, put right what it shows in red, or put back the last copy that worked"));
        return;
      }
      for (Decision decision : model.getModelElementsByType(Decision.class)) {
        ids.add(decision.getId());
        if (blank(decision.getCamundaHistoryTimeToLiveString())) {
          problems.add(new ModelProblem(file, decision.getId(), decision.getName(),
              "the decision has no history time to live, so its records would be kept for ever or refused",
              "set History cleanup > Time to live (for example 3650 days) in Camunda Modeler"));
        }
        checkOutputs(file, decision, problems);
      }
    });
    for (String needed : DECISION_OUTPUTS.keySet()) {
      if (!ids.contains(needed)) {
        problems.add(ModelProblem.inFile(folder.location(), "no decision table has the id \"" + needed
            + "\", which the service asks for", "put the decision back, or give the changed table that id"));
      }
    }
    return ids;
  }

  private static void checkOutputs(String file, Decision decision, List<ModelProblem> problems) {
    Map<String, Set<String>> accepted = DECISION_OUTPUTS.getOrDefault(decision.getId(), Map.of());
    if (!(decision.getExpression() instanceof DecisionTable table) || accepted.isEmpty()) {
      return;
    }
    List<Output> outputs = List.copyOf(table.getOutputs());
    for (Map.Entry<String, Set<String>> column : accepted.entrySet()) {
      int index = IntStream.range(0, outputs.size())
          .filter(i -> column.getKey().equals(outputs.get(i).getName())).findFirst().orElse(-1);
      if (index < 0) {
        problems.add(new ModelProblem(file, decision.getId(), decision.getName(),
            "the table has no output named \"" + column.getKey() + "\", which the service reads",
            "put back the output column with Output name " + column.getKey()));
        continue;
      }
      for (Rule rule : table.getRules()) {
        List<OutputEntry> entries = List.copyOf(rule.getOutputEntries());
        String value = index < entries.size() ? literal(entries.get(index).getTextContent()) : null;
        if (value != null && !column.getValue().contains(value)) {
          problems.add(new ModelProblem(file, decision.getId(), decision.getName(), "rule " + rule.getId()
              + " answers " + column.getKey() + " \"" + value + "\", which the service does not know",
              "answer one of " + String.join(", ", new TreeSet<>(column.getValue()))));
        }
      }
    }
  }

  /** A quoted string or a number as written in a cell; anything else is an expression left alone. */
  private static String literal(String cell) {
    String text = cell == null ? "" : cell.strip();
    if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
      return text.substring(1, text.length() - 1);
    }
    return text.matches("-?\\d+") ? text : null;
  }

  private static Set<String> levels() {
    return Set.of("1", "2", "3", "4");
  }

  // element templates ------------------------------------------------------------------------

  /** The ids of the Modeler element templates; each template may name only beans of the right kind. */
  private Set<String> checkTemplates(ModelFolder folder, List<ModelProblem> problems) {
    Set<String> ids = new HashSet<>();
    folder.endingWith(".json").forEach((file, content) -> {
      if (!file.startsWith(ELEMENT_TEMPLATES)) {
        return;
      }
      JsonNode templates;
      try {
        templates = json.readTree(content);
      } catch (IOException e) {
        problems.add(ModelProblem.inFile(file, "the element template cannot be read (" + firstLine(e.getMessage())
            + ")", "put back the last copy that worked"));
        return;
      }
      for (JsonNode template : templates.isArray() ? templates : List.of(templates)) {
        String id = template.path("id").asText("");
        String name = template.path("name").asText(null);
        if (id.isBlank()) {
          problems.add(ModelProblem.inFile(file, "an element template has no id", "give each template an id"));
          continue;
        }
        ids.add(id);
        for (JsonNode property : template.path("properties")) {
          String value = property.path("value").asText("");
          JsonNode binding = property.path("binding");
          String bound = binding.path("name").asText("");
          String type = binding.path("type").asText("");
          if (bound.equals("camunda:delegateExpression")) {
            checkBean(file, id, name, value, JavaDelegate.class, "the step", problems);
          } else if (type.equals("camunda:executionListener") && binding.path("implementationType").asText("")
              .equals("delegateExpression")) {
            checkBean(file, id, name, binding.path("implementation").asText(value), ExecutionListener.class,
                "the listener", problems);
          } else if (type.equals("camunda:taskListener") && binding.path("implementationType").asText("")
              .equals("delegateExpression")) {
            checkBean(file, id, name, binding.path("implementation").asText(value), TaskListener.class,
                "the task listener", problems);
          }
        }
      }
    });
    return ids;
  }

  // processes --------------------------------------------------------------------------------

  /** One BPMN file: every rule is about a kind of element, wherever it stands in the flow. */
  private final class ProcessCheck {
    private final String file;
    private final Map<String, String> forms;
    private final Set<String> decisions;
    private final Set<String> templates;
    private final List<ModelProblem> problems;

    ProcessCheck(String file, Map<String, String> forms, Set<String> decisions, Set<String> templates,
        List<ModelProblem> problems) {
      this.file = file;
      this.forms = forms;
      this.decisions = decisions;
      this.templates = templates;
      this.problems = problems;
    }

    void check(byte[] content) {
      BpmnModelInstance model;
      try {
        model = Bpmn.readModelFromStream(new ByteArrayInputStream(content));
      } catch (RuntimeException e) {
        problems.add(ModelProblem.inFile(file, "the process model cannot be read (" + firstLine(e.getMessage()) + ")",
            "open it in Camunda Modeler and save it again, or put back the last copy that worked"));
        return;
      }
      for (Process process : model.getModelElementsByType(Process.class)) {
        if (process.isExecutable() && blank(process.getCamundaHistoryTimeToLiveString())) {
          problem(process, "the process has no history time to live, so Camunda will not take it",
              "click on empty canvas and set History cleanup > Time to live (for example 2555 days)");
        }
      }
      Set<String> drawn = new HashSet<>();
      model.getModelElementsByType(BpmnShape.class).forEach(shape -> drawn.add(shape.getBpmnElement().getId()));
      model.getModelElementsByType(BpmnEdge.class).forEach(edge -> drawn.add(edge.getBpmnElement().getId()));
      for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
        if ((element instanceof FlowNode || element instanceof SequenceFlow) && !drawn.contains(element.getId())) {
          problem(element, "the step is in the model but not drawn, so no one can see or change it in Camunda Modeler",
              "delete it and draw it again in Camunda Modeler");
        }
      }
      // counted from the arrows themselves: the engine follows them, whatever a node's own list says
      Map<String, Integer> incoming = new HashMap<>();
      Map<String, Integer> outgoing = new HashMap<>();
      for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
        incoming.merge(flow.getTarget().getId(), 1, Integer::sum);
        outgoing.merge(flow.getSource().getId(), 1, Integer::sum);
      }
      model.getModelElementsByType(FlowNode.class).forEach(node ->
          checkFlowNode(node, incoming.getOrDefault(node.getId(), 0), outgoing.getOrDefault(node.getId(), 0)));
      model.getModelElementsByType(UserTask.class).forEach(this::checkUserTask);
      model.getModelElementsByType(StartEvent.class).forEach(start -> checkFormRef(start, camunda(start, "formRef")));
      model.getModelElementsByType(BusinessRuleTask.class).forEach(this::checkDecisionRef);
      model.getModelElementsByType(BaseElement.class).forEach(this::checkImplementation);
      model.getModelElementsByType(CamundaExecutionListener.class).forEach(this::checkExecutionListener);
      model.getModelElementsByType(CamundaTaskListener.class).forEach(this::checkTaskListener);
      model.getModelElementsByType(CamundaScript.class).forEach(script ->
          problem(owner(script), "the step runs a script written into the model", noScripts()));
      model.getModelElementsByType(ScriptTask.class).forEach(task ->
          problem(task, "the step is a script task", noScripts()));
    }

    /** What the lint rules Camunda Modeler applies call label-required and fake-join. */
    private void checkFlowNode(FlowNode node, int incoming, int outgoing) {
      boolean forking = outgoing > 1;
      boolean needsName = !(node instanceof SubProcess || node instanceof ParallelGateway
          || node instanceof EventBasedGateway || (node instanceof Gateway && !forking));
      if (needsName && blank(node.getName())) {
        problem(node, "the " + kind(node) + " has no name, so the diagram does not say what it is",
            "give it a short name that says what happens");
      }
      if ((node instanceof Activity || node instanceof Event) && incoming > 1) {
        problem(node, "two or more arrows lead straight into the " + kind(node)
            + ", so it is not clear whether it waits for all of them",
            "let the arrows meet at a gateway (an exclusive gateway when any one of them is enough) and draw one"
                + " arrow from it to the " + kind(node));
      }
    }

    private void checkUserTask(UserTask task) {
      checkFormRef(task, task.getCamundaFormRef());
      if (blank(task.getCamundaDueDate())) {
        problem(task, "the task has no due date, so Tasklist cannot show when it is due or that it is overdue",
            "set Task > Due date, for example ${taskDue.workingDays(3)}");
      }
      for (String group : split(task.getCamundaCandidateGroups())) {
        if (group.startsWith("${") || group.startsWith("#{")) {
          checkCalls(task, group);
        } else if (!Roles.ALL.contains(group)) {
          problem(task, "the candidate group \"" + group + "\" is not a group of the service, so no one sees the task",
              "use one of " + String.join(", ", Roles.ALL));
        }
      }
      checkCalls(task, task.getCamundaAssignee());
      checkCalls(task, task.getCamundaDueDate());
      checkCalls(task, task.getCamundaFollowUpDate());
    }

    private void checkFormRef(FlowElement element, String formRef) {
      if (element instanceof UserTask && blank(formRef) && blank(((UserTask) element).getCamundaFormKey())) {
        problem(element, "the task has no form, so Tasklist shows nothing to fill in",
            "set Form > Type Camunda Forms (linked) and Form ID to the id of a form in forms/");
      } else if (!blank(formRef) && !forms.containsKey(formRef)) {
        problem(element, "the form reference \"" + formRef + "\" names no form in the folder",
            "set Form ID to the id of a form in forms/ (" + String.join(", ", new TreeSet<>(forms.keySet())) + ")");
      }
    }

    private void checkDecisionRef(BusinessRuleTask task) {
      String ref = task.getCamundaDecisionRef();
      if (!blank(ref) && !decisions.contains(ref)) {
        problem(task, "the decision reference \"" + ref + "\" names no decision table in the folder",
            "set Decision reference to the id of a decision (" + String.join(", ", new TreeSet<>(decisions)) + ")");
      }
    }

    private void checkImplementation(BaseElement element) {
      if (!blank(camunda(element, "class"))) {
        problem(owner(element), "the step names a Java class (" + camunda(element, "class") + ")",
            "use an element template from the Modeler's template list, or ask a developer for a named step");
      }
      checkBean(file, owner(element).getAttributeValue("id"), owner(element).getAttributeValue("name"),
          camunda(element, "delegateExpression"), JavaDelegate.class, "the step", problems);
      checkCalls(element, camunda(element, "expression"));
      checkCalls(element, camunda(element, "collection"));
      String template = camunda(element, "modelerTemplate");
      if (!blank(template) && !templates.contains(template)) {
        problem(element, "the step was made from the element template \"" + template + "\", which is not in "
            + ELEMENT_TEMPLATES, "put the template back, or remove the template from the step (Template > Unlink)");
      }
    }

    private void checkExecutionListener(CamundaExecutionListener listener) {
      ModelElementInstance owner = owner(listener);
      checkBean(file, owner.getAttributeValue("id"), owner.getAttributeValue("name"),
          listener.getCamundaDelegateExpression(), ExecutionListener.class, "the listener", problems);
      checkListener(owner, listener.getCamundaClass(), listener.getCamundaExpression());
    }

    private void checkTaskListener(CamundaTaskListener listener) {
      ModelElementInstance owner = owner(listener);
      checkBean(file, owner.getAttributeValue("id"), owner.getAttributeValue("name"),
          listener.getCamundaDelegateExpression(), TaskListener.class, "the task listener", problems);
      checkListener(owner, listener.getCamundaClass(), listener.getCamundaExpression());
    }

    private void checkListener(ModelElementInstance owner, String javaClass, String expression) {
      if (!blank(javaClass)) {
        problem(owner, "a listener names a Java class (" + javaClass + ")",
            "use an element template from the Modeler's template list, or ask a developer for a named listener");
      }
      checkCalls(owner, expression);
    }

    /** Every {@code bean.method(...)} in an expression names a bean of the service. */
    private void checkCalls(ModelElementInstance element, String expression) {
      if (blank(expression)) {
        return;
      }
      Matcher call = METHOD_CALL.matcher(expression);
      while (call.find()) {
        String bean = call.group(1);
        if (!ENGINE_NAMES.contains(bean) && !beans.exists(bean)) {
          problem(element, "the expression " + expression + " calls \"" + bean + "\", which is no part of the service",
              "check the spelling against the element templates, or ask a developer");
        }
      }
    }

    private void problem(ModelElementInstance element, String whatIsWrong, String whatToDo) {
      ModelElementInstance shown = owner(element);
      problems.add(new ModelProblem(file, shown.getAttributeValue("id"), shown.getAttributeValue("name"), whatIsWrong,
          whatToDo));
    }
  }

  /** A delegate expression {@code ${name}} names an existing bean that can do this job. */
  private void checkBean(String file, String elementId, String elementName, String expression, Class<?> kind,
      String what, List<ModelProblem> problems) {
    if (blank(expression)) {
      return;
    }
    Matcher name = BEAN_NAME.matcher(expression.strip());
    if (!name.matches()) {
      problems.add(new ModelProblem(file, elementId, elementName, what + " has the delegate expression " + expression
          + ", which is not the name of a part of the service", "write it as ${name}, as in the element templates"));
      return;
    }
    String bean = name.group(1);
    if (!beans.exists(bean)) {
      problems.add(new ModelProblem(file, elementId, elementName, what + " calls \"" + bean
          + "\", which is no part of the service", "check the spelling against the element templates,"
              + " or ask a developer"));
      return;
    }
    Optional<Class<?>> type = beans.type(bean);
    boolean fits = type.isEmpty() || kind.isAssignableFrom(type.get())
        || (kind == JavaDelegate.class && ActivityBehavior.class.isAssignableFrom(type.get()));
    if (!fits) {
      problems.add(new ModelProblem(file, elementId, elementName, what + " calls \"" + bean + "\", which cannot be used"
          + " here (it is not " + kindName(kind) + ")", "use it where " + kindName(kind) + " is asked for, or use the"
              + " element template made for this step"));
    }
  }

  // glossary and calendar --------------------------------------------------------------------

  private static void checkGlossary(ModelFolder folder, List<ModelProblem> problems) {
    if (!folder.files().containsKey(GLOSSARY)) {
      problems.add(ModelProblem.inFile(GLOSSARY, "the glossary is missing", "put it back"));
      return;
    }
    try {
      Glossary.parse(new InputStreamReader(new ByteArrayInputStream(folder.files().get(GLOSSARY)),
          StandardCharsets.UTF_8), GLOSSARY);
    } catch (GlossaryFormatException e) {
      problems.add(ModelProblem.inFile(GLOSSARY, e.getMessage(), "put that line right, or put back the last copy"
          + " that worked"));
    }
  }

  private static void checkCalendar(ModelFolder folder, List<ModelProblem> problems) {
    if (!folder.files().containsKey(BANK_HOLIDAYS)) {
      problems.add(ModelProblem.inFile(BANK_HOLIDAYS, "the bank holidays file is missing, so no due date can be"
          + " worked out", "put it back"));
    }
    folder.endingWith(".csv").forEach((file, content) -> {
      if (!file.startsWith("calendar/")) {
        return;
      }
      try {
        BankHolidays.parse(new ByteArrayInputStream(content), file);
      } catch (BankHolidaysFileException e) {
        problems.add(ModelProblem.inFile(file, e.getMessage(), "put that line right, or put back the last copy"
            + " that worked"));
      }
    });
  }

  // words ------------------------------------------------------------------------------------

  private static ModelElementInstance owner(ModelElementInstance element) {
    for (ModelElementInstance at = element; at != null; at = at.getParentElement()) {
      if (at instanceof FlowElement || at instanceof Process) {
        return at;
      }
    }
    return element;
  }

  private static String camunda(ModelElementInstance element, String attribute) {
    return element.getAttributeValueNs(CAMUNDA, attribute);
  }

  private static String kind(FlowNode node) {
    if (node instanceof Gateway) {
      return "gateway";
    }
    return node instanceof Event ? "event" : "step";
  }

  private static String kindName(Class<?> kind) {
    if (kind == ExecutionListener.class) {
      return "a listener on a step's start or end";
    }
    return kind == TaskListener.class ? "a listener on a task" : "a step that does work (a service task)";
  }

  private static String noScripts() {
    return "ask a developer for a named step and place it from the element templates; scripts are not allowed";
  }

  private static Collection<String> split(String groups) {
    return blank(groups) ? List.of()
        : Arrays.stream(groups.split(",")).map(String::strip).filter(g -> !g.isEmpty())
            .collect(Collectors.toList());
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "no reason given";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
