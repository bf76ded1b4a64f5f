package uk.frontdoor.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashSet;
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
