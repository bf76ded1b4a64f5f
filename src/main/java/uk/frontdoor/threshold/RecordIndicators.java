package uk.frontdoor.threshold;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import uk.frontdoor.journey.Actor;
import uk.frontdoor.journey.ChildJourneyProcess;
import uk.frontdoor.language.FieldKind;
import uk.frontdoor.language.LanguageGuard;
import uk.frontdoor.security.Roles;
import uk.frontdoor.validation.FieldProblem;
import uk.frontdoor.validation.FormValues;

/**
 * Checks and records the indicators ticked for one child. Every code must be a rule of the
 * deployed table, in the checklist's own domain, so a direct REST call cannot invent an indicator
 * or move one to another domain.
 */
@Component("recordIndicators")
class RecordIndicators implements ExecutionListener {

  static final String FORM = "apply-pathways";

  private final PathwaysDocument document;
  private final ThresholdStore store;
  private final Actor actor;
  private final Clock clock;
  private final LanguageGuard language;

  RecordIndicators(PathwaysDocument document, ThresholdStore store, Actor actor, Clock clock, LanguageGuard language) {
    this.document = document;
    this.store = store;
    this.actor = actor;
    this.clock = clock;
    this.language = language;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    DelegateExecution child = ChildScope.of(execution);
    FormValues values = new FormValues(execution, language.forForm(FORM, FieldKind.THRESHOLD));
    if (actor.isPersonOutside(Roles.CRS_PRACTITIONERS, Roles.CRS_MANAGERS)) {
      values.problems().add(FieldProblem.PERSON, "only a practitioner or manager of the front door can apply the Pathways Document");
    }
    List<String> ticked = new ArrayList<>();
    for (Pathways.Domain domain : Pathways.DOMAINS) {
      Set<String> allowed = document.inDomain(domain.code()).stream().map(PathwaysIndicator::code)
          .collect(Collectors.toSet());
      ticked.addAll(values.codes(domain.field(), allowed));
    }
    boolean significantHarm = values.bool(Pathways.Field.SIGNIFICANT_HARM, true,
        "say whether there is reasonable cause to suspect this child is suffering, or is likely to suffer, "
            + "significant harm");
    String note = values.text(Pathways.Field.THRESHOLD_NOTE, 4000);
    if (ticked.isEmpty() && note == null) {
      values.problems().add(Pathways.Field.THRESHOLD_NOTE,
          "tick at least one indicator, or write why none of them applies to this child");
    }
    values.throwIfAny("The Pathways Document checklist cannot be saved");

    store.insertIndicators(ChildJourneyProcess.contactId(execution),
        ChildJourneyProcess.childId(child), ticked.stream().distinct().toList(),
        significantHarm, note, actor.userId(), clock.instant());
    Pathways.DOMAINS.forEach(domain -> child.removeVariableLocal(domain.optionsVariable()));
    child.removeVariableLocal(Pathways.Field.CHILD_SUMMARY);
    values.removeFromProcess();
  }
}
