package uk.frontdoor.history;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.frontdoor.history.HistoryRecords.Child;
import uk.frontdoor.history.HistoryRecords.ContactTimes;
import uk.frontdoor.journey.ChildJourneyProcess;
import uk.frontdoor.journey.ChildJourneyProcess.Var;

/**
 * Checks each child's history in the service's own records as the contact arrives, so the
 * practitioner who screens it sees who is known, what is open and who else lives there.
 *
 * <p><b>Re-referral.</b> The children in need census counts a referral as a re-referral when it
 * comes within 12 months of a previous referral of the same child. At the front door the contact
 * has not yet become a referral, so this check flags a contact whose child had a referral in the
 * re-referral window ({@code frontdoor.history.re-referral-window}, 12 months by default) before
 * this contact arrived: if this contact becomes a referral it will be a re-referral, so every such
 * contact gets full partner agency checks (the audit found re-referrals decided without them).
 *
 * <p>Sets {@code reReferral} (any child) and {@code historySummary} (what the screening form
 * shows); the full findings are stored per child in {@code history_finding}. Running it again for
 * the same contact replaces the earlier findings.
 */
@Component("checkHistory")
public class CheckHistory implements JavaDelegate {

  /**
   * Display variable the screening form shows ({@code {{historySummary}}}): every child's summary,
   * one per line. Not routed on.
   */
  public static final String HISTORY_SUMMARY = "historySummary";

  /** The screening form shows this much; the full record is in history_finding. */
  static final int DISPLAY_LENGTH = 2000;

  private final HistoryRecords records;
  private final HistoryProperties properties;
  private final Clock clock;

  CheckHistory(HistoryRecords records, HistoryProperties properties, Clock clock) {
    this.records = records;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    UUID contactId = ChildJourneyProcess.contactId(execution);
    ContactTimes contact = records.contact(contactId)
        .orElseThrow(() -> new IllegalStateException("No contact " + contactId + " to check the history of"));
    List<ChildHistory> findings = new ArrayList<>();
    for (UUID childId : records.children(contactId)) {
      findings.add(check(contactId, contact, records.child(childId)));
    }
    List<String> summaries = findings.stream().map(HistorySummary::of).toList();
    records.replaceFindings(contactId, findings, summaries, Instant.now(clock));
    execution.setVariable(Var.RE_REFERRAL, findings.stream().anyMatch(ChildHistory::reReferral));
    execution.setVariable(HISTORY_SUMMARY, HistorySummary.forDisplay(summaries, DISPLAY_LENGTH));
  }

  private ChildHistory check(UUID contactId, ContactTimes contact, Child child) {
    LocalDate receivedOn = HistoryRecords.dateInEngland(contact.receivedAt());
    int earlierContacts = records.earlierContacts(child.id(), contactId, contact.receivedAt());
    List<Instant> referrals = records.earlierReferrals(child.id(), contactId, contact.receivedAt());
    Instant lastReferral = referrals.isEmpty() ? null : referrals.get(0);
    Instant windowStart = HistoryRecords.windowStart(contact.receivedAt(), properties.reReferralWindow());
    boolean reReferral = lastReferral != null && !lastReferral.isBefore(windowStart);
    boolean known = child.createdAt().isBefore(contact.recordedAt()) || earlierContacts > 0;
    List<String> siblings = records.siblings(child).stream()
        .map(sibling -> sibling.name() + " (" + sibling.ageOn(receivedOn) + ")").toList();
    return new ChildHistory(child.id(), child.name(), child.ageOn(receivedOn), known, records.openCases(child.id()),
        earlierContacts, referrals.size(), lastReferral, reReferral, siblings, records.possibleDuplicates(child.id()));
  }
}
