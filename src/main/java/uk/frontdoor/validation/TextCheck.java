package uk.frontdoor.validation;

/** A check of what someone wrote in a free-text field, adding any problem it finds. */
@FunctionalInterface
public interface TextCheck {

  TextCheck NONE = (problems, field, text) -> { };

  void check(Problems problems, String field, String text);
}
