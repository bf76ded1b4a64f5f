package uk.frontdoor.journey;

import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.frontdoor.contact.ContactFacts;
import uk.frontdoor.mash.MashAgencies;

/**
 * Names each task as a busy queue needs it, when it is created: the model's plain words with the
 * child or agency it is about, then the contact reference and the family, e.g. "Apply the Pathways
 * Document for Amira Khan – FD-2026-00012, Khan family". The models keep plain names for Modeler
 * and Cockpit ("Apply the Pathways Document for each child"); {@link TaskNamesPlugin} adds this to
 * every user task.
 */
@Component
public class TaskNames implements TaskListener {

  static final String EACH_CHILD = "each child";
  static final String THE_CHILDS = "the child's";
  static final String THE_AGENCYS = "the agency's";
  private static final int MAX_LENGTH = 255;

  private final JdbcClient jdbc;
  private final ContactFacts contacts;
  private final MashAgencies agencies;

  TaskNames(JdbcClient jdbc, ContactFacts contacts, MashAgencies agencies) {
    this.jdbc = jdbc;
    this.contacts = contacts;
    this.agencies = agencies;
  }

  @Override
  public void notify(DelegateTask task) {
    Object contactId = task.getVariable(ChildJourneyProcess.Var.CONTACT_ID);
    Object reference = task.getVariable(ChildJourneyProcess.Var.CONTACT_REFERENCE);
    if (task.getName() == null || !(contactId instanceof String contact) || !(reference instanceof String)) {
      return;
    }
    task.setName(name(task.getName(), (String) task.getVariable(ChildJourneyProcess.Var.CHILD_ID),
        (String) task.getVariable(ChildJourneyProcess.Var.AGENCY), (String) reference, contact));
  }

  String name(String modelName, String childId, String agency, String reference, String contactId) {
    String name = modelName;
    if (childId != null) {
      String child = contacts.childName(childId);
      name = name.replace(EACH_CHILD, child).replace(THE_CHILDS, child + "'s");
    }
    if (agency != null) {
      name = name.replace(THE_AGENCYS, agencies.name(agency));
    }
    String named = name + " – " + reference + ", " + family(contactId);
    return named.length() <= MAX_LENGTH ? named : named.substring(0, MAX_LENGTH - 1) + "…";
  }

  /** "Khan family", or "Khan and Smith families" for children of more than one surname. */
  private String family(String contactId) {
    List<String> surnames = jdbc.sql("""
            select ch.last_name from contact_child cc join child ch on ch.id = cc.child_id
            where cc.contact_id = ? order by cc.position""")
        .param(UUID.fromString(contactId)).query(String.class).list().stream().distinct().toList();
    if (surnames.isEmpty()) {
      return "no child named";
    }
    if (surnames.size() == 1) {
      return surnames.get(0) + " family";
    }
    return String.join(", ", surnames.subList(0, surnames.size() - 1)) + " and " + surnames.get(surnames.size() - 1)
        + " families";
  }
}
