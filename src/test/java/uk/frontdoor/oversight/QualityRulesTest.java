package uk.frontdoor.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import uk.frontdoor.validation.Problems;

/** The placeholder and naming rules on their own, and a record store that cannot change a record. */
class QualityRulesTest {

  private final QualityRules rules = new QualityRules(OversightSettings.defaults());

  @ParameterizedTest
  @ValueSource(strings = {"n/a", "N/A", "na", "NA.", "see above", "As above.", "none", "None", "nil", "-", "tbc",
      "TBC", ".", "  ", "...", "?!", " see  above "})
  void placeholdersSayNothing(String text) {
    assertThat(rules.isPlaceholder(text) || text.isBlank()).isTrue();
    Problems problems = new Problems();
    assertThat(rules.other(problems, "risks", text, "write the risks")).isFalse();
    assertThat(problems.list()).singleElement().extracting("message").asString().contains("write the risks");
  }

  @ParameterizedTest
  @ValueSource(strings = {"None known to school or health visitor records.", "Nanny lives nearby", "Natasha is 4.",
      "no injury seen"})
  void sentencesThatStartLikeAPlaceholderAreNotOne(String text) {
    assertThat(rules.isPlaceholder(text)).isFalse();
    assertThat(rules.other(new Problems(), "risks", text, "write the risks")).isTrue();
  }

  @Test
  void analysisAndRationaleNeedTheSettingsLength() {
    Problems problems = new Problems();
    assertThat(rules.analysis(problems, "analysis", "She is safe now.", "write your analysis")).isFalse();
    assertThat(problems.list()).singleElement().extracting("message").asString()
        .isEqualTo("write your analysis (at least 20 characters)");
    QualityRules longer = new QualityRules(new OversightSettings(40, 20, 10, List.of("n/a")));
    assertThat(longer.analysis(new Problems(), "analysis", "She is safe at home with her mum.", "x")).isFalse();
    assertThat(rules.analysis(new Problems(), "analysis", "She is safe at home with her mum.", "x")).isTrue();
  }

  @Test
  void theRationaleNamesEachDecisionItJustifies() {
    Problems problems = new Problems();
    assertThat(rules.rationale(problems, "rationale", "Her school keeps her safe; nothing more is needed.",
        List.of(SignedDecision.NO_FURTHER_ACTION))).isFalse();
    assertThat(problems.list()).singleElement().extracting("message").asString()
        .contains("write \"no further action\"");

    assertThat(rules.rationale(new Problems(), "rationale", "No further action: her school keeps her safe.",
        List.of(SignedDecision.NO_FURTHER_ACTION))).isTrue();
    assertThat(rules.rationale(new Problems(), "rationale", "No-further-action: her school keeps her safe.",
        List.of(SignedDecision.NO_FURTHER_ACTION))).isTrue();
    assertThat(rules.rationale(new Problems(), "rationale", "Advice to her mother about sleep is enough here.",
        List.of(SignedDecision.INFORMATION_AND_ADVICE))).isTrue();
    assertThat(rules.rationale(new Problems(), "rationale", "We respect the refusal of consent: no harm is suspected.",
        List.of(SignedDecision.CONSENT_REFUSAL_RESPECTED))).isTrue();

    Problems siblings = new Problems();
    assertThat(rules.rationale(siblings, "rationale", "Early help for Maya; her brother needs more than that.",
        List.of(SignedDecision.EARLY_HELP, SignedDecision.ASSESSMENT))).isFalse();
    assertThat(siblings.list()).singleElement().extracting("message").asString().contains("\"assessment\"")
        .doesNotContain("\"early help\"");
    assertThat(rules.rationale(new Problems(), "rationale", "Early help for Maya; an assessment for Omar.",
        List.of(SignedDecision.EARLY_HELP, SignedDecision.ASSESSMENT))).isTrue();
    assertThat(rules.rationale(new Problems(), "rationale", "A strategy meeting today: the injury is unexplained.",
        List.of(SignedDecision.STRATEGY_DISCUSSION))).isTrue();
  }

  @Test
  void wordsInsideOtherWordsDoNotNameADecision() {
    assertThat(SignedDecision.INFORMATION_AND_ADVICE.isNamedIn("She was ill-advised to leave.")).isFalse();
    assertThat(SignedDecision.ASSESSMENT.isNamedIn("Reassessment of the household is not needed.")).isFalse();
  }

  @Test
  void aSignedRecordCannotBeChangedThroughTheService() {
    List<String> methods = Arrays.stream(OversightRecords.class.getDeclaredMethods()).map(Method::getName)
        .filter(name -> !name.startsWith("lambda$")).toList();
    assertThat(methods).containsOnly("insert", "find", "approvedSinceLatestDecision")
        .noneMatch(name -> name.startsWith("update") || name.startsWith("delete") || name.startsWith("set"));
  }
}
