package uk.frontdoor.threshold;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import uk.frontdoor.decision.DecisionFile;

/** The three decisions of processes/pathways-threshold.dmn: indicators, level and pathway. */
class PathwaysThresholdDecisionTest {

  private static final String INDICATORS = "pathways-indicators";
  private static final String LEVEL = "pathways-level";
  private static final String PATHWAY = "pathways-pathway";
  private static final Set<String> DOMAINS = Set.of("developmental-needs", "parenting-capacity", "family-and-environment");

  private static DecisionFile file;

  @BeforeAll
  static void parseOnce() {
    file = DecisionFile.load("pathways-threshold.dmn");
  }

  // ------------------------------------------------------------------ indicators

  /** One row per indicator rule, read from the table itself, as the application will read it. */
  static Stream<Arguments> everyIndicator() {
    return DecisionFile.load("pathways-threshold.dmn").rules(INDICATORS).stream()
        .map(rule -> Arguments.of(rule.getId(), unquote(text(rule, 0, true)), unquote(text(rule, 0, false)),
            Integer.valueOf(text(rule, 1, false)), unquote(text(rule, 2, false))));
  }

  @ParameterizedTest(name = "{1} -> {2}, level {3}")
  @MethodSource("everyIndicator")
  void eachIndicatorGivesItsDomainLevelAndDescription(String ruleId, String code, String domain, int level, String description) {
    DecisionFile.Evaluation evaluation = file.evaluate(INDICATORS, Map.of("indicator", code));
    assertThat(evaluation.matchedRuleIds()).containsExactly(ruleId);
    assertThat(evaluation.single("domain")).isEqualTo(domain);
    assertThat(evaluation.single("level")).isEqualTo(level);
    assertThat(evaluation.single("description")).isEqualTo(description);
    assertThat(domain).isIn(DOMAINS);
    assertThat(level).isBetween(1, 4);
  }

  @ParameterizedTest(name = "{0} -> {1}, level {2}")
  @CsvSource(delimiter = '|', textBlock = """
      unexplained-injury        | developmental-needs    | 4
      child-disclosure          | developmental-needs    | 4
      persistent-absence        | developmental-needs    | 3
      school-attendance-concern | developmental-needs    | 2
      persistent-neglect        | parenting-capacity     | 4
      parental-substance-misuse | parenting-capacity     | 3
      inconsistent-boundaries   | parenting-capacity     | 2
      good-enough-care          | parenting-capacity     | 1
      domestic-abuse-high-risk  | family-and-environment | 4
      young-carer               | family-and-environment | 3
      financial-hardship        | family-and-environment | 2
      """)
  void familiarIndicatorsSitWhereThePathwaysDocumentPutsThem(String code, String domain, int level) {
    DecisionFile.Evaluation evaluation = file.evaluate(INDICATORS, Map.of("indicator", code));
    assertThat(evaluation.single("domain")).isEqualTo(domain);
    assertThat(evaluation.single("level")).isEqualTo(level);
  }

  @Test
  void anUnknownIndicatorMatchesNothing() {
    assertThat(file.evaluate(INDICATORS, Map.of("indicator", "not-an-indicator")).result()).isEmpty();
  }

  @Test
  void theChecklistIsBigEnoughAndEveryCodeIsAPlainStringLiteral() {
    List<Rule> rules = file.rules(INDICATORS);
    assertThat(rules).hasSizeGreaterThanOrEqualTo(36);

    List<String> entries = rules.stream().map(rule -> text(rule, 0, true)).toList();
    assertThat(entries).allSatisfy(entry -> assertThat(entry).matches("\"[a-z0-9-]+\""));
    assertThat(new HashSet<>(entries)).hasSameSizeAs(entries);

    Map<String, List<Integer>> levelsByDomain = rules.stream().collect(Collectors.groupingBy(
        rule -> unquote(text(rule, 0, false)),
        Collectors.mapping(rule -> Integer.valueOf(text(rule, 1, false)), Collectors.toList())));
    assertThat(levelsByDomain).containsOnlyKeys(DOMAINS);
    levelsByDomain.forEach((domain, levels) -> {
      assertThat(levels).as(domain).hasSizeGreaterThanOrEqualTo(10).contains(2, 3, 4);
    });
  }

  // ------------------------------------------------------------------ level

  /** significant harm | highest level | level 3 count | domains affected | level 2 count | level | rule. */
  static final String LEVEL_ROWS = """
      true  | 0 | 0 | 0 | 0 | 4 | level-significant-harm
      false | 4 | 0 | 1 | 0 | 4 | level-highest-4
      false | 3 | 3 | 2 | 0 | 4 | level-cumulative-level-3
      false | 3 | 1 | 1 | 0 | 3 | level-highest-3
      false | 2 | 0 | 2 | 3 | 3 | level-cumulative-level-2
      false | 2 | 0 | 1 | 1 | 2 | level-highest-2
      false | 1 | 0 | 0 | 0 | 1 | level-universal
      """;

  @ParameterizedTest(name = "harm {0}, highest {1}, level 3 x{2}, domains {3}, level 2 x{4} -> level {5}")
  @CsvSource(delimiter = '|', textBlock = LEVEL_ROWS)
  void eachLevelRule(boolean harm, int highest, int level3, int domains, int level2, int level, String ruleId) {
    assertLevel(harm, highest, level3, domains, level2, level, ruleId);
  }

