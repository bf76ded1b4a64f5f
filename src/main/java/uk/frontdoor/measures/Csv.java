package uk.frontdoor.measures;

import java.lang.reflect.RecordComponent;
import java.util.List;

/** One table of records as CSV (RFC 4180): a header of the record's field names, then one line per record. */
public final class Csv {

  private Csv() {
  }

  public static String write(Class<? extends Record> type, List<? extends Record> rows) {
    RecordComponent[] columns = type.getRecordComponents();
    StringBuilder csv = new StringBuilder();
    for (int i = 0; i < columns.length; i++) {
      csv.append(i == 0 ? "" : ",").append(columns[i].getName());
    }
    csv.append("\r\n");
    for (Record row : rows) {
      for (int i = 0; i < columns.length; i++) {
        Object value;
        try {
          value = columns[i].getAccessor().invoke(row);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
        csv.append(i == 0 ? "" : ",").append(cell(value));
      }
      csv.append("\r\n");
    }
    return csv.toString();
  }

  static String cell(Object value) {
    if (value == null) {
      return "";
    }
    String text = String.valueOf(value);
    // a leading = + - @ would be a formula in a spreadsheet
    if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
      text = "'" + text;
    }
    return text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
        ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
  }
}
