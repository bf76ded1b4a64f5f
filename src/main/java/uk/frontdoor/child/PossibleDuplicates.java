package uk.frontdoor.child;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Records that may be one child, flagged by {@link ChildRegister}, until a person resolves them. */
@Repository
class PossibleDuplicates {

  static final String MERGED = "merged";
  static final String DIFFERENT_CHILDREN = "different-children";

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

  /** Resolves every open flag between the two records, in either direction. */
  int resolve(UUID one, UUID two, String resolution, String userId) {
    return jdbc.sql("""
        update possible_duplicate set resolution = ?, resolved_at = ?, resolved_by = ?
        where resolution is null
          and ((child_id = ? and other_child_id = ?) or (child_id = ? and other_child_id = ?))""")
        .params(resolution, OffsetDateTime.now(clock), userId, one, two, two, one).update();
  }
}
