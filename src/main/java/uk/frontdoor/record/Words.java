package uk.frontdoor.record;

import java.util.Locale;
import java.util.Map;
import uk.frontdoor.security.Roles;

/**
 * The codes the tables store, in words a person who is not a specialist understands: no
 * acronyms. An unknown code is shown as its words ("early-help" → "Early help").
 */
public final class Words {

  private static final Map<String, String> ROLES = Map.ofEntries(
      Map.entry(Roles.CRS_PRACTITIONERS, "Practitioner, children's referral service"),
      Map.entry(Roles.CRS_MANAGERS, "Team manager, children's referral service"),
      Map.entry(Roles.MASH_POLICE, "Police officer, safeguarding hub"),
      Map.entry(Roles.MASH_HEALTH, "Health officer, safeguarding hub"),
      Map.entry(Roles.MASH_EDUCATION, "Education officer, safeguarding hub"),
      Map.entry(Roles.MASH_PROBATION, "Probation officer, safeguarding hub"),
      Map.entry(Roles.MASH_HOUSING, "Housing officer, safeguarding hub"),
      Map.entry(Roles.BRIEF_INTERVENTION_TEAM, "Brief intervention team"),
      Map.entry(Roles.ASSESSMENT_TEAM, "Assessment team"),
      Map.entry(Roles.SERVICE_LEADS, "Service lead"),
      Map.entry(Roles.AUDITORS, "Auditor"),
      Map.entry(Roles.ADMINS, "Administrator"),
      Map.entry("practitioner", "Practitioner, children's referral service"),
      Map.entry("manager", "Team manager, children's referral service"));

  private static final Map<String, String> CODES = Map.ofEntries(
      Map.entry("red", "Red: decision within 4 working hours"),
      Map.entry("amber", "Amber: decision within 1 working day"),
      Map.entry("green", "Green: decision within 3 working days"),
      Map.entry("mash-checks", "Check with partner agencies"),
      Map.entry("no-further-action", "No further action"),
      Map.entry("information-and-advice", "Information and advice"),
      Map.entry("given", "Given"),
      Map.entry("refused", "Refused"),
      Map.entry("not-sought", "Not sought"),
      Map.entry("consent", "Consent"),
      Map.entry("public-task", "Public task: safeguarding (Data Protection Act 2018, Schedule 1 paragraph 18)"),
      Map.entry("safeguarding", "Safeguarding (Data Protection Act 2018, Schedule 1 paragraph 18)"),
      Map.entry("override", "Refusal overridden"),
      Map.entry("overridden", "Refusal overridden"),
      Map.entry("respect", "Refusal respected"),
      Map.entry("respected", "Refusal respected"),
      Map.entry("known", "Known to this agency"),
      Map.entry("not-known", "Not known to this agency"),
      Map.entry("proceeded-without", "A manager decided to go on without this check"),
      Map.entry("brief-intervention-team", "Brief intervention team"),
      Map.entry("children-and-families-assessment", "Children and families assessment (section 17 of the Children Act 1989)"),
      Map.entry("strategy-discussion", "Strategy discussion (section 47 of the Children Act 1989)"),
      Map.entry("early-help", "Early help"),
      Map.entry("routed", "Routed to assessment"),
      Map.entry("sibling", "Brother or sister of a child routed to assessment"),
      Map.entry("decision", "Overdue decision"),
      Map.entry("agency-check", "Overdue partner agency check"),
      Map.entry("mash", "Check with partner agencies"),
      Map.entry("social-care", "Children's social care records"),
      Map.entry("early-help-records", "Early help records"));

  private Words() {
  }

  /** A role in words: a group id, or a role a table recorded. */
  public static String role(String role) {
    return role == null ? null : ROLES.getOrDefault(role, plain(role));
  }

  static boolean isKnownRole(String group) {
    return ROLES.containsKey(group);
  }

  /** A stored code in words. */
  public static String plain(String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    String known = CODES.get(code.trim().toLowerCase(Locale.UK));
    if (known != null) {
      return known;
    }
    String words = code.trim().replace('-', ' ').replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /** A sentence written to go on inside another (after a colon, before a semicolon): its full stop dropped. */
  public static String clause(String text) {
    return text != null && text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
  }

  /** Words to go on inside a sentence: the first letter lower case ("Police" → "police"). */
  public static String inSentence(String words) {
    return words == null || words.isEmpty() ? "" : Character.toLowerCase(words.charAt(0)) + words.substring(1);
  }

  static String yesNo(boolean value) {
    return value ? "Yes" : "No";
  }
}
