package uk.frontdoor.contact;

import java.util.Set;

/** The codes a contact may use, shared by the API, the start form and the models. */
final class ContactVocabulary {

  static final String ANONYMOUS = "anonymous";

  static final Set<String> SOURCES = Set.of("police", "school", "health", "gp", "hospital",
      "family-member", "member-of-public", ANONYMOUS, "other-council", "self", "other");

  static final Set<String> CONCERN_TYPES = Set.of("physical-injury", "disclosure", "sexual-abuse",
      "domestic-abuse", "neglect", "emotional-abuse", "child-missing", "exploitation", "self-harm",
      "parental-substance-misuse", "parental-mental-health", "housing", "school-attendance",
      "behaviour", "unborn-baby", "other");

  static final Set<String> REFERRER_CONSENT = Set.of("family-aware-and-agrees",
      "family-aware-and-disagrees", "family-not-aware", "not-asked");

  static final Set<String> SEX = Set.of("female", "male", "other", "not-known");

  private ContactVocabulary() {
  }
}
