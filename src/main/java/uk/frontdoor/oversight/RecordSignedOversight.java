package uk.frontdoor.oversight;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.frontdoor.journey.ChildJourneyProcess;

/**
 * Writes the signed oversight record, complete, once the manager has signed off the contact and
 * every child has a section: the sign-off and the sections become one record that is never
 * changed, and the drafts go.
 */
@Component("recordSignedOversight")
class RecordSignedOversight implements JavaDelegate {

  private final DecisionsSignedOff decisions;
  private final OversightDrafts drafts;
  private final OversightRecords records;
  private final Clock clock;

  RecordSignedOversight(DecisionsSignedOff decisions, OversightDrafts drafts, OversightRecords records, Clock clock) {
    this.decisions = decisions;
    this.drafts = drafts;
    this.records = records;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    UUID contactId = ChildJourneyProcess.contactId(execution);
    OversightDrafts.SignOff signOff = drafts.signOff(contactId).orElseThrow(() -> new IllegalStateException(
        "The oversight of contact " + contactId + " has no sign-off to record"));
    List<Proforma.ChildToSign> children = decisions.children(contactId);
    List<Proforma.ChildSection> sections = drafts.children(contactId, children);
    if (sections.size() != children.size()) {
      throw new IllegalStateException("The oversight of contact " + contactId + " has " + sections.size()
          + " of " + children.size() + " children's sections");
    }
    records.insert(new OversightRecords.NewRecord(contactId, signOff.decisionStep(), true,
        decisions.summary(contactId), new Proforma.Content(sections, signOff.rationale(), signOff.nextSteps()),
        decisions.signedAt(contactId, signOff.decisionStep(), children), null, signOff.manager(),
        signOff.managerName(), OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC), null, null));
    drafts.discard(contactId);
  }
}
