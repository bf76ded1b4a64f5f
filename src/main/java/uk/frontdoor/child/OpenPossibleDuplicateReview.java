package uk.frontdoor.child;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import uk.frontdoor.validation.FormValues;
import uk.frontdoor.validation.NotOnForm;

/**
 * Starts a review only for an open flag that no other review asks, and puts both records in words
 * for the form: a start by hand cannot invent a flag, ask one twice, or bring its own summary.
 */
@Component("openPossibleDuplicateReview")
class OpenPossibleDuplicateReview implements ExecutionListener {

  private final PossibleDuplicates flags;

  OpenPossibleDuplicateReview(PossibleDuplicates flags) {
    this.flags = flags;
  }

  @Override
  public void notify(DelegateExecution execution) {
    NotOnForm.refuseOthers("The review of a possible duplicate starts with the flag's id only", "its start",
        execution.getVariableNames(), Set.of(PossibleDuplicateReview.FLAG_ID));
    FormValues values = new FormValues(execution);
    UUID flagId = uuid(values.text(PossibleDuplicateReview.FLAG_ID, 36));
    PossibleDuplicates.Flag flag = flagId == null ? null : flags.openFlag(flagId).orElse(null);
    if (flag == null || !flags.startReview(flagId, execution.getProcessInstanceId())) {
      values.problems().add(PossibleDuplicateReview.FLAG_ID,
          "name an open possible duplicate that no other review is asking about");
    }
    values.throwIfAny("The review of a possible duplicate cannot start");
    execution.setVariable(PossibleDuplicateReview.SUMMARY, summary(flag));
  }

  private String summary(PossibleDuplicates.Flag flag) {
    return "**The later record:** " + flag.child().described() + on(flag.child()) + "\n\n"
        + "**The earlier record:** " + flag.other().described() + on(flag.other()) + "\n\n"
        + "**Why they may be one child:** " + flag.reason() + ".";
  }

  private String on(PossibleDuplicates.Side side) {
    List<String> contacts = flags.contactsOn(side.childId());
    return contacts.isEmpty() ? "" : "; contacts " + String.join(", ", contacts);
  }

  private static UUID uuid(String text) {
    try {
      return text == null ? null : UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
