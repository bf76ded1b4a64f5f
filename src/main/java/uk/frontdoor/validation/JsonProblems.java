package uk.frontdoor.validation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;

/** Says which field of a JSON body could not be read, and what was expected there. */
public final class JsonProblems {

  private JsonProblems() {
  }

  public static FieldProblem from(JsonProcessingException e) {
    if (!(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
      return new FieldProblem("body", "is not valid JSON: " + e.getOriginalMessage());
    }
    String field = path(mapping);
    if (e instanceof UnrecognizedPropertyException) {
      return new FieldProblem(field, "is not a field of this request");
    }
    if (e instanceof InvalidFormatException || e instanceof MismatchedInputException) {
      Class<?> target = ((MismatchedInputException) e).getTargetType();
      return new FieldProblem(field, "should be " + describe(target));
    }
    return new FieldProblem(field, "could not be read: " + e.getOriginalMessage());
  }

  private static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : e.getPath()) {
      if (reference.getFieldName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static String describe(Class<?> type) {
    if (type == null) {
      return "a value of another type";
    }
    if (type == LocalDate.class) {
      return "a date written as YYYY-MM-DD";
    }
    if (type == OffsetDateTime.class) {
      return "a date and time with its offset, e.g. 2026-11-26T09:15:00Z";
    }
    if (type == Integer.class || type == int.class || type == Long.class) {
      return "a whole number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == String.class) {
      return "text";
    }
    if (Collection.class.isAssignableFrom(type)) {
      return "a list";
    }
    return "an object";
  }
}
