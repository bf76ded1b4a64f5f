package uk.frontdoor.deployment;

import java.util.List;

/** The folder failed the model check at start-up, so nothing of it was deployed. */
class ModelCheckFailure extends IllegalStateException {

  private final String location;
  private final List<ModelProblem> problems;

  ModelCheckFailure(String location, List<ModelProblem> problems) {
    super("The process models in " + location + " failed the model check, so the service will not start: "
        + problems.size() + " problem(s), the first: " + problems.get(0));
    this.location = location;
    this.problems = List.copyOf(problems);
  }

  String location() {
    return location;
  }

  List<ModelProblem> problems() {
    return problems;
  }
}
