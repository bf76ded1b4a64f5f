package uk.frontdoor.contact;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import uk.frontdoor.child.Address;
import uk.frontdoor.child.ChildDetails;
import uk.frontdoor.clock.WorkingCalendar;
import uk.frontdoor.language.FieldKind;
import uk.frontdoor.language.LanguageFinding;
import uk.frontdoor.language.LanguageGuard;
import uk.frontdoor.validation.Problems;
import uk.frontdoor.validation.Text;

/** Checks a contact on the server, whatever sent it, and names every field that is wrong. */
@Component
class ContactValidator {

  static final String TITLE = "The contact cannot be recorded";
  static final String FORM = "record-contact";
  static final int MAX_CHILDREN = 20;
  /** A clock a few minutes fast on the sender's side is not a contact from the future. */
  private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
  /** Earlier than this, a time of arrival is a typing slip, not a contact this service could hold. */
  static final OffsetDateTime EARLIEST = OffsetDateTime.parse("2000-01-01T00:00:00Z");
  private static final Pattern POSTCODE =
      Pattern.compile("^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}$");
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
  private static final Pattern TELEPHONE = Pattern.compile("^[0-9+() -]{6,20}$");

  private final Clock clock;
  private final ZoneId zone;
  private final LanguageGuard language;

  ContactValidator(Clock clock, WorkingCalendar calendar, LanguageGuard language) {
    this.clock = clock;
    this.zone = calendar.zone();
    this.language = language;
  }

  /**
   * Throws an {@link uk.frontdoor.validation.InvalidSubmissionException} naming every problem.
   *
   * @return plain-English warnings about the language of the referrer's words, which are kept
   */
  List<String> validate(ContactRequest contact) {
    Problems problems = new Problems();
    OffsetDateTime now = OffsetDateTime.now(clock);
    if (contact.receivedAt() != null && contact.receivedAt().isAfter(now.plus(CLOCK_SKEW))) {
      problems.add("receivedAt", "cannot be in the future");
    }
    if (contact.receivedAt() != null && contact.receivedAt().isBefore(EARLIEST)) {
      problems.add("receivedAt", "must be in the year 2000 or later: give when the contact arrived");
    }
    checkCharacters(contact, problems);
    boolean anonymous = ContactVocabulary.ANONYMOUS.equals(contact.source());
    if (problems.required("source", contact.source(), "say who made the contact")
        && !ContactVocabulary.SOURCES.contains(contact.source())) {
      problems.add("source", "'" + contact.source() + "' is not a known source; use one of "
          + sorted(ContactVocabulary.SOURCES));
    }
    checkReferrer(contact.referrer(), anonymous, problems);
    checkAddress(contact.address(), problems);
    checkChildren(contact.children(), now.atZoneSameInstant(zone).toLocalDate(), problems);
    List<LanguageFinding> warnings = new ArrayList<>();
    if (problems.required("concerns", contact.concerns(), "write the concerns in the referrer's words")) {
      problems.maxLength("concerns", contact.concerns(), 10_000);
      warnings.addAll(language.check(problems, FORM, "concerns", contact.concerns(), FieldKind.REFERRER_WORDS));
    }
    if (contact.concernTypes() != null) {
      for (int i = 0; i < contact.concernTypes().size(); i++) {
        String type = contact.concernTypes().get(i);
        if (type == null) {
          problems.add("concernTypes[" + i + "]", "is empty; leave it out or name a kind of concern");
        } else if (contact.concernTypes().indexOf(type) < i) {
          problems.add("concernTypes[" + i + "]", "'" + type + "' is listed twice");
        } else if (!ContactVocabulary.CONCERN_TYPES.contains(type)) {
          problems.add("concernTypes[" + i + "]", "'" + type + "' is not a known kind of concern; use one of "
              + sorted(ContactVocabulary.CONCERN_TYPES));
        }
      }
    }
    if (problems.required("referrerConsent", contact.referrerConsent(), "say what the referrer said about consent")
        && !ContactVocabulary.REFERRER_CONSENT.contains(contact.referrerConsent())) {
      problems.add("referrerConsent", "'" + contact.referrerConsent() + "' is not known; use one of "
          + sorted(ContactVocabulary.REFERRER_CONSENT));
    }
    problems.maxLength("referrerConsentDetail", contact.referrerConsentDetail(), 2_000);
    warnings.addAll(language.check(problems, FORM, "referrerConsentDetail", contact.referrerConsentDetail(),
        FieldKind.REFERRER_WORDS));
    problems.maxLength("clientReference", contact.clientReference(), 100);
    problems.throwIfAny(TITLE);
    return warnings.stream().map(LanguageFinding::message).distinct().toList();
  }

