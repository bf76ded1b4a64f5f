package uk.frontdoor.security;

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
  record Intervention(UUID id, OffsetDateTime actedAt, String userId, String operation, String command,
      String processInstanceIds, String taskIds, String jobIds, String incidentIds, String reason) {
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
