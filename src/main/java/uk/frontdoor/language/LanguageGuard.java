package uk.frontdoor.language;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import uk.frontdoor.deployment.ProcessModelsProperties;
import uk.frontdoor.journey.Actor;
import uk.frontdoor.validation.Problems;
import uk.frontdoor.validation.TextCheck;

/**
 * Checks what people write for acronyms and phrases that are not child-focused, refusing or
 * warning as set per kind of field, and counts every finding (term, form, team) so the planned
 * dip sample of acronyms can see whether practice is changing.
 *
 * <p>The glossary is read once at start-up from the models folder: edit the file and restart.
 */
@Component
public class LanguageGuard {

  private final LanguageChecker checker;
  private final LanguageSettings settings;
  private final JdbcClient jdbc;
  private final TransactionTemplate separately;
  private final Actor actor;
  private final Clock clock;

  LanguageGuard(LanguageSettings settings, ProcessModelsProperties models, ResourceLoader resources,
      JdbcClient jdbc, PlatformTransactionManager transactions, Actor actor, Clock clock)
      throws IOException {
    this.settings = settings;
    this.jdbc = jdbc;
    this.separately = new TransactionTemplate(transactions);
    this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.actor = actor;
    this.clock = clock;
    Resource file = resources.getResource(models.folder() + settings.glossary());
    if (!file.exists()) {
      throw new IllegalStateException("The glossary " + file.getDescription() + " is missing: set "
          + "frontdoor.language.glossary, relative to frontdoor.processes.location");
    }
    try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
      this.checker = new LanguageChecker(Glossary.parse(reader, settings.glossary()));
    }
  }

  /**
   * Checks one field's text. A refusal is added to {@code problems} with what to write instead;
   * a warning is returned (and counted) but lets the text through.
   *
   * @return the findings that were only warnings
   */
  public List<LanguageFinding> check(Problems problems, String form, String field, String text, FieldKind kind) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    List<LanguageFinding> findings = checker.check(text);
    if (findings.isEmpty()) {
      return List.of();
    }
    LanguageSettings.Mode mode = settings.modeFor(kind);
    count(findings, form, field, mode);
    if (mode == LanguageSettings.Mode.WARN) {
      return findings;
    }
    problems.add(field, "please write this for the child, in plain words. "
        + LanguageFinding.describe(findings).replace("\n", " "));
    return List.of();
  }

  /** The check for every free-text field of one form, e.g. for {@code FormValues}. */
  public TextCheck forForm(String form, FieldKind kind) {
    return (problems, field, text) -> check(problems, form, field, text, kind);
  }

  public LanguageChecker checker() {
    return checker;
  }

  private void count(List<LanguageFinding> findings, String form, String field, LanguageSettings.Mode mode) {
    List<String> groups = actor.groups();
    String team = groups.isEmpty() ? null : String.join(",", groups);
    String userId = actor.userId();
    OffsetDateTime now = OffsetDateTime.now(clock);
    // counted in a transaction of its own: a refusal rolls the submission back, not the count
    separately.executeWithoutResult(status -> findings.forEach(finding ->
      jdbc.sql("""
          insert into language_finding (id, found_at, term, kind, form, field, team, user_id, refused)
          values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
          .params(UUID.randomUUID(), now, finding.term(), finding.kind().name().toLowerCase(), form, field, team,
              userId, mode == LanguageSettings.Mode.REFUSE)
          .update()));
  }
}
