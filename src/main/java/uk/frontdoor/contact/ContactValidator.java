package uk.frontdoor.contact;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
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

/** Checks a contact on the server, whatever sent it, and names every field that is wrong. */
@Component
class ContactValidator {

  static final String TITLE = "The contact cannot be recorded";
  static final String FORM = "record-contact";
  static final int MAX_CHILDREN = 20;
  /** A clock a few minutes fast on the sender's side is not a contact from the future. */
  private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
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
        if (!ContactVocabulary.CONCERN_TYPES.contains(type)) {
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
      if (child.sex() != null && !child.sex().isBlank() && !ContactVocabulary.SEX.contains(child.sex())) {
        problems.add(at + ".sex", "use one of " + sorted(ContactVocabulary.SEX));
      }
      if (notBlank(child.childId()) && !isUuid(child.childId())) {
        problems.add(at + ".childId", "is not a child id");
      }
      problems.maxLength(at + ".identifier", child.identifier(), 50);
    }
  }

  private static boolean isUuid(String value) {
    try {
      UUID.fromString(value);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static boolean notBlank(String value) {
    return value != null && !value.isBlank();
  }

  private static String sorted(java.util.Set<String> values) {
    return String.join(", ", new TreeSet<>(values));
  }
}
