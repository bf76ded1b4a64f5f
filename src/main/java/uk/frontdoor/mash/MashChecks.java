package uk.frontdoor.mash;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Whether a contact's partner agency checks are complete: the threshold decision is not made
 * until every agency has answered or a manager has recorded why the service proceeds without it.
 */
@Service
public class MashChecks {

  /** The council's own social care records: an automatic check. */
  public static final String SOCIAL_CARE = "social-care";
  /** The council's own early help records: an automatic check. */
  public static final String EARLY_HELP = "early-help";
  static final List<String> COUNCIL_CHECKS = List.of(SOCIAL_CARE, EARLY_HELP);

  /** Outcomes of a check, as stored in mash_check.outcome. */
  public static final String KNOWN = "known";
  public static final String NOT_KNOWN = "not-known";
  public static final String PROCEEDED_WITHOUT = "proceeded-without";

  private final MashAgencies agencies;
  private final MashRecords records;

  MashChecks(MashAgencies agencies, MashRecords records) {
    this.agencies = agencies;
    this.records = records;
  }

  /**
   * True when every configured partner agency and both council checks have a recorded check for
   * the contact: known, not known, or proceeded without by a manager.
   */
  public boolean allAnswered(String contactId) {
    Set<String> expected = new HashSet<>(agencies.partnerAgencies());
    expected.addAll(COUNCIL_CHECKS);
    return new HashSet<>(records.answeredAgencies(UUID.fromString(contactId))).containsAll(expected);
  }
}
