package uk.frontdoor.history;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What the service's own records say about one child of a contact, as it stood when the contact
 * arrived.
 *
 * @param openCases kinds of open social care involvement (child-in-need, child-protection-plan, looked-after)
 * @param previousContacts other contacts about this child received before this one
 * @param previousReferrals earlier contacts about this child that became referrals
 * @param lastReferralAt when the latest of those referrals was decided, or null
 * @param siblings other children known at the same household, as "name (age)"
 * @param possibleDuplicates other records that may be this child, not yet merged or confirmed apart
 */
record ChildHistory(UUID childId, String name, String age, boolean known, List<String> openCases,
    int previousContacts, int previousReferrals, Instant lastReferralAt, boolean reReferral,
    List<String> siblings, List<String> possibleDuplicates) {
}
