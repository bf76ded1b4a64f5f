package uk.frontdoor.security;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A who-may-do-what table as the matrix tests write it: a header of roles, then one row per task or
 * operation with one cell per role, columns lined up by spaces.
 */
final class RoleTable {

  private RoleTable() {
  }

  /** Row name → role → cell, in the table's order. */
  static Map<String, Map<String, String>> parse(String table) {
    List<String> lines = table.lines().filter(line -> !line.isBlank()).toList();
    String[] header = lines.get(0).trim().split("\\s+");
    List<String> roles = Arrays.asList(header).subList(1, header.length);
    Map<String, Map<String, String>> rows = new LinkedHashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cell = line.trim().split("\\s+");
      Map<String, String> row = new LinkedHashMap<>();
      for (int r = 0; r < roles.size(); r++) {
        row.put(roles.get(r), cell[r + 1]);
      }
      rows.put(cell[0], row);
    }
    return rows;
  }

  /** The roles of the table's header, in its order. */
  static List<String> roles(String table) {
    return List.copyOf(parse(table).values().iterator().next().keySet());
  }
}
