package uk.frontdoor.mash;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.frontdoor.journey.ChildJourneyProcess;
import uk.frontdoor.mash.MashRecords.Child;
import uk.frontdoor.mash.MashRecords.EarlierOutcome;
import uk.frontdoor.mash.MashRecords.OpenCase;

/**
 * Checks the council's own records alongside the partner agencies: social care (open cases and
 * earlier outcomes) and early help (earlier early help or brief intervention). Writes one check
 * for each, in plain English.
 *
 * <p>The model runs it asynchronously, so a failure (a database outage, a missing record) becomes
 * a retried job and then an incident a manager sees in Cockpit, never a lost contact.
 */
@Component("checkCouncilRecords")
class CheckCouncilRecords implements JavaDelegate {

  static final Set<String> EARLY_HELP_OUTCOMES = Set.of("early-help", "brief-intervention-team");

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private static final Map<String, String> CASE_KINDS = Map.of(
      "child-in-need", "a child in need plan",
      "child-protection-plan", "a child protection plan",
      "looked-after", "looked after by the council");

  private final MashRecords records;
  private final Clock clock;

  CheckCouncilRecords(MashRecords records, Clock clock) {
    this.records = records;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    UUID contactId = ChildJourneyProcess.contactId(execution);
    List<Child> children = records.children(contactId);
    if (children.isEmpty()) {
      throw new IllegalStateException("Contact " + contactId + " has no children recorded: the council's records "
          + "cannot be checked. Correct the contact, then retry this job in Cockpit.");
    }
    List<String> socialCare = new ArrayList<>();
    List<String> earlyHelp = new ArrayList<>();
    for (Child child : children) {
      List<OpenCase> open = records.openCases(child.id());
      List<EarlierOutcome> earlier = records.earlierOutcomes(child.id(), contactId);
      List<String> found = new ArrayList<>();
      open.forEach(c -> found.add("open: " + CASE_KINDS.getOrDefault(c.kind(), c.kind()) + " since "
          + DATE.format(c.openedOn())));
      long referrals = earlier.stream().filter(EarlierOutcome::referral).count();
      if (referrals > 0) {
        found.add(referrals + (referrals == 1 ? " earlier referral" : " earlier referrals") + ", the last on "
            + date(earlier.stream().filter(EarlierOutcome::referral).findFirst().orElseThrow().decidedAt()));
      }
      if (!found.isEmpty()) {
        socialCare.add(child.name() + ": " + String.join("; ", found) + ".");
      }
      List<EarlierOutcome> help = earlier.stream().filter(o -> EARLY_HELP_OUTCOMES.contains(o.outcome())).toList();
      if (!help.isEmpty()) {
        earlyHelp.add(child.name() + ": " + help.size() + (help.size() == 1 ? " time" : " times")
            + " offered early help or brief intervention, the last on " + date(help.get(0).decidedAt()) + ".");
      }
    }
    Instant now = Instant.now(clock);
    records.check(contactId, MashChecks.SOCIAL_CARE, true, socialCare.isEmpty() ? MashChecks.NOT_KNOWN : MashChecks.KNOWN,
        socialCare.isEmpty() ? "No child of this contact has an open social care case or an earlier referral."
            : String.join(" ", socialCare), null, now);
    records.check(contactId, MashChecks.EARLY_HELP, true, earlyHelp.isEmpty() ? MashChecks.NOT_KNOWN : MashChecks.KNOWN,
        earlyHelp.isEmpty() ? "No child of this contact has had early help or brief intervention before."
            : String.join(" ", earlyHelp), null, now);
  }

  private static String date(Instant instant) {
    return DATE.format(instant.atZone(LONDON));
  }
}