  private void checkReferrer(ContactRequest.Referrer referrer, boolean anonymous, Problems problems) {
    if (anonymous) {
      if (referrer != null && (notBlank(referrer.name()) || notBlank(referrer.telephone())
          || notBlank(referrer.email()))) {
        problems.add("referrer", "an anonymous contact has no referrer details: choose another source "
            + "or leave the referrer out");
      }
      return;
    }
    if (referrer == null) {
      problems.add("referrer", "the referrer's details are required unless the contact is anonymous");
      return;
    }
    if (problems.required("referrer.name", referrer.name(), "the referrer's name is required")) {
      problems.maxLength("referrer.name", referrer.name(), 200);
    }
    problems.maxLength("referrer.organisation", referrer.organisation(), 200);
    problems.maxLength("referrer.relationship", referrer.relationship(), 100);
    boolean telephone = notBlank(referrer.telephone());
    boolean email = notBlank(referrer.email());
    if (!telephone && !email) {
      problems.add("referrer.telephone", "a telephone number or an email address is required, so the "
          + "referrer can be told the outcome");
    }
    if (telephone && !TELEPHONE.matcher(referrer.telephone().trim()).matches()) {
      problems.add("referrer.telephone", "is not a telephone number");
    }
    if (email && (referrer.email().length() > 200 || !EMAIL.matcher(referrer.email().trim()).matches())) {
      problems.add("referrer.email", "is not an email address");
    }
  }

  private void checkAddress(Address address, Problems problems) {
    if (address == null) {
      problems.add("address", "the household's address is required");
      return;
    }
    if (problems.required("address.line1", address.line1(), "the first line of the address is required")) {
      problems.maxLength("address.line1", address.line1(), 200);
    }
    problems.maxLength("address.line2", address.line2(), 200);
    problems.maxLength("address.town", address.town(), 100);
    if (problems.required("address.postcode", address.postcode(), "the postcode is required")
        && !POSTCODE.matcher(address.postcode().trim()).matches()) {
      problems.add("address.postcode", "'" + address.postcode() + "' is not a UK postcode");
    }
  }

  private void checkChildren(List<ChildDetails> children, LocalDate today, Problems problems) {
    if (children == null || children.isEmpty()) {
      problems.add("children", "at least one child is required");
      return;
    }
    if (children.size() > MAX_CHILDREN) {
      problems.add("children", "at most " + MAX_CHILDREN + " children in one contact");
    }
    for (int i = 0; i < children.size(); i++) {
      String at = "children[" + i + "]";
      ChildDetails child = children.get(i);
      if (child == null) {
        problems.add(at, "is empty");
        continue;
      }
      if (problems.required(at + ".firstName", child.firstName(), "the child's first name is required")) {
        problems.maxLength(at + ".firstName", child.firstName(), 100);
      }
      if (problems.required(at + ".lastName", child.lastName(), "the child's last name is required")) {
        problems.maxLength(at + ".lastName", child.lastName(), 100);
      }
      int ages = (child.dateOfBirth() != null ? 1 : 0) + (child.expectedDate() != null ? 1 : 0)
          + (child.estimatedAgeYears() != null ? 1 : 0);
      if (ages != 1) {
        problems.add(at + ".dateOfBirth", "give exactly one of date of birth, expected date of birth "
            + "(unborn baby) or estimated age");
      }
      if (child.dateOfBirth() != null) {
        if (child.dateOfBirth().isAfter(today)) {
          problems.add(at + ".dateOfBirth", "cannot be in the future; for an unborn baby give the expected date");
        } else if (!child.dateOfBirth().isAfter(today.minusYears(18))) {
          problems.add(at + ".dateOfBirth", "is 18 or more years ago: this service is for children");
        }
      }
      if (child.expectedDate() != null && (child.expectedDate().isBefore(today.minusDays(14))
          || child.expectedDate().isAfter(today.plusWeeks(42)))) {
        problems.add(at + ".expectedDate", "must be within the next 42 weeks");
      }
      if (child.estimatedAgeYears() != null
          && (child.estimatedAgeYears() < 0 || child.estimatedAgeYears() > 17)) {
        problems.add(at + ".estimatedAgeYears", "must be from 0 to 17");
      }
      if (notBlank(child.sex()) && !ContactVocabulary.SEX.contains(child.sex())) {
        problems.add(at + ".sex", "use one of " + sorted(ContactVocabulary.SEX));
      }
      if (notBlank(child.childId()) && !isUuid(child.childId())) {
        problems.add(at + ".childId", "is not a child id");
      }
      problems.maxLength(at + ".identifier", child.identifier(), 50);
    }
    checkEachChildOnce(children, problems);
  }

