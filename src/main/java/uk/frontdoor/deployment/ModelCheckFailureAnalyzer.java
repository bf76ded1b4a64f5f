package uk.frontdoor.deployment;

import java.util.stream.Collectors;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Ends a refused start-up with every problem of the folder, not with a stack trace. */
class ModelCheckFailureAnalyzer extends AbstractFailureAnalyzer<ModelCheckFailure> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, ModelCheckFailure cause) {
    String problems = cause.problems().stream().map(problem -> "- " + problem).collect(Collectors.joining("\n"));
    return new FailureAnalysis("The process models in " + cause.location() + " failed the model check, so nothing"
        + " was deployed and the service did not start:\n" + problems,
        "Put these right in Camunda Modeler (java -jar front-door.jar --check-models=<folder> checks a folder"
            + " without starting the service), or put back the last folder that worked, then start again.",
        cause);
  }
}
