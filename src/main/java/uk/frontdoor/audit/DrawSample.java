package uk.frontdoor.audit;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.frontdoor.audit.Sampler.Candidate;
import uk.frontdoor.audit.Sampler.Draw;
import uk.frontdoor.clock.WorkingCalendar;
import uk.frontdoor.journey.Actor;

/**
 * Draws the dip sample and records the draw (seed, rule, period, how many candidates, which
 * contacts) with one open audit per contact. Started by the timer, it samples the previous
 * calendar month with the settings; started from Tasklist, it uses the checked start form.
 */
@Component("drawSample")
class DrawSample implements JavaDelegate {

  static final String MONTHLY_THEME = "Monthly dip sample";
  /** Seeds stay below 10^15 so they can be typed and shown without rounding. */
  static final long SEED_BOUND = 1_000_000_000_000_000L;

  private final AuditStore store;
  private final AuditSettings settings;
  private final WorkingCalendar calendar;
  private final Actor actor;
  private final Clock clock;
  private final SecureRandom seeds = new SecureRandom();

  DrawSample(AuditStore store, AuditSettings settings, WorkingCalendar calendar, Actor actor, Clock clock) {
    this.store = store;
    this.settings = settings;
    this.calendar = calendar;
    this.actor = actor;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Instant now = clock.instant();
    ZoneId zone = calendar.zone();
    String theme = (String) execution.getVariable(AuditVocabulary.THEME);
    String fromText = (String) execution.getVariable(AuditVocabulary.PERIOD_FROM);
    String toText = (String) execution.getVariable(AuditVocabulary.PERIOD_TO);
    LocalDate lastMonth = now.atZone(zone).toLocalDate().withDayOfMonth(1).minusMonths(1);
    LocalDate from = fromText == null ? lastMonth : LocalDate.parse(fromText);
    LocalDate to = toText == null ? lastMonth.plusMonths(1).minusDays(1) : LocalDate.parse(toText);
    Integer perManagerVariable = (Integer) execution.getVariable(AuditVocabulary.PER_MANAGER);
    int perManager = perManagerVariable == null ? settings.perManager() : perManagerVariable;
    Boolean stratifyVariable = (Boolean) execution.getVariable(AuditVocabulary.STRATIFY);
    boolean stratify = stratifyVariable == null ? settings.stratify() : stratifyVariable;
    Object seedVariable = execution.getVariable(AuditVocabulary.SEED);
    long seed = seedVariable == null ? seeds.nextLong(SEED_BOUND) : ((Number) seedVariable).longValue();

    List<Candidate> candidates = store.candidates(from.atStartOfDay(zone).toInstant(),
        to.plusDays(1).atStartOfDay(zone).toInstant(),
        now.atZone(zone).minusMonths(settings.lookbackMonths()).toInstant());
    Draw draw = Sampler.draw(candidates, seed, perManager, stratify, settings.moderationShare());
    UUID sampleId = store.insertSample(execution.getProcessInstanceId(), theme == null ? MONTHLY_THEME : theme,
        from, to, seed, draw.rule(), perManager, stratify, candidates.size(), draw.chosen(), actor.userId(), now);
    for (Candidate contact : draw.chosen()) {
      store.insertAudit(sampleId, contact, draw.moderated().contains(contact.contactId()), now);
    }
    execution.setVariable(AuditVocabulary.THEME, theme == null ? MONTHLY_THEME : theme);
    execution.setVariable(AuditVocabulary.SEED, seed);
    execution.setVariable(AuditVocabulary.SAMPLE_ID, sampleId.toString());
    execution.setVariable(AuditVocabulary.SAMPLED_COUNT, draw.chosen().size());
  }
}
