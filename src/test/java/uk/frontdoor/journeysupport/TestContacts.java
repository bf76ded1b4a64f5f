package uk.frontdoor.journeysupport;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import uk.frontdoor.contact.ContactIntake;
import uk.frontdoor.contact.RecordedContact;
import uk.frontdoor.journey.ChildJourneyProcess;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import uk.frontdoor.child.Address;
import uk.frontdoor.child.ChildDetails;
import uk.frontdoor.contact.ContactRequest;

/** Contacts with unique children and addresses, for journey tests sharing one database. */
public final class TestContacts {

  private TestContacts() {
  }

  /** A household address no other test uses. */
  public static Address uniqueAddress() {
    return new Address(ThreadLocalRandom.current().nextInt(1, 999) + " " + letters() + " Road", null, "Exampletown",
        "EX1 2AB");
  }

  /** A new child with a surname no other test uses. */
  public static ChildDetails child(String firstName, String lastName, LocalDate dateOfBirth) {
    return new ChildDetails(firstName, lastName, dateOfBirth, null, null, "not-known", null, null);
  }

  /** The same child again, by the id the service gave them. */
  public static ChildDetails known(UUID childId, String firstName, String lastName) {
    return new ChildDetails(firstName, lastName, null, null, 5, null, childId.toString(), null);
  }

  public static String uniqueSurname(String base) {
    return base + "-" + letters();
  }

  public static ContactRequest contact(OffsetDateTime receivedAt, String source, Address address,
      List<ChildDetails> children, List<String> concernTypes) {
    return new ContactRequest(receivedAt, source,
        new ContactRequest.Referrer("Jane Walker", "Exampletown Police", "officer", "01234 567890", null),
        address, children, "Neighbours heard shouting and a child crying late at night.", concernTypes,
        "family-aware-and-agrees", null, null);
  }

  private static String letters() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      text.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
    }
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /**
   * Records the contact and runs its history check and urgency, which wait in a job so that a
   * failure there never loses the contact: the journey then waits for screening.
   */
  public static RecordedContact recorded(ContactIntake intake, ManagementService management, ContactRequest request) {
    RecordedContact contact = intake.record(request).contact();
    Job historyCheck = management.createJobQuery().processInstanceId(contact.processInstanceId())
        .activityId(ChildJourneyProcess.Element.CHECK_HISTORY).singleResult();
    management.executeJob(historyCheck.getId());
    return contact;
  }
}
