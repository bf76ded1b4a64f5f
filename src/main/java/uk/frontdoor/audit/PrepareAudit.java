package uk.frontdoor.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import uk.frontdoor.audit.AuditStore.Audit;
import uk.frontdoor.audit.AuditStore.Writing;
import uk.frontdoor.language.LanguageFinding;
import uk.frontdoor.language.LanguageGuard;

/**
 * Starts one contact's audit: what the form shows (the contact, links to each child's journey
 * record, the language check of what staff wrote on it) and, local to this audit, the variables
 * the form and gateways use, so parallel audits never share them.
 */
@Component("prepareAudit")
class PrepareAudit implements ExecutionListener {

  static final int SUMMARY_LENGTH = 1000;

  private final PeerAuditors peers;
  private final AuditStore store;
  private final LanguageGuard languageGuard;

  PrepareAudit(PeerAuditors peers, AuditStore store, LanguageGuard languageGuard) {
    this.peers = peers;
    this.store = store;
    this.languageGuard = languageGuard;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Audit audit = peers.audit(execution.getVariable(AuditVocabulary.AUDIT_ID));
    execution.setVariableLocal("contactId", audit.contactId().toString());
    execution.setVariableLocal(AuditVocabulary.CONTACT_REFERENCE, store.contactReference(audit.contactId()));
    execution.setVariableLocal(AuditVocabulary.JOURNEY_LINKS, store.children(audit.contactId()).stream()
        .map(child -> "[" + child.name() + "](/children/" + child.id() + ")").collect(Collectors.joining(", ")));
    execution.setVariableLocal(AuditVocabulary.LANGUAGE_SUMMARY, summary(store.staffWriting(audit.contactId())));
    execution.setVariableLocal(AuditVocabulary.FOLLOW_UP_NEEDED, false);
    execution.setVariableLocal(AuditVocabulary.MODERATE, false);
    execution.setVariableLocal(AuditVocabulary.GRADES_SUMMARY, null);
    AuditVocabulary.THEME_FIELDS.forEach(field -> execution.setVariableLocal(field, null));
    execution.setVariableLocal(AuditVocabulary.COMMENTS, null);
    execution.setVariableLocal(AuditVocabulary.MODERATION_REASON, null);
    execution.setVariableLocal(AuditVocabulary.FOLLOW_UP_ACTION, null);
  }

  /** A few plain lines: how many acronyms or jargon terms, which, and where. */
  String summary(List<Writing> writing) {
    if (writing.isEmpty()) {
      return "Staff wrote nothing on this contact that the language check could read.";
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    Map<String, String> where = new LinkedHashMap<>();
    int textsWithFindings = 0;
    for (Writing text : writing) {
      List<LanguageFinding> findings = languageGuard.checker().check(text.text());
      if (!findings.isEmpty()) {
        textsWithFindings++;
      }
      for (LanguageFinding finding : findings) {
        counts.merge(finding.term(), 1, Integer::sum);
        where.putIfAbsent(finding.term(), finding.meaning() + ", first in the " + text.where());
      }
    }
    if (counts.isEmpty()) {
      return "The language check found no acronyms or jargon in the " + writing.size() + " texts staff wrote.";
    }
    int total = counts.values().stream().mapToInt(Integer::intValue).sum();
    String terms = counts.entrySet().stream()
        .map(e -> "\"" + e.getKey() + "\" " + e.getValue() + " " + (e.getValue() == 1 ? "time" : "times")
            + " (" + where.get(e.getKey()) + ")")
        .collect(Collectors.joining("; "));
    String summary = "The language check found " + total + " acronyms or jargon terms in " + textsWithFindings
        + " of the " + writing.size() + " texts staff wrote: " + terms + ".";
    return summary.length() <= SUMMARY_LENGTH ? summary : summary.substring(0, SUMMARY_LENGTH - 3) + "...";
  }
}
