package uk.frontdoor.security;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads what a Camunda command carries (the ids it acts on, the reason it was given) from its
 * fields. Camunda 7.24 keeps them protected and offers no getters, so this reads them by
 * reflection, here and nowhere else; {@code CommandFieldsTest} pins the names on this version.
 */
public final class CommandFields {

  /** The builders a modification, start, migration or restart command delegates to. */
  private static final List<String> BUILDERS = List.of("builder", "instantiationBuilder", "modificationBuilder",
      "executionBuilder");

  private CommandFields() {
  }

  /** The first non-blank text among the named fields of the command or its builders; null if none. */
  static String text(Object command, String... names) {
    for (Object target : targets(command)) {
      for (String name : names) {
        if (read(target, name) instanceof String text && !text.isBlank()) {
          return text.trim();
        }
      }
    }
    return null;
  }

  /** Every id held in the named fields (single ids or collections of them) of the command or its builders. */
  public static Set<String> ids(Object command, String... names) {
    Set<String> ids = new LinkedHashSet<>();
    for (Object target : targets(command)) {
      for (String name : names) {
        Object value = read(target, name);
        if (value instanceof String id && !id.isBlank()) {
          ids.add(id);
        } else if (value instanceof Collection<?> many) {
          many.forEach(one -> ids.add(String.valueOf(one)));
        }
      }
    }
    return ids;
  }

  /** The named field's value, searched up the class hierarchy; null when the class has no such field. */
  static Object read(Object target, String name) {
    for (Class<?> type = target.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
      try {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(target);
      } catch (NoSuchFieldException e) {
        // look in the superclass
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("Cannot read " + name + " of " + type.getName(), e);
      }
    }
    return null;
  }

  /** The command and its builders, two levels deep (a start's instantiation builder holds a modification builder). */
  private static List<Object> targets(Object command) {
    List<Object> targets = new ArrayList<>();
    targets.add(command);
    for (int i = 0; i < targets.size() && i < 3; i++) {
      Object target = targets.get(i);
      for (String name : BUILDERS) {
        Object builder = read(target, name);
        if (builder != null && !targets.contains(builder)) {
          targets.add(builder);
        }
      }
    }
    return targets;
  }
}
