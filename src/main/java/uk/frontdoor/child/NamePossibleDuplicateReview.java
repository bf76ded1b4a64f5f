package uk.frontdoor.child;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Names the review in a busy queue by the child: "Check whether two records are one child – Zara Lund". */
@Component("namePossibleDuplicateReview")
class NamePossibleDuplicateReview implements TaskListener {

  private final PossibleDuplicates flags;

  NamePossibleDuplicateReview(PossibleDuplicates flags) {
    this.flags = flags;
  }

  @Override
  public void notify(DelegateTask task) {
    UUID flagId = UUID.fromString((String) task.getVariable(PossibleDuplicateReview.FLAG_ID));
    flags.openFlag(flagId).ifPresent(flag ->
        task.setName(task.getName() + " – " + flag.child().firstName() + " " + flag.child().lastName()));
  }
}
