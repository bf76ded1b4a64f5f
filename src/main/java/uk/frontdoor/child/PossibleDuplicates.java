package uk.frontdoor.child;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.frontdoor.clock.UkDates;

/** Records that may be one child, flagged by {@link ChildRegister}, until a person resolves them. */
@Repository
class PossibleDuplicates {

  static final String MERGED = "merged";
  static final String DIFFERENT_CHILDREN = "different-children";
  /** Closed at a merge: the kept record already had the same question about the same third record. */
  static final String ON_KEPT_RECORD = "on-kept-record";

  private static final UkDates DATES = new UkDates();

  private final JdbcClient jdbc;
  private final Clock clock;

  PossibleDuplicates(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** One side of a flag: the record and who it describes. */
  @Schema(name = "PossibleDuplicateRecord", description = "One of two records that may be one child")
  record Side(
      @Schema(description = "The record's child id", example = "3f2b7c1e-8a4d-4e5f-9b6a-1c2d3e4f5a6b",
          requiredMode = RequiredMode.REQUIRED) UUID childId,
      @Schema(description = "First name", example = "Amira", requiredMode = RequiredMode.REQUIRED) String firstName,
      @Schema(description = "Last name", example = "Khan", requiredMode = RequiredMode.REQUIRED) String lastName,
      @Schema(description = "Date of birth, when known", example = "2019-04-02") LocalDate dateOfBirth,
      @Schema(description = "When the record was opened", example = "2026-11-26T09:15:00Z", requiredMode = RequiredMode.REQUIRED)
      OffsetDateTime createdAt) {

    /** "Ava Hall, born 1 January 2019, opened 26 November 2026, 09:15". */
    String described() {
      return firstName + " " + lastName + (dateOfBirth == null ? ", date of birth not known" : ", born "
          + DATES.date(dateOfBirth)) + ", opened " + DATES.time(createdAt);
    }
  }

  @Schema(name = "PossibleDuplicate", description = "Two records that may be one child, waiting for a practitioner "
      + "or manager to merge them or confirm two children")
  record Flag(
      @Schema(description = "The flag's id", example = "5e4d3c2b-1a0f-4e9d-8c7b-6a5f4e3d2c1b", requiredMode = RequiredMode.REQUIRED)
      UUID id,
      @Schema(description = "The record opened last", requiredMode = RequiredMode.REQUIRED) Side child,
      @Schema(description = "The earlier record it may repeat", requiredMode = RequiredMode.REQUIRED) Side other,
      @Schema(description = "Why they may be one child", example = "the same name in the same household",
          requiredMode = RequiredMode.REQUIRED) String reason,
      @Schema(description = "When it was flagged", example = "2026-11-26T09:15:00Z", requiredMode = RequiredMode.REQUIRED)
      OffsetDateTime flaggedAt) {
  }

  /** The flags no one has resolved yet, oldest first. */
  List<Flag> open() {
    return openWhere("", List.of());
  }

  /** The open flag with this id, if there is one. */
  Optional<Flag> openFlag(UUID id) {
    return openWhere(" and p.id = ?", List.of(id)).stream().findFirst();
  }

  private List<Flag> openWhere(String condition, List<Object> params) {
    return jdbc.sql("""
        select p.id, p.reason, p.flagged_at,
               c.id, c.first_name, c.last_name, c.date_of_birth, c.created_at,
               o.id, o.first_name, o.last_name, o.date_of_birth, o.created_at
        from possible_duplicate p join child c on c.id = p.child_id join child o on o.id = p.other_child_id
        where p.resolution is null""" + condition + " order by p.flagged_at")
        .params(params)
        .query((rs, n) -> new Flag(rs.getObject(1, UUID.class),
            new Side(rs.getObject(4, UUID.class), rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class),
                rs.getObject(8, OffsetDateTime.class)),
            new Side(rs.getObject(9, UUID.class), rs.getString(10), rs.getString(11), rs.getObject(12, LocalDate.class),
                rs.getObject(13, OffsetDateTime.class)),
            rs.getString(2), rs.getObject(3, OffsetDateTime.class)))
        .list();
  }

