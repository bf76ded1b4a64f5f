package uk.frontdoor.oversight;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What a manager has written of an oversight that is not yet signed: the sign-off for the contact
 * (rationale, next steps) and each child's section as its own step is completed. The signed record
 * is written from them once every child has a section; then the drafts go.
 */
@Repository
class OversightDrafts {

  /** The contact-level sign-off, as approved. */
  record SignOff(String decisionStep, String rationale, List<Proforma.NextStep> nextSteps, String manager,
      String managerName, OffsetDateTime signedAt) {
  }

  private final JdbcClient jdbc;

  OversightDrafts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Starts a new oversight of the contact from this sign-off: anything written before goes. */
  void signOff(UUID contactId, SignOff signOff) {
    discard(contactId);
    jdbc.sql("""
        insert into oversight_draft (contact_id, decision_step, rationale, manager, manager_name, signed_at)
        values (?, ?, ?, ?, ?, ?)""")
        .params(contactId, signOff.decisionStep(), signOff.rationale(), signOff.manager(), signOff.managerName(),
            signOff.signedAt())
        .update();
    int position = 0;
    for (Proforma.NextStep step : signOff.nextSteps()) {
      jdbc.sql("insert into oversight_draft_step (contact_id, position, action, owner, timescale) values (?, ?, ?, ?, ?)")
          .params(contactId, position++, step.action(), step.owner(), step.timescale())
          .update();
    }
  }

  Optional<SignOff> signOff(UUID contactId) {
    List<Proforma.NextStep> steps = jdbc.sql("""
            select action, owner, timescale from oversight_draft_step where contact_id = ? order by position""")
        .param(contactId)
        .query((rs, n) -> new Proforma.NextStep(rs.getString(1), rs.getString(2), rs.getString(3)))
        .list();
    return jdbc.sql("""
            select decision_step, rationale, manager, manager_name, signed_at from oversight_draft
            where contact_id = ?""")
        .param(contactId)
        .query((rs, n) -> new SignOff(rs.getString(1), rs.getString(2), steps, rs.getString(3), rs.getString(4),
            rs.getObject(5, OffsetDateTime.class)))
        .optional();
  }

  /** Saves one child's section (a second one for the same child replaces the first). */
  void child(UUID contactId, Proforma.ChildSection section) {
    UUID childId = section.child().childId();
    jdbc.sql("delete from oversight_draft_child where contact_id = ? and child_id = ?").params(contactId, childId)
        .update();
    Proforma.Writer writer = section.writer();
    jdbc.sql("""
        insert into oversight_draft_child (contact_id, child_id, level, level_change_reason, indicators, risks,
          strengths, analysis, childs_voice, written_by, written_by_name, written_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(contactId, childId, section.level(), section.levelChangeReason(), section.indicators(),
            section.risks(), section.strengths(), section.analysis(), section.childsVoice(), writer.userId(),
            writer.name(), writer.at())
        .update();
  }

  /** The sections written so far, for these children of the contact, in their order; absent ones left out. */
  List<Proforma.ChildSection> children(UUID contactId, List<Proforma.ChildToSign> children) {
    Map<UUID, Proforma.ChildToSign> byId = children.stream()
        .collect(Collectors.toMap(Proforma.ChildToSign::childId, Function.identity()));
    Map<UUID, Proforma.ChildSection> written = jdbc.sql("""
            select child_id, level, level_change_reason, indicators, risks, strengths, analysis, childs_voice,
              written_by, written_by_name, written_at
            from oversight_draft_child where contact_id = ?""")
        .param(contactId)
        .query((rs, n) -> {
          Proforma.ChildToSign child = byId.get(rs.getObject(1, UUID.class));
          return child == null ? null : new Proforma.ChildSection(child, rs.getInt(2), rs.getString(3),
              rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
              new Proforma.Writer(rs.getString(9), rs.getString(10), rs.getObject(11, OffsetDateTime.class)));
        })
        .list().stream().filter(Objects::nonNull)
        .collect(Collectors.toMap(section -> section.child().childId(), Function.identity()));
    return children.stream().map(child -> written.get(child.childId())).filter(Objects::nonNull).toList();
  }

  void discard(UUID contactId) {
    jdbc.sql("delete from oversight_draft_child where contact_id = ?").param(contactId).update();
    jdbc.sql("delete from oversight_draft_step where contact_id = ?").param(contactId).update();
    jdbc.sql("delete from oversight_draft where contact_id = ?").param(contactId).update();
  }
}
