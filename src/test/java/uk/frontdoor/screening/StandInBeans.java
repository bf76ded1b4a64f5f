package uk.frontdoor.screening;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Stand-ins for beans other features provide, so the screening, consent and oversight tests can
 * run before those features are merged. Delete each one when the real bean exists: a second bean
 * of the same name stops the context from starting, so nobody can forget.
 *
 * <ul>
 *   <li>{@code ragChanges}: the urgency feature's {@code UrgencyChange}, wired as {@link RagChanges};
 *   <li>{@code mashAgencies}: the partner agency list the model's multi-instance reads;
 *   <li>{@code recordOutcome} and {@code outcomes}: the outcome feature's delegate and routing facts.
 * </ul>
 */
@TestConfiguration(proxyBeanMethods = false)
public class StandInBeans {

  /** Remembers every urgency change asked for, so a test can see screening asked for it. */
  public static class RecordedRagChanges implements RagChanges {

    public record Change(String contactId, String newRag, String reason, String decidedBy) {
    }

    private final List<Change> changes = new ArrayList<>();

    @Override
    public synchronized void change(DelegateExecution execution, String contactId, String newRag, String reason,
        String decidedBy) {
      changes.add(new Change(contactId, newRag, reason, decidedBy));
    }

    public synchronized List<Change> of(String contactId) {
      return changes.stream().filter(change -> change.contactId().equals(contactId)).toList();
    }
  }

  /** One partner agency, police, enough for the model to open the partner checks. */
  public static class OnePartnerAgency {

    public List<String> partnerAgencies() {
      return List.of("police");
    }

    public String group(String agency) {
      return "mash-" + agency;
    }

    public String name(String agency) {
      return agency;
    }
  }

  /** The outcome feature's delegate: records nothing, so an approved decision can leave the sub-process. */
  public static class NoOutcome implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
    }
  }

  /** The outcome feature's routing facts: nothing follows, so the journey ends after sign-off. */
  public static class NothingFollows {

    public boolean needsStrategyDiscussion(String contactId) {
      return false;
    }

    public List<String> assessmentAllocations(String contactId) {
      return List.of();
    }

    public List<String> briefInterventionChildren(String contactId) {
      return List.of();
    }
  }

  @Bean
  NoOutcome recordOutcome() {
    return new NoOutcome();
  }

  @Bean
  NothingFollows outcomes() {
    return new NothingFollows();
  }

  @Bean
  RecordedRagChanges ragChanges() {
    return new RecordedRagChanges();
  }

  @Bean
  OnePartnerAgency mashAgencies() {
    return new OnePartnerAgency();
  }
}