  /** One child named twice in one contact would be one record linked twice: say so instead. */
  private static void checkEachChildOnce(List<ChildDetails> children, Problems problems) {
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < children.size(); i++) {
      ChildDetails child = children.get(i);
      if (child == null) {
        continue;
      }
      List<String> keys = new ArrayList<>();
      if (notBlank(child.childId())) {
        keys.add("id:" + child.childId().toLowerCase(Locale.ROOT));
      }
      if (notBlank(child.identifier())) {
        keys.add("identifier:" + child.identifier());
      }
      if (notBlank(child.firstName()) && notBlank(child.lastName()) && child.dateOfBirth() != null) {
        keys.add("born:" + (child.firstName() + "|" + child.lastName()).toLowerCase(Locale.UK)
            + "|" + child.dateOfBirth());
      }
      for (String key : keys) {
        Integer earlier = seen.putIfAbsent(key, i);
        if (earlier != null) {
          problems.add("children[" + i + "]", "is the same child as children[" + earlier + "]: name each child once");
          break;
        }
      }
    }
  }

  /** Control characters are never meant (and PostgreSQL cannot store a NUL): refuse them by name. */
  private static void checkCharacters(ContactRequest contact, Problems problems) {
    Map<String, String> singleLine = new LinkedHashMap<>();
    singleLine.put("source", contact.source());
    singleLine.put("referrerConsent", contact.referrerConsent());
    singleLine.put("clientReference", contact.clientReference());
    ContactRequest.Referrer referrer = contact.referrer();
    if (referrer != null) {
      singleLine.put("referrer.name", referrer.name());
      singleLine.put("referrer.organisation", referrer.organisation());
      singleLine.put("referrer.relationship", referrer.relationship());
      singleLine.put("referrer.telephone", referrer.telephone());
      singleLine.put("referrer.email", referrer.email());
    }
    Address address = contact.address();
    if (address != null) {
      singleLine.put("address.line1", address.line1());
      singleLine.put("address.line2", address.line2());
      singleLine.put("address.town", address.town());
      singleLine.put("address.postcode", address.postcode());
    }
    if (contact.children() != null) {
      for (int i = 0; i < contact.children().size(); i++) {
        ChildDetails child = contact.children().get(i);
        if (child != null) {
          singleLine.put("children[" + i + "].firstName", child.firstName());
          singleLine.put("children[" + i + "].lastName", child.lastName());
          singleLine.put("children[" + i + "].sex", child.sex());
          singleLine.put("children[" + i + "].childId", child.childId());
          singleLine.put("children[" + i + "].identifier", child.identifier());
        }
      }
    }
    if (contact.concernTypes() != null) {
      for (int i = 0; i < contact.concernTypes().size(); i++) {
        singleLine.put("concernTypes[" + i + "]", contact.concernTypes().get(i));
      }
    }
    singleLine.forEach((field, value) -> {
      if (Text.hasControlCharacters(value, false)) {
        problems.add(field, "contains characters that cannot be shown; type it again");
      }
    });
    Map.of("concerns", String.valueOf(contact.concerns()),
        "referrerConsentDetail", String.valueOf(contact.referrerConsentDetail())).forEach((field, value) -> {
          if (Text.hasControlCharacters(value, true)) {
            problems.add(field, "contains characters that cannot be shown; type it again");
          }
        });
  }

  static boolean isUuid(String value) {
    try {
      UUID.fromString(value);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static boolean notBlank(String value) {
    return !Text.isEmpty(value);
  }

  private static String sorted(java.util.Set<String> values) {
    return String.join(", ", new TreeSet<>(values));
  }
}
