package uk.frontdoor.language;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import uk.frontdoor.language.GlossaryEntry.CaseMatch;
import uk.frontdoor.language.GlossaryEntry.Kind;

/**
 * The glossary of acronyms, jargon and allowed terms, read from the service lead's CSV file
 * ({@value #DEFAULT_LOCATION} in the repository, {@code classpath:processes/language/glossary.csv} in the jar).
 *
 * <p>Format: RFC 4180 CSV with the header {@code term,kind,meaning,write_instead,match}; lines starting with
 * {@code #} are comments and blank lines are ignored. The {@code match} column may be left empty: acronyms then
 * match exact-case, jargon and allowed terms any-case. A UTF-8 byte order mark (Excel) is ignored.
 */
public final class Glossary {

  public static final String DEFAULT_LOCATION = "processes/language/glossary.csv";
  static final List<String> COLUMNS = List.of("term", "kind", "meaning", "write_instead", "match");

  private final String sourceName;
  private final List<GlossaryEntry> entries;

  private Glossary(String sourceName, List<GlossaryEntry> entries) {
    this.sourceName = sourceName;
    this.entries = List.copyOf(entries);
  }

  /**
   * Reads a glossary.
   *
   * @param sourceName how errors name the file, for example its path
   * @throws GlossaryFormatException naming the file and line when a row is wrong
   */
  public static Glossary parse(Reader reader, String sourceName) {
    String text;
    try {
      StringBuilder sb = new StringBuilder();
      char[] buffer = new char[8192];
      for (int n; (n = reader.read(buffer)) >= 0; ) {
        sb.append(buffer, 0, n);
      }
      text = sb.toString();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read glossary " + sourceName, e);
    }
    return new Parser(text, sourceName).parse();
  }

