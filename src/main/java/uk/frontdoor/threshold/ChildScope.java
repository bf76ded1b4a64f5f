package uk.frontdoor.threshold;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import uk.frontdoor.journey.ChildJourneyProcess;

/**
 * The execution of one child's threshold subprocess: the multi-instance body's inner execution.
 * A sequential multi-instance keeps the element variable {@code childId} on the body's execution
 * (a parallel one on the inner execution), so the scope is the execution whose parent, or itself,
 * holds it. Display variables set here vanish with that child's
 * scope, and never leak to the next child or the process instance.
 */
final class ChildScope {

  static DelegateExecution of(DelegateExecution execution) {
    ExecutionEntity scope = (ExecutionEntity) execution;
    while (scope != null && !scope.hasVariableLocal(ChildJourneyProcess.Var.CHILD_ID)
        && (scope.getParent() == null || !scope.getParent().hasVariableLocal(ChildJourneyProcess.Var.CHILD_ID))) {
      scope = scope.getParent();
    }
    if (scope == null) {
      throw new IllegalStateException("No child is in scope at " + execution.getCurrentActivityId());
    }
    return scope;
  }

  private ChildScope() {
  }
}
