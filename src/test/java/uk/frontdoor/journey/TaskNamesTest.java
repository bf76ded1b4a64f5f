package uk.frontdoor.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.frontdoor.journey.ChildJourneyProcess.Element;
import uk.frontdoor.journey.ChildJourneyProcess.Var;
import uk.frontdoor.screening.JourneyTestSupport;
import uk.frontdoor.support.ServiceTest;

/** A busy queue can be read: each task names the child, the contact reference and the family. */
@ServiceTest
class TaskNamesTest extends JourneyTestSupport {

  @Autowired
  private RepositoryService repositoryService;

  @Test
  void aTaskCarriesTheContactReferenceAndTheFamilyAndAPerChildTaskTheChild() {
    String contactId = newContact();
    String child = jdbc.sql("select first_name || ' ' || last_name from child c join contact_child cc "
        + "on cc.child_id = c.id where cc.contact_id = ?").param(UUID.fromString(contactId)).query(String.class).single();
    String family = child.substring(child.indexOf(' ') + 1) + " family";

    ProcessInstance screening = startBefore(Element.SCREEN_CONTACT, contactId, false, Map.of());
    String reference = (String) runtimeService.getVariable(screening.getId(), Var.CONTACT_REFERENCE);
    assertThat(taskAt(screening, Element.SCREEN_CONTACT).getName())
        .isEqualTo("Screen the contact – " + reference + ", " + family);

    ProcessInstance threshold = startBefore(Element.THRESHOLD_PER_CHILD + "#multiInstanceBody", contactId, false,
        Map.of());
    assertThat(taskAt(threshold, Element.APPLY_PATHWAYS).getName())
        .isEqualTo("Apply the Pathways Document for " + child + " – " + reference + ", " + family);
  }

  @Test
  void theModelsNameTasksInPlainWordsWithoutExpressions() {
    repositoryService.createProcessDefinitionQuery().latestVersion().list().forEach(definition ->
        repositoryService.getBpmnModelInstance(definition.getId()).getModelElementsByType(FlowElement.class).stream()
            .filter(element -> element.getName() != null).forEach(element -> assertThat(element.getName()).as(definition.getKey() + " " + element.getId())
                .doesNotContain("${")));
  }
}