  /** Reads a glossary file (UTF-8). */
  public static Glossary load(Path file) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(reader, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read glossary " + file, e);
    }
  }

  public String sourceName() {
    return sourceName;
  }

  /** All rows in file order. */
  public List<GlossaryEntry> entries() {
    return entries;
  }

  public long count(Kind kind) {
    return entries.stream().filter(e -> e.kind() == kind).count();
  }

  /** The entry whose term is spelled like {@code term}, ignoring case. */
  public Optional<GlossaryEntry> find(String term) {
    return entries.stream().filter(e -> e.term().equalsIgnoreCase(term)).findFirst();
  }

  /** Reads records and turns them into entries, checking each one. */
  private static final class Parser {
    private final String text;
    private final String source;
    private int pos;
    private int line = 1;

    Parser(String text, String source) {
      this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
      this.source = source;
    }

    Glossary parse() {
      boolean headerSeen = false;
      List<GlossaryEntry> entries = new ArrayList<>();
      Map<String, GlossaryEntry> byKey = new HashMap<>();
      while (pos < text.length()) {
        if (skipBlankOrComment()) {
          continue;
        }
        int recordLine = line;
        List<String> fields = readRecord(recordLine);
        if (!headerSeen) {
          checkHeader(fields, recordLine);
          headerSeen = true;
          continue;
        }
        GlossaryEntry entry = toEntry(fields, recordLine);
        String key = MatchKey.of(entry.term());
        GlossaryEntry earlier = byKey.putIfAbsent(key, entry);
        if (earlier != null) {
          throw error(recordLine, "duplicate term \"" + entry.term() + "\" (already on line "
              + earlier.line() + ")");
        }
        entries.add(entry);
      }
      if (!headerSeen) {
        throw error(line, "no header; the first row must be " + String.join(",", COLUMNS));
      }
      return new Glossary(source, entries);
    }

    /** Skips one blank or comment line; false when a record starts here. */
    private boolean skipBlankOrComment() {
      int eol = text.indexOf('\n', pos);
      int lineEnd = eol < 0 ? text.length() : eol;
      String content = text.substring(pos, lineEnd);
      String trimmed = content.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        pos = eol < 0 ? text.length() : eol + 1;
        line++;
        return true;
      }
      return false;
    }

    private List<String> readRecord(int recordLine) {
      List<String> fields = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      while (true) {
        // one field
        field.setLength(0);
        while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
          pos++;
        }
        if (pos < text.length() && text.charAt(pos) == '"') {
          pos++;
          while (true) {
            if (pos >= text.length()) {
              throw error(recordLine, "a quoted field is never closed (missing \")");
            }
            char c = text.charAt(pos++);
            if (c == '"') {
              if (pos < text.length() && text.charAt(pos) == '"') {
                field.append('"');
                pos++;
              } else {
                break;
              }
            } else {
              if (c == '\n') {
                line++;
              }
              field.append(c);
            }
          }
          while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
            pos++;
          }
          if (pos < text.length() && !isFieldEnd(text.charAt(pos))) {
            throw error(line, "unexpected text after a closing quote; put the whole field in quotes"
                + " and write a quote inside it as \"\"");
          }
        } else {
          while (pos < text.length() && !isFieldEnd(text.charAt(pos))) {
            char c = text.charAt(pos++);
            if (c == '"') {
              throw error(line, "a quote inside an unquoted field; put the whole field in quotes"
                  + " and write a quote inside it as \"\"");
            }
            field.append(c);
          }
        }
        fields.add(field.toString().strip());
        if (pos >= text.length()) {
          return fields;
        }
        char c = text.charAt(pos++);
        if (c == ',') {
          continue;
        }
        if (c == '\r' && pos < text.length() && text.charAt(pos) == '\n') {
          pos++;
        }
        line++;
        return fields;
      }
    }

    private static boolean isFieldEnd(char c) {
      return c == ',' || c == '\n' || c == '\r';
    }

    private void checkHeader(List<String> fields, int recordLine) {
      List<String> names = fields.stream().map(f -> f.toLowerCase(Locale.ROOT)).toList();
      if (!names.equals(COLUMNS)) {
        throw error(recordLine, "the header must be " + String.join(",", COLUMNS) + " but is "
            + String.join(",", fields));
      }
    }

    private GlossaryEntry toEntry(List<String> fields, int recordLine) {
      if (fields.size() != 5 && fields.size() != 4) {
        throw error(recordLine, "expected 5 columns (" + String.join(",", COLUMNS) + ") but found "
            + fields.size() + "; put a field in quotes if it contains a comma");
      }
      String term = fields.get(0);
      if (term.isEmpty()) {
        throw error(recordLine, "empty term");
      }
      if (MatchKey.of(term).isEmpty()) {
        throw error(recordLine, "term \"" + term + "\" has no letters or digits");
      }
      Kind kind = kind(fields.get(1), recordLine);
      String meaning = fields.get(2);
      String writeInstead = fields.get(3);
      if (kind != Kind.ALLOWED && meaning.isEmpty()) {
        throw error(recordLine, "\"" + term + "\" has no meaning");
      }
      if (kind != Kind.ALLOWED && writeInstead.isEmpty()) {
        throw error(recordLine, "\"" + term + "\" has no write_instead");
      }
      String matchText = fields.size() == 5 ? fields.get(4) : "";
      CaseMatch match = match(matchText, kind, recordLine);
      return new GlossaryEntry(term, kind, meaning, writeInstead, match, recordLine);
    }

    private Kind kind(String value, int recordLine) {
      for (Kind k : Kind.values()) {
        if (k.label().equalsIgnoreCase(value)) {
          return k;
        }
      }
      throw error(recordLine, "unknown kind \"" + value + "\"; use acronym, jargon or allowed");
    }

    private CaseMatch match(String value, Kind kind, int recordLine) {
      if (value.isEmpty()) {
        return kind == Kind.ACRONYM ? CaseMatch.EXACT_CASE : CaseMatch.ANY_CASE;
      }
      for (CaseMatch m : CaseMatch.values()) {
        if (m.label().equalsIgnoreCase(value)) {
          return m;
        }
      }
      throw error(recordLine, "unknown match \"" + value + "\"; use exact-case or any-case, or leave it empty");
    }

    private GlossaryFormatException error(int atLine, String problem) {
      return new GlossaryFormatException(source, atLine, problem);
    }
  }

  /** Two terms that the checker cannot tell apart ("attention seeking", "Attention-Seeking") share a key. */
  static final class MatchKey {
    private MatchKey() {
    }

    static String of(String term) {
      Tokens tokens = Tokens.of(term);
      StringBuilder sb = new StringBuilder();
      for (int t = 0; t < tokens.size; t++) {
        if (t > 0) {
          String gap = Tokens.normaliseGap(tokens.gapAfter(t - 1));
          sb.append(gap.isEmpty() || gap.equals("-") ? " " : gap);
        }
        sb.append(tokens.key[t]);
      }
      return sb.toString();
    }
  }
}
