package uk.frontdoor.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Reads what a form (Tasklist, or a direct REST call) submitted, checking each value on the
 * server and collecting every problem. Camunda Forms only validate in the browser, and the
 * REST API can be called with anything.
 */
public final class FormValues {

  private final VariableScope scope;
  private final TextCheck writing;
  private final Problems problems = new Problems();
  private final Set<String> read = new LinkedHashSet<>();

  /** Values with no free text to check, or whose text is checked elsewhere. */
  public FormValues(VariableScope scope) {
    this(scope, TextCheck.NONE);
  }

  /**
   * @param writing checks every free-text value read with {@link #text} or {@link #requiredText},
   *     e.g. for acronyms and phrases that are not child-focused
   */
  public FormValues(VariableScope scope, TextCheck writing) {
    this.scope = scope;
    this.writing = writing;
  }

  /** Optional free text, trimmed; null when absent or blank. */
  public String text(String name, int maxLength) {
    String text = plain(name, maxLength);
    writing.check(problems, name, text);
    return text;
  }

  private String plain(String name, int maxLength) {
    Object value = raw(name);
    if (value == null) {
      return null;
    }
    if (!(value instanceof String text)) {
      problems.add(name, "should be text");
      return null;
    }
    return textIn(problems, name, text, maxLength);
  }

  /** Text a person could have typed, trimmed; null with a problem when too long or holding control characters. */
  public static String textIn(Problems problems, String name, String text, int maxLength) {
    problems.maxLength(name, text, maxLength);
    if (Text.hasControlCharacters(text, true)) {
      problems.add(name, "contains characters that cannot be shown; type the text again");
      return null;
    }
    return Text.trimmed(text);
  }

  /** Required free text of at least {@code minLength} characters, trimmed. */
  public String requiredText(String name, int minLength, int maxLength, String messageWhenMissing) {
    String text = text(name, maxLength);
    if (text == null) {
      problems.add(name, messageWhenMissing);
    } else if (text.length() < minLength) {
      problems.add(name, messageWhenMissing + " (at least " + minLength + " characters)");
    }
    return text;
  }

  /** One of the allowed codes, or null with a problem recorded. */
  public String choice(String name, Collection<String> allowed, String messageWhenMissing) {
    String value = plain(name, 100);
    if (value == null) {
      problems.add(name, messageWhenMissing);
      return null;
    }
    if (!allowed.contains(value)) {
      problems.add(name, "'" + value + "' is not one of " + String.join(", ", new TreeSet<>(allowed)));
      return null;
    }
    return value;
  }

  /** An optional code: null when absent, else one of the allowed. */
  public String optionalChoice(String name, Collection<String> allowed) {
    String value = plain(name, 100);
    if (value != null && !allowed.contains(value)) {
      problems.add(name, "'" + value + "' is not one of " + String.join(", ", new TreeSet<>(allowed)));
      return null;
    }
    return value;
  }

  /** A yes/no answer; absent counts as no unless it is required. */
  public boolean bool(String name, boolean required, String messageWhenMissing) {
    Object value = raw(name);
    if (value == null) {
      if (required) {
        problems.add(name, messageWhenMissing);
      }
      return false;
    }
    if (value instanceof Boolean bool) {
      return bool;
    }
    if (value instanceof String text && (text.equals("true") || text.equals("false"))) {
      return Boolean.parseBoolean(text);
    }
    problems.add(name, "should be true or false");
    return false;
  }

  /** A list of codes (a checklist), each one of the allowed; empty when absent. */
  public List<String> codes(String name, Collection<String> allowed) {
    Object value = raw(name);
    List<String> codes = new ArrayList<>();
    if (value == null) {
      return codes;
    }
    if (value instanceof SpinJsonNode json && json.isArray()) {
      json.elements().forEach(element -> codes.add(element.isString() ? element.stringValue() : element.toString()));
    } else if (value instanceof Collection<?> collection) {
      collection.forEach(item -> codes.add(String.valueOf(item)));
    } else {
      problems.add(name, "should be a list");
      return codes;
    }
    for (String code : codes) {
      if (!allowed.contains(code)) {
        problems.add(name, "'" + code + "' is not one of " + String.join(", ", new TreeSet<>(allowed)));
      }
    }
    return codes;
  }

  public Problems problems() {
    return problems;
  }

  /** Refuses the submission, naming every problem, if there is one. */
  public void throwIfAny(String title) {
    problems.throwIfAny(title);
  }

  /** Removes every submitted field read so far: the record now lives in the service's tables. */
  public void removeFromProcess() {
    read.forEach(scope::removeVariable);
  }

  private Object raw(String name) {
    read.add(name);
    return scope.getVariable(name);
  }
}
