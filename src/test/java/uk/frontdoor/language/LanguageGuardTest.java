package uk.frontdoor.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.frontdoor.validation.InvalidSubmissionException;
import uk.frontdoor.validation.Problems;
import uk.frontdoor.support.ServiceTest;

@ServiceTest
class LanguageGuardTest {

  @Autowired
  LanguageGuard guard;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  TransactionTemplate transaction;
  @Autowired
  IdentityService identityService;

  @AfterEach
  void nobody() {
    identityService.clearAuthentication();
  }

  @Test
  void staff_writing_with_an_acronym_is_refused_with_what_to_write_instead() {
    Problems problems = new Problems();
    guard.check(problems, "screen-contact", "screeningRationale", "The SW visited and found DV at home.",
        FieldKind.STAFF_WRITING);

    assertThat(problems.list()).singleElement().satisfies(problem -> {
      assertThat(problem.field()).isEqualTo("screeningRationale");
      assertThat(problem.message()).contains("\"SW\" (social worker)").contains("\"DV\"");
    });
  }

  @Test
  void the_referrers_own_words_are_only_warned_about() {
    Problems problems = new Problems();
    List<LanguageFinding> warnings = guard.check(problems, "record-contact", "concerns",
        "Mum said the SW never called back.", FieldKind.REFERRER_WORDS);

    assertThat(problems.isEmpty()).isTrue();
    assertThat(warnings).extracting(LanguageFinding::term).containsExactly("SW");
  }

  @Test
  void plain_words_pass_without_being_counted() {
    String form = "form-" + UUID.randomUUID();
    Problems problems = new Problems();
    guard.check(problems, form, "note", "Amira told her teacher she was scared to go home. Her class "
        + "teacher made contact with the school nurse.", FieldKind.STAFF_WRITING);

    assertThat(problems.isEmpty()).isTrue();
    assertThat(countFor(form)).isZero();
  }

  @Test
  void a_refusal_is_counted_even_though_the_submission_is_rolled_back() {
    String form = "form-" + UUID.randomUUID();
    identityService.setAuthentication("practitioner", List.of("crs-practitioners"));

    assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
      Problems problems = new Problems();
      guard.check(problems, form, "rationale", "NFA: the family are known to CAMHS.", FieldKind.STAFF_WRITING);
      problems.throwIfAny("The screening cannot be recorded");
    })).isInstanceOf(InvalidSubmissionException.class);

    assertThat(jdbc.sql("select term from language_finding where form = ? order by term").param(form)
        .query(String.class).list()).containsExactly("CAMHS", "NFA");
    assertThat(jdbc.sql("select distinct team from language_finding where form = ?").param(form)
        .query(String.class).single()).isEqualTo("crs-practitioners");
  }

  private long countFor(String form) {
    return jdbc.sql("select count(*) from language_finding where form = ?").param(form).query(Long.class).single();
  }
}
