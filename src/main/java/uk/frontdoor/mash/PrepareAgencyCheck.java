package uk.frontdoor.mash;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import uk.frontdoor.journey.ChildJourneyProcess;

/**
 * Shows a partner agency only what it needs to search its records: the contact's reference, the
 * children's names and the address. Not the concerns: information is shared for a purpose, no
 * more than needed. The display variables are local to the check and end with it.
 */
@Component("prepareAgencyCheck")
class PrepareAgencyCheck implements ExecutionListener {

  static final String CHILDREN_NAMES = "childrenNames";
  static final String HOUSEHOLD_ADDRESS = "householdAddress";

  private final MashRecords records;

  PrepareAgencyCheck(MashRecords records) {
    this.records = records;
  }

  @Override
  public void notify(DelegateExecution execution) {
    UUID contactId = ChildJourneyProcess.contactId(execution);
    MashRecords.ContactForAgency contact = records.contactForAgency(contactId)
        .orElseThrow(() -> new IllegalStateException("No contact " + contactId + " for a partner agency check"));
    execution.setVariableLocal(CHILDREN_NAMES, String.join(", ", contact.childrenNames()));
    execution.setVariableLocal(HOUSEHOLD_ADDRESS, contact.address());
  }
}
