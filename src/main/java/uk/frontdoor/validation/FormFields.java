package uk.frontdoor.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The variables a Camunda Form submits: the key of each field, and the path of each group or
 * list that has one (its fields arrive nested inside it). A dotted key or path submits its first
 * part. Text, images and groups without a path submit nothing of their own.
 */
public final class FormFields {

  private static final ObjectMapper JSON = new ObjectMapper();

  private FormFields() {
  }

  /** The top-level variable names the form's JSON can submit. */
  public static Set<String> of(byte[] formJson) {
    try {
      Set<String> names = new LinkedHashSet<>();
      collect(JSON.readTree(formJson), names);
      return Collections.unmodifiableSet(names);
    } catch (IOException e) {
      throw new IllegalArgumentException("Not a Camunda Form: " + e.getMessage(), e);
    }
  }

  /**
   * Each field's label as the form shows it, by the key a problem names: a field of a group with a
   * path (a child's section, a step of the plan) as {@code path.key}, labelled "Group: Field".
   */
  public static Map<String, String> labels(byte[] formJson) {
    try {
      Map<String, String> labels = new LinkedHashMap<>();
      collectLabels(JSON.readTree(formJson), "", "", labels);
      return Collections.unmodifiableMap(labels);
    } catch (IOException e) {
      throw new IllegalArgumentException("Not a Camunda Form: " + e.getMessage(), e);
    }
  }

  private static void collectLabels(JsonNode container, String keyPrefix, String labelPrefix,
      Map<String, String> labels) {
    for (JsonNode component : container.path("components")) {
      String path = component.path("path").asText("");
      String key = component.path("key").asText("");
      String label = component.path("label").asText("").trim();
      if (!key.isBlank() && !label.isBlank()) {
        labels.put(keyPrefix + key, labelPrefix + label);
      }
      if (component.has("components")) {
        boolean named = !path.isBlank();
        collectLabels(component, named ? keyPrefix + path + "." : keyPrefix,
            named && !label.isBlank() ? labelPrefix + numbered(label, path) + ": " : labelPrefix, labels);
      }
    }
  }

  /** "Child" of group {@code child3} reads "Child 3": every child's section has the same label. */
  private static String numbered(String label, String path) {
    String number = path.replaceAll("^.*?(\\d+)$", "$1");
    return number.equals(path) || label.matches(".*\\d.*") ? label : label + " " + number;
  }

  private static void collect(JsonNode container, Set<String> names) {
    for (JsonNode component : container.path("components")) {
      String path = component.path("path").asText("");
      if (!path.isBlank()) {
        names.add(firstPart(path));
      } else if (component.has("components")) {
        collect(component, names);
      } else if (!component.path("key").asText("").isBlank()) {
        names.add(firstPart(component.path("key").asText()));
      }
    }
  }

  private static String firstPart(String keyOrPath) {
    int dot = keyOrPath.indexOf('.');
    return dot < 0 ? keyOrPath : keyOrPath.substring(0, dot);
  }
}
