package uk.frontdoor.urgency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import uk.frontdoor.decision.DecisionFile;

/** The urgency table in processes/rag-rating.dmn, one row per rule, read top to bottom. */
class RagRatingDecisionTest {

  private static final String DECISION = "rag-rating";
  private static DecisionFile file;

  @BeforeAll
  static void parseOnce() {
    file = DecisionFile.load("rag-rating.dmn");
  }

  /** age in months | who made the contact | concerns | urgency | rule that decides. */
  static Stream<Arguments> oneRowPerRule() {
    return Stream.of(
        row(6, "health", "physical-injury", "red", "rule-baby-injury"),
        row(84, "school", "physical-injury", "red", "rule-physical-injury"),
        row(120, "school", "disclosure", "red", "rule-disclosure"),
        row(156, "member-of-public", "sexual-abuse", "red", "rule-sexual-abuse"),
        row(180, "police", "exploitation", "red", "rule-exploitation"),
        row(168, "family-member", "child-missing", "red", "rule-child-missing"),
        row(3, "health", "domestic-abuse", "red", "rule-domestic-abuse-baby"),
        row(60, "police", "domestic-abuse", "red", "rule-domestic-abuse-police"),
        row(168, "gp", "self-harm", "amber", "rule-self-harm"),
        row(60, "school", "domestic-abuse", "amber", "rule-domestic-abuse"),
        row(36, "health", "neglect", "amber", "rule-neglect"),
        row(96, "anonymous", "emotional-abuse", "amber", "rule-emotional-abuse"),
        row(9, "health", "housing", "amber", "rule-baby"),
        row(48, "hospital", "unborn-baby", "amber", "rule-unborn-baby"),
        row(48, "other-council", "parental-substance-misuse", "amber", "rule-parental-substance-misuse"),
        row(48, "gp", "parental-mental-health", "amber", "rule-parental-mental-health"),
        row(120, "school", "school-attendance behaviour", "green", "rule-other"));
  }

  /** Contacts where several rules match: the rule higher in the table wins. */
  static Stream<Arguments> overlappingRules() {
    return Stream.of(
        row(0, "hospital", "physical-injury unborn-baby", "red", "rule-baby-injury"),
        row(24, "police", "physical-injury domestic-abuse neglect", "red", "rule-physical-injury"),
        row(144, "school", "disclosure self-harm emotional-abuse", "red", "rule-disclosure"),
        row(180, "police", "child-missing exploitation", "red", "rule-exploitation"),
        row(0, "police", "domestic-abuse unborn-baby", "red", "rule-domestic-abuse-baby"),
        row(60, "police", "domestic-abuse self-harm", "red", "rule-domestic-abuse-police"),
        row(156, "self", "self-harm domestic-abuse", "amber", "rule-self-harm"),
        row(5, "family-member", "neglect housing", "amber", "rule-neglect"),
        row(0, "health", "unborn-baby parental-substance-misuse", "amber", "rule-baby"),
        row(36, "gp", "parental-substance-misuse parental-mental-health", "amber", "rule-parental-substance-misuse"),
        row(12, "health", "other", "green", "rule-other"),
        row(200, "anonymous", "", "green", "rule-other"));
  }

  @ParameterizedTest(name = "{0} months, from {1}, {2} -> {3} ({4})")
  @MethodSource("oneRowPerRule")
  void eachRuleRatesItsOwnContact(int ageMonths, String source, List<String> concerns, String rag, String ruleId) {
    assertRating(ageMonths, source, concerns, rag, ruleId);
  }

  @ParameterizedTest(name = "{0} months, from {1}, {2} -> {3} ({4})")
  @MethodSource("overlappingRules")
  void theFirstMatchingRuleWins(int ageMonths, String source, List<String> concerns, String rag, String ruleId) {
    assertRating(ageMonths, source, concerns, rag, ruleId);
  }

  @Test
  void everyRuleIsHitByAtLeastOneRow() {
    Set<String> hit = new HashSet<>();
    oneRowPerRule().map(Arguments::get).forEach(args -> {
      DecisionFile.Evaluation evaluation = evaluate((Integer) args[0], (String) args[1], castList(args[2]));
      hit.addAll(evaluation.matchedRuleIds());
    });
    assertThat(hit).containsExactlyInAnyOrderElementsOf(file.ruleIds(DECISION));
  }

  @Test
  void feelListContainsWorksOnAJavaListVariable() {
    // The process passes concernTypes as a java.util.List<String>; FEEL's list contains() must see it.
    DecisionFile.Evaluation evaluation = evaluate(120, "school", new java.util.ArrayList<>(List.of("housing", "disclosure")));
    assertThat(evaluation.single("rag")).isEqualTo("red");
    assertThat(evaluation.matchedRuleIds()).containsExactly("rule-disclosure");
  }

  @Test
  void feelListContainsWorksOnAJsonArrayVariable() {
    // Camunda Forms submit a multi-select as a Spin JSON array; the Spin value mapper turns it into a FEEL list.
    Map<String, Object> variables = new HashMap<>();
    variables.put("youngestAgeMonths", 120);
    variables.put("source", "school");
    variables.put("concernTypes", org.camunda.spin.Spin.JSON("[\"housing\", \"neglect\"]"));
    DecisionFile.Evaluation evaluation = file.evaluate(DECISION, variables);
    assertThat(evaluation.single("rag")).isEqualTo("amber");
    assertThat(evaluation.matchedRuleIds()).containsExactly("rule-neglect");
  }

  @Test
  void withoutConcernTypesTheAgeStillCounts() {
    Map<String, Object> variables = new HashMap<>();
    variables.put("youngestAgeMonths", 2);
    variables.put("source", "health");
    variables.put("concernTypes", null);
    assertThat(file.evaluate(DECISION, variables).matchedRuleIds()).containsExactly("rule-baby");
  }

  @Test
  void everyRatingHasAPlainEnglishReason() {
    oneRowPerRule().map(Arguments::get).forEach(args -> {
      Object reason = evaluate((Integer) args[0], (String) args[1], castList(args[2])).single("ragReason");
      assertThat(reason).asString().endsWith(".").doesNotContainPattern("\\b[A-Z]{2,}\\b");
    });
  }

  private static void assertRating(int ageMonths, String source, List<String> concerns, String rag, String ruleId) {
    DecisionFile.Evaluation evaluation = evaluate(ageMonths, source, concerns);
    assertThat(evaluation.matchedRuleIds()).containsExactly(ruleId);
    assertThat(evaluation.single("rag")).isEqualTo(rag);
    assertThat(evaluation.single("ragReason")).asString().isNotBlank();
  }

  private static DecisionFile.Evaluation evaluate(int ageMonths, String source, List<String> concerns) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("youngestAgeMonths", ageMonths);
    variables.put("source", source);
    variables.put("concernTypes", concerns);
    return file.evaluate(DECISION, variables);
  }

  private static Arguments row(int ageMonths, String source, String concerns, String rag, String ruleId) {
    List<String> codes = concerns.isBlank() ? List.of() : Arrays.asList(concerns.split(" "));
    return Arguments.of(ageMonths, source, codes, rag, ruleId);
  }

  @SuppressWarnings("unchecked")
  private static List<String> castList(Object value) {
    return (List<String>) value;
  }
}
