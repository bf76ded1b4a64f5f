package uk.frontdoor.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.junit.jupiter.api.Test;
import uk.frontdoor.journey.ChildJourneyProcess.Var;
import uk.frontdoor.validation.FormFields;

/**
 * Gateways route on facts the service recorded itself: no variable a condition reads may share
 * its name with a field of any form, since a submission may set exactly its form's fields.
 */
class JourneyRoutingFactsTest {

  private static final Path PROCESSES = Path.of("processes");
  private static final Pattern NAME = Pattern.compile("(?<![.\\w])[A-Za-z_]\\w*");
  private static final Set<String> EL_WORDS = Set.of("and", "or", "not", "eq", "ne", "lt", "gt", "le", "ge", "empty",
      "true", "false", "null", "div", "mod", "instanceof");

  /** The variables the journey routes on, each written only by the listener that records its decision. */
  static final List<String> ROUTING = List.of(Var.RE_REFERRAL, Var.SCREENING_ROUTE, Var.CONSENT_ROUTE,
      Var.DECISION_STEP, Var.OVERSIGHT_APPROVED, Var.PROCEEDING_WITHOUT_AGENCY);

  @Test
  void noGatewayConditionReadsAFormField() throws IOException {
    Map<String, String> fieldToForm = formFields();
    Map<String, String> readFields = new TreeMap<>();
    for (Path model : files(".bpmn")) {
      for (ConditionExpression condition : Bpmn.readModelFromFile(model.toFile())
          .getModelElementsByType(ConditionExpression.class)) {
        for (String name : namesIn(condition.getTextContent())) {
          if (fieldToForm.containsKey(name)) {
            readFields.put(name, model.getFileName() + " reads a field of " + fieldToForm.get(name));
          }
        }
      }
    }
    assertThat(readFields).isEmpty();
    assertThat(fieldToForm).isNotEmpty();
  }

  @Test
  void noFormHasAFieldNamedLikeARoutingVariable() throws IOException {
    assertThat(formFields().keySet()).doesNotContainAnyElementsOf(ROUTING);
  }

  @Test
  void theConditionsOfTheJourneyReadTheRoutingVariables() throws IOException {
    StringBuilder conditions = new StringBuilder();
    Bpmn.readModelFromFile(PROCESSES.resolve(ChildJourneyProcess.RESOURCE).toFile())
        .getModelElementsByType(ConditionExpression.class)
        .forEach(condition -> conditions.append(condition.getTextContent()).append('\n'));
    assertThat(namesIn(conditions.toString())).containsAll(ROUTING);
  }

  @Test
  void aFormSubmitsItsFieldsKeysAndItsGroupsPaths() throws IOException {
    assertThat(FormFields.of(Files.readAllBytes(PROCESSES.resolve("forms/screen-contact.form"))))
        .containsExactlyInAnyOrder("screeningDecision", "screeningRationale", "ragChange", "ragChangeReason");
    Set<String> oversight = FormFields.of(Files.readAllBytes(PROCESSES.resolve("forms/management-oversight.form")));
    assertThat(oversight).contains("oversightDecision", "step1", "rationale").doesNotContain("risks");
    assertThat(FormFields.of(Files.readAllBytes(PROCESSES.resolve("forms/oversight-child.form"))))
        .contains("level", "risks", "childsVoice").doesNotContain("childName");
    // a group without a path submits its fields at the top
    assertThat(FormFields.of(Files.readAllBytes(PROCESSES.resolve("forms/record-contact.form"))))
        .contains("referrerName", "addressPostcode", "child1").doesNotContain("firstName");
  }

  /** The identifiers an expression reads, outside string literals and not after a dot (a method or property). */
  static Set<String> namesIn(String expression) {
    String withoutLiterals = expression.replaceAll("'[^']*'", "''").replaceAll("\"[^\"]*\"", "\"\"");
    Set<String> names = new java.util.TreeSet<>();
    Matcher matcher = NAME.matcher(withoutLiterals);
    while (matcher.find()) {
      if (!EL_WORDS.contains(matcher.group())) {
        names.add(matcher.group());
      }
    }
    return names;
  }

  private static Map<String, String> formFields() throws IOException {
    Map<String, String> fieldToForm = new HashMap<>();
    for (Path form : files(".form")) {
      FormFields.of(Files.readAllBytes(form)).forEach(field -> fieldToForm.put(field, form.getFileName().toString()));
    }
    return fieldToForm;
  }

  private static List<Path> files(String suffix) throws IOException {
    try (Stream<Path> files = Files.walk(PROCESSES)) {
      return files.filter(path -> path.toString().endsWith(suffix)).sorted().toList();
    }
  }
}
