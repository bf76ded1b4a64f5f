package uk.frontdoor.record;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.frontdoor.record.JourneyRecord.ChildSummary;

/**
 * Finds children by child id, date of birth (26/11/2019 or 2019-11-26), contact reference (the
 * children of that contact: what a Tasklist form can link to) or the start of their names.
 */
final class ChildSearch {

  static final int LIMIT = 50;
  private static final String SELECT = """
      select ch.id, ch.first_name, ch.last_name, ch.date_of_birth, h.address_line1, h.address_line2, h.town, h.postcode
      from child ch join household h on h.id = ch.household_id where """;
  private static final String ORDER = " order by ch.last_name, ch.first_name, ch.date_of_birth fetch first "
      + LIMIT + " rows only";

  private final JdbcClient jdbc;

  ChildSearch(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<ChildSummary> find(String query) {
    String q = query == null ? "" : query.trim();
    if (q.isEmpty()) {
      return List.of();
    }
    try {
      return run("ch.id = ?", UUID.fromString(q));
    } catch (IllegalArgumentException notAnId) {
      // not a child id
    }
    for (String pattern : List.of("d/M/uuuu", "uuuu-MM-dd", "d MMMM uuuu")) {
      try {
        return run("ch.date_of_birth = ?", LocalDate.parse(q, DateTimeFormatter.ofPattern(pattern, Locale.UK)));
      } catch (DateTimeParseException notThisFormat) {
        // try the next
      }
    }
    List<ChildSummary> byReference = run(
        "ch.id in (select cc.child_id from contact c join contact_child cc on cc.contact_id = c.id where c.reference in (?, ?))",
        q, q.toUpperCase(Locale.UK));
    if (!byReference.isEmpty()) {
      return byReference;
    }
    String[] words = q.toLowerCase(Locale.UK).split("\\s+");
    if (words.length >= 2) {
      return run("ch.name_key like ?", words[0] + "|" + words[words.length - 1] + "%");
    }
    return run("(ch.name_key like ? or lower(ch.last_name) like ?)", words[0] + "%", words[0] + "%");
  }

  private List<ChildSummary> run(String where, Object... params) {
    return jdbc.sql(SELECT + " " + where + ORDER).params(params).query((rs, n) -> {
      UUID id = rs.getObject(1, UUID.class);
      String address = String.join(", ", java.util.stream.Stream.of(rs.getString(5), rs.getString(6), rs.getString(7),
          rs.getString(8)).filter(p -> p != null && !p.isBlank()).toList());
      return new ChildSummary(id, rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class), address,
          ChildJourneyRecords.link(id));
    }).list();
  }
}
