package uk.frontdoor.web;

import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import uk.frontdoor.validation.FieldProblem;
import uk.frontdoor.validation.FormFields;
import uk.frontdoor.validation.InvalidSubmissionException;

/**
 * A form the server refused, in the words Tasklist then shows the person: each problem under the
 * label its field has on the form, without Camunda's "Cannot submit task form 5ba5…:" and without
 * field keys. A field the form does not label (an API path) is named in plain words.
 */
final class RefusalInWords {

  private static final Pattern START_BY_ID = Pattern.compile("(?:^|/)process-definition/([^/]+)/(?:submit-form|start)$");
  private static final Pattern START_BY_KEY =
      Pattern.compile("(?:^|/)process-definition/key/([^/]+)(?:/tenant-id/[^/]+)?/(?:submit-form|start)$");
  private static final Pattern CAMEL = Pattern.compile("(?<=[a-z])(?=[A-Z])");
  private static final Pattern INDEXED = Pattern.compile("([A-Za-z]+?)s?\\[(\\d+)]");

  private RefusalInWords() {
  }

  static Optional<String> of(Throwable failure, UriInfo uri) {
    InvalidSubmissionException refused = find(failure);
    if (refused == null) {
      return Optional.empty();
    }
    Map<String, String> labels = EngineRestErrors.engineOf(uri).map(engine -> labels(engine, uri)).orElse(Map.of());
    String problems = refused.getProblems().stream().map(problem -> inWords(problem, labels))
        .collect(Collectors.joining("; "));
    return Optional.of(refused.getTitle() + ". Please check: " + problems + ".");
  }

  private static InvalidSubmissionException find(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof InvalidSubmissionException refused) {
        return refused;
      }
    }
    return null;
  }

  private static String inWords(FieldProblem problem, Map<String, String> labels) {
    String field = problem.field();
    String label = FieldProblem.PERSON.equals(field) ? "You" : labels.get(field);
    if (label == null) {
      // a path (children[1].firstName) is the service's own structure of what the form sent; a bare
      // name the form does not have is an extra value, named as it was sent: no one saw it on a form
      boolean sentAsIs = !labels.isEmpty() && !field.matches(".*[.\\[].*")
          && labels.keySet().stream().noneMatch(key -> key.split("[.\\[]", 2)[0].equals(field));
      label = sentAsIs ? '"' + field + '"' : plainName(field);
    }
    return label + ": " + problem.message();
  }

  /** {@code children[1].firstName} (counted from 0, as JSON arrays are) → "Child 2, first name". */
  static String plainName(String field) {
    Matcher indexed = INDEXED.matcher(field);
    StringBuilder out = new StringBuilder();
    while (indexed.find()) {
      String list = indexed.group(1).replaceAll("ren$", ""); // children → child
      indexed.appendReplacement(out, list + " " + (Integer.parseInt(indexed.group(2)) + 1));
    }
    indexed.appendTail(out);
    String words = CAMEL.matcher(out.toString()).replaceAll(" ").replace(".", ", ").replaceAll("\\s+", " ").trim()
        .toLowerCase(Locale.UK);
    return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  private static Map<String, String> labels(ProcessEngine engine, UriInfo uri) {
    return EngineRestErrors.asEngine(engine, () -> {
      try (InputStream form = deployedForm(engine, uri.getPath())) {
        return form == null ? Map.<String, String>of() : FormFields.labels(form.readAllBytes());
      } catch (RuntimeException | IOException e) {
        return Map.<String, String>of(); // no Camunda Form to read labels from: plain names will do
      }
    });
  }

  private static InputStream deployedForm(ProcessEngine engine, String path) {
    Optional<String> task = EngineRestErrors.taskOf(path);
    if (task.isPresent()) {
      return engine.getFormService().getDeployedTaskForm(task.get());
    }
    Matcher byKey = START_BY_KEY.matcher(path);
    if (byKey.find()) {
      ProcessDefinition latest = engine.getRepositoryService().createProcessDefinitionQuery()
          .processDefinitionKey(byKey.group(1)).latestVersion().singleResult();
      return latest == null ? null : engine.getFormService().getDeployedStartForm(latest.getId());
    }
    Matcher byId = START_BY_ID.matcher(path);
    return byId.find() ? engine.getFormService().getDeployedStartForm(byId.group(1)) : null;
  }
}
