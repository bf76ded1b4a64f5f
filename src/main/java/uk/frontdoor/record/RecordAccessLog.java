package uk.frontdoor.record;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every opening of a child's record, and every refused attempt, in {@code record_access}. Each
 * row is written in a transaction of its own, so a refusal that rolls the request back cannot lose it.
 */
@Component
class RecordAccessLog {

  static final int MAX_ROWS = 1000;

  private final JdbcClient jdbc;
  private final Clock clock;

  RecordAccessLog(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void write(String userId, UUID childId, UUID contactId, String remoteAddress, String channel, String view,
      boolean allowed) {
    jdbc.sql("""
        insert into record_access (id, accessed_at, user_id, child_id, contact_id, remote_address, channel, view_kind,
                                   allowed)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(UUID.randomUUID(), OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC), userId, childId,
            contactId, remoteAddress, channel, view, allowed)
        .update();
  }

  /** The newest openings first, at most {@link #MAX_ROWS}. */
  @Transactional(readOnly = true)
  public List<RecordAccess> find(UUID childId, String userId, OffsetDateTime from, OffsetDateTime to) {
    StringBuilder sql = new StringBuilder("select * from record_access where 1 = 1");
    List<Object> params = new ArrayList<>();
    if (childId != null) {
      sql.append(" and child_id = ?");
      params.add(childId);
    }
    if (userId != null && !userId.isBlank()) {
      sql.append(" and user_id = ?");
      params.add(userId);
    }
    if (from != null) {
      sql.append(" and accessed_at >= ?");
      params.add(from.withOffsetSameInstant(ZoneOffset.UTC));
    }
    if (to != null) {
      sql.append(" and accessed_at < ?");
      params.add(to.withOffsetSameInstant(ZoneOffset.UTC));
    }
    sql.append(" order by accessed_at desc fetch first ").append(MAX_ROWS).append(" rows only");
    return jdbc.sql(sql.toString()).params(params).query((rs, n) -> new RecordAccess(rs.getObject("id", UUID.class),
        rs.getObject("accessed_at", OffsetDateTime.class), rs.getString("user_id"), rs.getObject("child_id", UUID.class),
        rs.getObject("contact_id", UUID.class), rs.getString("remote_address"), rs.getString("channel"),
        rs.getString("view_kind"), rs.getBoolean("allowed"))).list();
  }

  /** One opening of a record, or one refused attempt. */
  @Schema(description = "One opening of a child's record, or one refused attempt")
  public record RecordAccess(
      @Schema(description = "The log entry's id", example = "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e") UUID id,
      @Schema(description = "When", example = "2026-11-26T14:05:00Z") OffsetDateTime accessedAt,
      @Schema(description = "Who (Camunda user id)", example = "police") String userId,
      @Schema(description = "The child whose record it was", example = "3f2b7c1e-8a4d-4e5f-9b6a-1c2d3e4f5a6b")
      UUID childId,
      @Schema(description = "The contact, when the record was opened for one",
          example = "0b9a6f3e-2c1d-4f8e-9a7b-6c5d4e3f2a1b") UUID contactId,
      @Schema(description = "The address the request came from", example = "10.20.30.40") String remoteAddress,
      @Schema(description = "How: the API or the record page", example = "api") String channel,
      @Schema(description = "How much of the record was shown", example = "agency-check") String view,
      @Schema(description = "Whether it was opened, or refused", example = "true") boolean allowed) {
  }
}
