package uk.frontdoor.threshold;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.spin.Spin;
import org.springframework.stereotype.Component;
import uk.frontdoor.journey.ChildJourneyProcess;

/**
 * Prepares the Pathways checklist for one child: the options of each domain from the deployed
 * table, the child's name and a short summary, as local variables of that child's scope.
 */
@Component("prepareThreshold")
class PrepareThreshold implements ExecutionListener {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private final PathwaysDocument document;
  private final ThresholdStore store;
  private final Clock clock;

  PrepareThreshold(PathwaysDocument document, ThresholdStore store, Clock clock) {
    this.document = document;
    this.store = store;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateExecution execution) {
    DelegateExecution child = ChildScope.of(execution);
    UUID contactId = ChildJourneyProcess.contactId(execution);
    UUID childId = ChildJourneyProcess.childId(child);
    for (Pathways.Domain domain : Pathways.DOMAINS) {
      List<Map<String, String>> options = document.inDomain(domain.code()).stream()
          .map(indicator -> {
            Map<String, String> option = new LinkedHashMap<>();
            option.put("label", indicator.label());
            option.put("value", indicator.code());
            return option;
          })
          .toList();
      child.setVariableLocal(domain.optionsVariable(), Spin.JSON(options));
    }
    ThresholdStore.ChildFacts facts = store.child(childId);
    child.setVariableLocal(Pathways.Field.CHILD_NAME, facts.name());
    String history = store.historySummary(contactId, childId).orElse("No history check was recorded.");
    child.setVariableLocal(Pathways.Field.CHILD_SUMMARY, age(facts) + ". " + history);
  }

  private String age(ThresholdStore.ChildFacts facts) {
    LocalDate today = LocalDate.now(clock.withZone(LONDON));
    if (facts.dateOfBirth() != null) {
      Period age = Period.between(facts.dateOfBirth(), today);
      return age.getYears() > 0 ? "Aged " + age.getYears() : "Aged " + age.toTotalMonths() + " months";
    }
    if (facts.expectedDate() != null) {
      return "Unborn, expected on " + facts.expectedDate();
    }
    if (facts.estimatedAgeYears() != null) {
      return "About " + facts.estimatedAgeYears() + " years old";
    }
    return "Age not known";
  }
}
