package uk.frontdoor.child;

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
  record Side(UUID childId, String firstName, String lastName, LocalDate dateOfBirth, OffsetDateTime createdAt) {
  }

  record Flag(UUID id, Side child, Side other, String reason, OffsetDateTime flaggedAt) {
  }

  /** The flags no one has resolved yet, oldest first. */
  List<Flag> open() {
    return jdbc.sql("""
        select p.id, p.reason, p.flagged_at,
               c.id, c.first_name, c.last_name, c.date_of_birth, c.created_at,
               o.id, o.first_name, o.last_name, o.date_of_birth, o.created_at
        from possible_duplicate p join child c on c.id = p.child_id join child o on o.id = p.other_child_id
        where p.resolution is null order by p.flagged_at""")
        .query((rs, n) -> new Flag(rs.getObject(1, UUID.class),
            new Side(rs.getObject(4, UUID.class), rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class),
                rs.getObject(8, OffsetDateTime.class)),
            new Side(rs.getObject(9, UUID.class), rs.getString(10), rs.getString(11), rs.getObject(12, LocalDate.class),
                rs.getObject(13, OffsetDateTime.class)),
            rs.getString(2), rs.getObject(3, OffsetDateTime.class)))
        .list();
  }

  /** The open flag with this id, if there is one. */
  Optional<Flag> openFlag(UUID id) {
    return open().stream().filter(flag -> flag.id().equals(id)).findFirst();
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
