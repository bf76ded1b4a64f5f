package uk.frontdoor.threshold;

import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Reads the deployed decisions on the service's behalf: a practitioner completing a task may read
 * decision definitions but not evaluate them, and the evaluation is the service's, not theirs.
 */
final class WithoutAuthorization {

  static <T> T run(Supplier<T> call) {
    CommandContext context = Context.getCommandContext();
    if (context == null) {
      return call.get();
    }
    return context.runWithoutAuthorization(call::get);
  }

  private WithoutAuthorization() {
  }
}
