package uk.frontdoor.audit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import uk.frontdoor.journey.Actor;
import uk.frontdoor.language.FieldKind;
import uk.frontdoor.language.LanguageGuard;
import uk.frontdoor.security.Roles;
import uk.frontdoor.validation.FormValues;

/**
 * Checks a dip sample started by hand from Tasklist (theme, period, how many per manager,
 * stratified or not, an optional seed to repeat an earlier draw) and leaves the checked values
 * for {@link DrawSample}. A timer start has no form: the draw uses the settings.
 */
@Component("checkAuditRequest")
class CheckAuditRequest implements ExecutionListener {

  static final String FORM = "start-dip-sample";

  private final LanguageGuard languageGuard;
  private final Actor actor;

  CheckAuditRequest(LanguageGuard languageGuard, Actor actor) {
    this.languageGuard = languageGuard;
    this.actor = actor;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    FormValues values = new FormValues(execution, languageGuard.forForm(FORM, FieldKind.STAFF_WRITING));
    if (actor.isPersonOutside(Roles.SERVICE_LEADS, Roles.CRS_MANAGERS, Roles.ADMINS)) {
      values.problems().add(AuditVocabulary.THEME, "only a service lead or a team manager can start a dip sample");
    }
    String theme = values.requiredText(AuditVocabulary.THEME, 3, 200,
        "write what this dip sample looks at, for example acronyms and management oversight");
    LocalDate from = date(execution, values, AuditVocabulary.PERIOD_FROM, "choose the first day of the period");
    LocalDate to = date(execution, values, AuditVocabulary.PERIOD_TO, "choose the last day of the period");
    if (from != null && to != null && to.isBefore(from)) {
      values.problems().add(AuditVocabulary.PERIOD_TO, "the last day must not be before the first day");
    }
    Integer perManager = whole(execution, values, AuditVocabulary.PER_MANAGER, 1, 10,
        "choose how many contacts to draw for each team manager, from 1 to 10");
    boolean stratify = values.bool(AuditVocabulary.STRATIFY, false, null);
    Long seed = seed(execution, values);
    values.throwIfAny("The dip sample cannot start yet");
    values.removeFromProcess();
    execution.removeVariable(AuditVocabulary.PER_MANAGER);
    execution.removeVariable(AuditVocabulary.SEED);
    execution.setVariable(AuditVocabulary.THEME, theme);
    execution.setVariable(AuditVocabulary.PERIOD_FROM, from.toString());
    execution.setVariable(AuditVocabulary.PERIOD_TO, to.toString());
    execution.setVariable(AuditVocabulary.PER_MANAGER, perManager);
    execution.setVariable(AuditVocabulary.STRATIFY, stratify);
    if (seed != null) {
      execution.setVariable(AuditVocabulary.SEED, seed);
    }
  }

  private static LocalDate date(DelegateExecution execution, FormValues values, String field, String whenMissing) {
    String text = values.text(field, 30);
    if (text == null) {
      values.problems().add(field, whenMissing);
      return null;
    }
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      values.problems().add(field, "'" + text + "' is not a date: use the date picker");
      return null;
    }
  }

  private static Integer whole(DelegateExecution execution, FormValues values, String field, int min, int max,
      String message) {
    Object raw = execution.getVariable(field);
    Double number = raw instanceof Number n ? n.doubleValue() : parse(raw);
    if (number == null || number != Math.rint(number) || number < min || number > max) {
      values.problems().add(field, message);
      return null;
    }
    return number.intValue();
  }

  private static Long seed(DelegateExecution execution, FormValues values) {
    Object raw = execution.getVariable(AuditVocabulary.SEED);
    if (raw == null || raw instanceof String s && s.isBlank()) {
      return null;
    }
    if (raw instanceof Long || raw instanceof Integer) {
      return ((Number) raw).longValue();
    }
    try {
      return Long.parseLong(String.valueOf(raw).trim());
    } catch (NumberFormatException e) {
      values.problems().add(AuditVocabulary.SEED, "the seed is a whole number from an earlier draw; leave it empty "
          + "for a new random draw");
      return null;
    }
  }

  private static Double parse(Object raw) {
    if (raw == null) {
      return null;
    }
    try {
      return Double.parseDouble(String.valueOf(raw).trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
