package uk.frontdoor.mash;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The partner agencies that check their own records for every contact that goes to partner agency
 * checks, under {@code frontdoor.mash.agencies[n].code|name|group}. A council adds or removes an
 * agency by configuration; the start-up fails with a plain message if the list is unusable.
 *
 * @param agencies the agencies, in the order their tasks appear; police, health, education,
 *     probation and housing when not set
 */
@ConfigurationProperties(prefix = "frontdoor.mash")
record MashProperties(List<Agency> agencies) {

  static final List<Agency> DEFAULT_AGENCIES = List.of(
      new Agency("police", "police", "mash-police"),
      new Agency("health", "health", "mash-health"),
      new Agency("education", "school and education", "mash-education"),
      new Agency("probation", "probation", "mash-probation"),
      new Agency("housing", "housing", "mash-housing"));

  MashProperties {
    agencies = agencies == null || agencies.isEmpty() ? DEFAULT_AGENCIES : List.copyOf(agencies);
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < agencies.size(); i++) {
      Agency agency = agencies.get(i);
      String at = "frontdoor.mash.agencies[" + i + "]";
      if (blank(agency.code()) || !agency.code().matches("[a-z0-9-]+")) {
        throw new IllegalArgumentException(at + ".code must be lower-case letters, digits or hyphens: '"
            + agency.code() + "'");
      }
      if (MashChecks.COUNCIL_CHECKS.contains(agency.code())) {
        throw new IllegalArgumentException(at + ".code '" + agency.code()
            + "' is the council's own automatic check; choose another code");
      }
      if (!codes.add(agency.code())) {
        throw new IllegalArgumentException(at + ".code '" + agency.code() + "' is listed twice");
      }
      if (blank(agency.name())) {
        throw new IllegalArgumentException(at + ".name is required, e.g. 'police'");
      }
      if (blank(agency.group())) {
        throw new IllegalArgumentException(at + ".group is required: the Camunda group whose queue the check goes to");
      }
    }
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  /**
   * One partner agency.
   *
   * @param code stored in mash_check.agency, e.g. {@code police}
   * @param name as it reads in a task name: "Check police records"
   * @param group the Camunda group whose Tasklist queue the check goes to
   */
  record Agency(String code, String name, String group) {
  }
}
