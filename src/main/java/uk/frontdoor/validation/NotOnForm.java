package uk.frontdoor.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * A submission may set only its form's fields: the rest is refused, each named, so that no
 * submission writes a fact the journey routes on. Lists the first ten, then how many more.
 */
public final class NotOnForm {

  static final int LISTED = 10;

  private NotOnForm() {
  }

  /**
   * @param title what cannot be done, the refusal's first words
   * @param form the form as the sender knows it, e.g. "this form" or "the contact form"
   */
  public static void refuseOthers(String title, String form, Collection<String> sent, Set<String> allowed) {
    List<String> others = sent.stream().filter(name -> !allowed.contains(name)).sorted().toList();
    if (others.isEmpty()) {
      return;
    }
    List<FieldProblem> problems = new ArrayList<>();
    others.stream().limit(LISTED).forEach(name -> problems.add(new FieldProblem(name,
        "is not on " + form + ": only its own fields can be sent")));
    if (others.size() > LISTED) {
      problems.add(new FieldProblem("variables", "and " + (others.size() - LISTED) + " more that are not on " + form));
    }
    throw new InvalidSubmissionException(title, problems);
  }
}