  /** Resolves every open flag between the two records, in either direction; the reason may be null. */
  int resolve(UUID one, UUID two, String resolution, String reason, String userId) {
    return jdbc.sql("""
        update possible_duplicate set resolution = ?, resolution_reason = ?, resolved_at = ?, resolved_by = ?
        where resolution is null
          and ((child_id = ? and other_child_id = ?) or (child_id = ? and other_child_id = ?))""")
        .params(resolution, reason, OffsetDateTime.now(clock), userId, one, two, two, one).update();
  }

  /** The open flags raised on a child of this contact that no review has asked yet: flag id and the flagged record. */
  Map<UUID, UUID> awaitingReview(UUID contactId) {
    Map<UUID, UUID> flagged = new LinkedHashMap<>();
    jdbc.sql("""
        select p.id, p.child_id from possible_duplicate p join contact_child cc on cc.child_id = p.child_id
        where cc.contact_id = ? and p.resolution is null and p.review_process_instance_id is null
        order by p.flagged_at""")
        .param(contactId).query((rs, n) -> flagged.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class))).list();
    return flagged;
  }

  /** The reviews in Tasklist that ask about open flags between the two records. */
  List<String> reviewsBetween(UUID one, UUID two) {
    return jdbc.sql("""
        select review_process_instance_id from possible_duplicate
        where resolution is null and review_process_instance_id is not null
          and ((child_id = ? and other_child_id = ?) or (child_id = ? and other_child_id = ?))""")
        .params(one, two, two, one).query(String.class).list();
  }

  /** Gives an open flag to one review; false when it is resolved, unknown, or another review asks it already. */
  boolean startReview(UUID flagId, String processInstanceId) {
    return jdbc.sql("""
        update possible_duplicate set review_process_instance_id = ?
        where id = ? and resolution is null and review_process_instance_id is null""")
        .params(processInstanceId, flagId).update() == 1;
  }

  /** The contacts on a record, as "FD-2026-000123 (received 26 November 2026, 09:15)". */
  List<String> contactsOn(UUID childId) {
    return jdbc.sql("""
        select c.reference, c.received_at from contact c join contact_child cc on cc.contact_id = c.id
        where cc.child_id = ? order by c.received_at""")
        .param(childId).query((rs, n) -> rs.getString(1) + " (received "
            + DATES.time(rs.getObject(2, OffsetDateTime.class)) + ")").list();
  }

  /**
   * At a merge, the merged record's other open flags (with a third record) become the kept record's,
   * so the question stays in front of a person with the record that now holds the child's history.
   * A flag the kept record already has with that third record is not asked twice.
   */
  void moveToKept(UUID mergedId, UUID keptId, String userId) {
    List<UUID[]> moving = jdbc.sql("""
        select id, child_id, other_child_id from possible_duplicate
        where resolution is null and (child_id = ? or other_child_id = ?)""")
        .params(mergedId, mergedId)
        .query((rs, n) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class)})
        .list();
    for (UUID[] flag : moving) {
      UUID child = flag[1].equals(mergedId) ? keptId : flag[1];
      UUID other = flag[2].equals(mergedId) ? keptId : flag[2];
      boolean asked = child.equals(other) || jdbc.sql("""
          select count(*) from possible_duplicate
          where (child_id = ? and other_child_id = ?) or (child_id = ? and other_child_id = ?)""")
          .params(child, other, other, child).query(Long.class).single() > 0;
      if (asked) {
        jdbc.sql("update possible_duplicate set resolution = ?, resolved_at = ?, resolved_by = ? where id = ?")
            .params(ON_KEPT_RECORD, OffsetDateTime.now(clock), userId, flag[0]).update();
      } else {
        jdbc.sql("update possible_duplicate set child_id = ?, other_child_id = ? where id = ?")
            .params(child, other, flag[0]).update();
      }
    }
  }
}
