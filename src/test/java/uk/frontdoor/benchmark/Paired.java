package uk.frontdoor.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One measure taken on both sides round by round (A then B): its value on each side (the median of
 * the rounds) and the ratio A/B with its spread (median, min–max of the rounds' own ratios).
 */
final class Paired {

  final String measure;
  private final String format;
  private final List<Double> a = new ArrayList<>();
  private final List<Double> b = new ArrayList<>();

  Paired(String measure, String format) {
    this.measure = measure;
    this.format = format;
  }

  /** A value of side A or B, as the side is labelled. */
  void add(String side, double value) {
    ("A".equals(side) ? a : b).add(value);
  }

  /** The same measure with another one's B values, e.g. A changed against the same B. */
  Paired withB(String name, Paired other) {
    Paired combined = new Paired(name, format);
    combined.a.addAll(a);
    combined.b.addAll(other.b);
    return combined;
  }

  /** A markdown row: measure | A | B | A/B. */
  String row() {
    return "| " + measure + " | " + value(a) + " | " + value(b) + " | " + ratio() + " |";
  }

  /** A row of two measures of one query, p50 / p95; the ratio is of the p95s. */
  static String latencyRow(Paired p50, Paired p95) {
    return "| " + p50.measure + " | " + p50.value(p50.a) + " / " + p95.value(p95.a) + " | " + p50.value(p50.b) + " / "
        + p95.value(p95.b) + " | " + p95.ratio() + " |";
  }

  private String ratio() {
    List<Double> ratios = new ArrayList<>();
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      ratios.add(a.get(i) / b.get(i));
    }
    return ratios.isEmpty() ? "" : ratios.size() == 1 ? fmt("%.2f", ratios.get(0))
        : fmt("%.2f (%.2f–%.2f)", median(ratios), min(ratios), max(ratios));
  }

  private String value(List<Double> values) {
    return values.isEmpty() ? "" : fmt(format, median(values));
  }

  static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static double min(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
  }

  private static double max(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
  }

  private static String fmt(String format, Object... values) {
    return String.format(Locale.UK, format, values);
  }
}
