package uk.frontdoor.child;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import uk.frontdoor.validation.Problems;

/**
 * Makes two records of one child one: everything recorded about the duplicate moves to the record
 * that is kept, the duplicate stays, emptied, pointing at it, and the merge itself is recorded
 * (who, when, why, which contacts moved) and shown in the child's journey record.
 */
@Service
class ChildMerge {

  /** The service's tables that hold a child's history (record_access is an audit log and stays as it was). */
  private static final List<String> CHILD_TABLES = List.of("contact_child", "social_care_case", "history_finding",
      "threshold_decision", "child_outcome", "assessment_allocation", "follow_on", "oversight_child",
      "oversight_draft_child");
  static final int REASON_MAX = 4000;

  @Schema(name = "ChildRecordsMerged", description = "Two records of one child made one")
  record Merged(
      @Schema(description = "The merge's id", example = "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a",
          requiredMode = Schema.RequiredMode.REQUIRED) UUID mergeId,
      @Schema(description = "The record that is kept and now holds the child's history",
          example = "3f2b7c1e-8a4d-4e5f-9b6a-1c2d3e4f5a6b", requiredMode = Schema.RequiredMode.REQUIRED) UUID intoChildId,
      @Schema(description = "The record that was emptied into it", example = "7c6b5a4f-3e2d-4c1b-8a9f-0e1d2c3b4a5f",
          requiredMode = Schema.RequiredMode.REQUIRED) UUID mergedChildId,
      @Schema(description = "The contacts that moved to the kept record", requiredMode = Schema.RequiredMode.REQUIRED)
      List<UUID> contactIds) {
  }

  private final JdbcClient jdbc;
  private final PossibleDuplicates flags;
  private final Clock clock;

  ChildMerge(JdbcClient jdbc, PossibleDuplicates flags, Clock clock) {
    this.jdbc = jdbc;
    this.flags = flags;
    this.clock = clock;
  }

  @Transactional
  Merged merge(UUID intoId, UUID duplicateId, String reason, String userId) {
    Problems problems = new Problems();
    if (duplicateId == null) {
      problems.add("duplicateChildId", "name the record to merge into this one");
    } else if (duplicateId.equals(intoId)) {
      problems.add("duplicateChildId", "is this record itself: name the other record of the child");
    }
    String why = reason == null ? null : reason.trim();
    if (problems.required("reason", why, "say why these two records are one child")) {
      problems.maxLength("reason", why, REASON_MAX);
    }
    problems.throwIfAny("The records cannot be merged");

    // both rows locked, so two merges of one record cannot cross
    Map<UUID, String> mergedInto = new HashMap<>();
    jdbc.sql("select id, merged_into from child where id in (?, ?) for update").params(intoId, duplicateId)
        .query((rs, n) -> mergedInto.put(rs.getObject(1, UUID.class), Objects.toString(rs.getObject(2), ""))).list();
    for (UUID id : List.of(intoId, duplicateId)) {
      if (!mergedInto.containsKey(id)) {
        throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No child with id " + id + " is known");
      }
      if (!mergedInto.get(id).isEmpty()) {
        throw new ResponseStatusException(HttpStatus.CONFLICT, "The record " + id + " was already merged into "
            + mergedInto.get(id) + ": merge with that record instead");
      }
    }

    List<String> shared = jdbc.sql("""
        select c.reference from contact c
        join contact_child a on a.contact_id = c.id and a.child_id = ?
        join contact_child b on b.contact_id = c.id and b.child_id = ? order by c.reference""")
        .params(intoId, duplicateId).query(String.class).list();
    if (!shared.isEmpty()) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, "Both records are on contact " + String.join(", ", shared)
          + ", which names each child once: they are two children, not one");
    }
    List<String> open = openJourneys(duplicateId, null);
    if (!open.isEmpty()) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, "The journey of contact " + String.join(", ", open)
          + " on the record to merge is still open: merge once it has ended, so that all its steps are on one record");
    }

    List<UUID> contacts = jdbc.sql("select contact_id from contact_child where child_id = ? order by contact_id")
        .param(duplicateId).query(UUID.class).list();
    for (String table : CHILD_TABLES) {
      jdbc.sql("update " + table + " set child_id = ? where child_id = ?").params(intoId, duplicateId).update();
    }
    // the identifier moves with the child, if the kept record has none; a merged record matches no one
    String identifier = jdbc.sql("select identifier from child where id = ?").param(duplicateId)
        .query(String.class).optional().orElse(null);
    jdbc.sql("update child set merged_into = ?, identifier = null, match_key = null where id = ?")
        .params(intoId, duplicateId).update();
    if (identifier != null) {
      jdbc.sql("update child set identifier = ? where id = ? and identifier is null").params(identifier, intoId).update();
    }
    UUID mergeId = UUID.randomUUID();
    jdbc.sql("""
        insert into child_merge (id, merged_child_id, into_child_id, merged_at, merged_by, reason, contact_ids)
        values (?, ?, ?, ?, ?, ?, ?)""")
        .params(mergeId, duplicateId, intoId, OffsetDateTime.now(clock), userId, why,
            contacts.stream().map(UUID::toString).collect(Collectors.joining(",")))
        .update();
    flags.resolve(intoId, duplicateId, PossibleDuplicates.MERGED, why, userId);
    flags.moveToKept(duplicateId, intoId, userId);
    return new Merged(mergeId, intoId, duplicateId, contacts);
  }

  /**
   * The contacts of the child whose journey has not ended, except the one named: undecided, or
   * decided with follow-on steps still open (the engine's own table, read without authorization,
   * since a person may merge a record whose journeys they cannot see).
   */
  List<String> openJourneys(UUID childId, String exceptProcessInstanceId) {
    return jdbc.sql("""
        select c.reference from contact c join contact_child cc on cc.contact_id = c.id
        where cc.child_id = ? and (c.process_instance_id is null or c.process_instance_id <> ?)
          and (c.closed_at is null or exists (select 1 from act_ru_execution e where e.id_ = c.process_instance_id))
        order by c.reference""")
        .params(childId, Objects.toString(exceptProcessInstanceId, "")).query(String.class).list();
  }
}
