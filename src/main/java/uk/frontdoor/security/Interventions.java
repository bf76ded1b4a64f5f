package uk.frontdoor.security;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The intervention table: every administrator's act on journeys outside their model. Never changed. */
@Repository
class Interventions {

  static final int MAX_ROWS = 1000;

  /** One act, as stored. */
  @Schema(name = "Intervention", description = "One administrator's act on journeys outside their model")
  record Intervention(
      @Schema(description = "The record's id", example = "9c1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f") UUID id,
      @Schema(description = "When it was done", example = "2026-12-02T10:15:30Z") OffsetDateTime actedAt,
      @Schema(description = "The administrator's user id", example = "admin") String userId,
      @Schema(description = "What was done, in plain words", example = "move a journey to another step")
      String operation,
      @Schema(description = "The engine command it was", example = "ModifyProcessInstanceCmd") String command,
      @Schema(description = "The journeys it touched, comma separated", example = "5ba5c0de-1f2e-11ef-9a3b-0242ac120002")
      String processInstanceIds,
      @Schema(description = "The tasks it touched, comma separated", example = "7d2c9e41-1f2e-11ef-9a3b-0242ac120002") String taskIds,
      @Schema(description = "The jobs it touched, comma separated", example = "8e3d0f52-1f2e-11ef-9a3b-0242ac120002") String jobIds,
      @Schema(description = "The incidents it touched, comma separated", example = "9f4e1063-1f2e-11ef-9a3b-0242ac120002") String incidentIds,
      @Schema(description = "Why, as the administrator gave it", example = "The police asked us to restart the checks")
      String reason) {
  }

  private final JdbcClient jdbc;
  private final Clock clock;

  Interventions(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Written in the transaction of the act: if the act fails, so does its record, and the other way round. */
  void record(String userId, String operation, String command, Collection<String> processInstanceIds,
      Collection<String> taskIds, Collection<String> jobIds, Collection<String> incidentIds, String reason) {
    jdbc.sql("""
        insert into intervention (id, acted_at, user_id, operation, command, process_instance_ids, task_ids, job_ids,
                                  incident_ids, reason)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(UUID.randomUUID(), OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC), userId, operation,
            command, joined(processInstanceIds), joined(taskIds), joined(jobIds), joined(incidentIds), clip(reason))
        .update();
  }

  /** The newest first, at most {@link #MAX_ROWS}; only those touching the journey when one is given. */
  List<Intervention> find(String processInstanceId) {
    String where = processInstanceId == null ? "" : " where process_instance_ids like ?";
    var query = jdbc.sql("select * from intervention" + where + " order by acted_at desc fetch first " + MAX_ROWS
        + " rows only");
    if (processInstanceId != null) {
      query = query.param("%" + processInstanceId + "%");
    }
    return query.query((rs, n) -> new Intervention(rs.getObject("id", UUID.class),
        rs.getObject("acted_at", OffsetDateTime.class), rs.getString("user_id"), rs.getString("operation"),
        rs.getString("command"), rs.getString("process_instance_ids"), rs.getString("task_ids"),
        rs.getString("job_ids"), rs.getString("incident_ids"), rs.getString("reason"))).list();
  }

  private static String joined(Collection<String> ids) {
    return ids.isEmpty() ? null : clip(String.join(",", ids));
  }

  private static String clip(String text) {
    return text == null || text.length() <= 4000 ? text : text.substring(0, 3997) + "...";
  }
}