  @ParameterizedTest(name = "harm {0}, highest {1}, level 3 x{2}, domains {3}, level 2 x{4} -> level {5}")
  @CsvSource(delimiter = '|', textBlock = """
      true  | 4 | 3 | 3 | 3 | 4 | level-significant-harm
      true  | 1 | 0 | 0 | 0 | 4 | level-significant-harm
      false | 4 | 3 | 3 | 5 | 4 | level-highest-4
      false | 3 | 3 | 1 | 0 | 3 | level-highest-3
      false | 3 | 2 | 3 | 4 | 3 | level-highest-3
      false | 2 | 0 | 1 | 3 | 2 | level-highest-2
      false | 0 | 0 | 0 | 0 | 1 | level-universal
      """)
  void theFirstMatchingLevelRuleWins(boolean harm, int highest, int level3, int domains, int level2, int level, String ruleId) {
    assertLevel(harm, highest, level3, domains, level2, level, ruleId);
  }

  private static void assertLevel(boolean harm, int highest, int level3, int domains, int level2, int level, String ruleId) {
    DecisionFile.Evaluation evaluation = file.evaluate(LEVEL, Map.of(
        "significantHarm", harm, "highestIndicatorLevel", highest, "level3IndicatorCount", level3,
        "domainsAffected", domains, "level2IndicatorCount", level2));
    assertThat(evaluation.matchedRuleIds()).containsExactly(ruleId);
    assertThat(evaluation.single("level")).isEqualTo(level);
    assertThat(evaluation.single("levelReason")).asString().isNotBlank();
  }

  // ------------------------------------------------------------------ pathway

  /** level | significant harm | consent given | pathway | rule. */
  static final String PATHWAY_ROWS = """
      4 | true  | false | strategy-discussion              | pathway-strategy-discussion
      4 | false | true  | children-and-families-assessment | pathway-assessment-with-consent
      4 | false | false | children-and-families-assessment | pathway-assessment-consent-to-seek
      3 | false | true  | brief-intervention-team          | pathway-brief-intervention
      3 | false | false | information-and-advice           | pathway-level-3-no-consent
      2 | false | true  | early-help                       | pathway-early-help
      2 | false | false | information-and-advice           | pathway-level-2-no-consent
      1 | false | true  | information-and-advice           | pathway-universal
      """;

  @ParameterizedTest(name = "level {0}, harm {1}, consent {2} -> {3}")
  @CsvSource(delimiter = '|', textBlock = PATHWAY_ROWS)
  void eachPathwayRule(int level, boolean harm, boolean consent, String pathway, String ruleId) {
    assertPathway(level, harm, consent, pathway, ruleId);
  }

  @ParameterizedTest(name = "level {0}, harm {1}, consent {2} -> {3}")
  @CsvSource(delimiter = '|', nullValues = "unknown", textBlock = """
      1 | true  | false   | strategy-discussion              | pathway-strategy-discussion
      3 | true  | true    | strategy-discussion              | pathway-strategy-discussion
      4 | false | unknown | children-and-families-assessment | pathway-assessment-consent-to-seek
      3 | false | unknown | information-and-advice           | pathway-level-3-no-consent
      2 | false | unknown | information-and-advice           | pathway-level-2-no-consent
      1 | false | false   | information-and-advice           | pathway-universal
      """)
  void theFirstMatchingPathwayRuleWins(int level, boolean harm, Boolean consent, String pathway, String ruleId) {
    assertPathway(level, harm, consent, pathway, ruleId);
  }

  private static void assertPathway(int level, boolean harm, Boolean consent, String pathway, String ruleId) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("level", level);
    variables.put("significantHarm", harm);
    variables.put("consentGiven", consent);
    DecisionFile.Evaluation evaluation = file.evaluate(PATHWAY, variables);
    assertThat(evaluation.matchedRuleIds()).containsExactly(ruleId);
    assertThat(evaluation.single("pathway")).isEqualTo(pathway);
    assertThat(evaluation.single("pathwayReason")).asString().isNotBlank();
  }

  // ------------------------------------------------------------------ coverage

  @Test
  void everyRuleOfEveryTableIsHitByAtLeastOneRow() {
    Set<String> hit = new HashSet<>();
    everyIndicator().map(Arguments::get).forEach(args ->
        hit.addAll(file.evaluate(INDICATORS, Map.of("indicator", args[1])).matchedRuleIds()));
    for (String[] row : rows(LEVEL_ROWS)) {
      hit.addAll(file.evaluate(LEVEL, Map.of(
          "significantHarm", Boolean.valueOf(row[0]), "highestIndicatorLevel", Integer.valueOf(row[1]),
          "level3IndicatorCount", Integer.valueOf(row[2]), "domainsAffected", Integer.valueOf(row[3]),
          "level2IndicatorCount", Integer.valueOf(row[4]))).matchedRuleIds());
    }
    for (String[] row : rows(PATHWAY_ROWS)) {
      hit.addAll(file.evaluate(PATHWAY, Map.of("level", Integer.valueOf(row[0]),
          "significantHarm", Boolean.valueOf(row[1]), "consentGiven", Boolean.valueOf(row[2]))).matchedRuleIds());
    }
    for (String decision : List.of(INDICATORS, LEVEL, PATHWAY)) {
      assertThat(hit).as(decision).containsAll(file.ruleIds(decision));
    }
  }

  private static List<String[]> rows(String textBlock) {
    return textBlock.lines().filter(line -> !line.isBlank())
        .map(line -> line.trim().split("\\s*\\|\\s*")).toList();
  }

  private static String text(Rule rule, int column, boolean input) {
    return (input ? List.copyOf(rule.getInputEntries()).get(column).getTextContent()
        : List.copyOf(rule.getOutputEntries()).get(column).getTextContent()).trim();
  }

  private static String unquote(String feelString) {
    return feelString.substring(1, feelString.length() - 1);
  }
}
