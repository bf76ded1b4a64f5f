package uk.frontdoor.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The dip sample's draw: random, and the same again for the same seed and candidates, so anyone
 * can show the sample was fair. A pure function: the candidates come from {@link AuditStore}.
 *
 * <p>Candidates are put in one fixed order (team manager, contact reference, id). One
 * {@link SplittableRandom} seeded with the recorded seed then, manager by manager, picks
 * {@code perManager} contacts by a partial Fisher-Yates shuffle; when stratified, a consent-refused
 * and then a no-further-action closure are each added if the draw has none and the period has
 * one; finally the same random chooses the audits to moderate.
 */
final class Sampler {

  /** A contact that may be drawn. */
  record Candidate(UUID contactId, String reference, String manager, String stratum) {
  }

  record Draw(List<Candidate> chosen, Set<UUID> moderated, String rule) {
  }

  static final Comparator<Candidate> ORDER = Comparator.comparing(Candidate::manager)
      .thenComparing(Candidate::reference).thenComparing(Candidate::contactId);

  private Sampler() {
  }

  static Draw draw(List<Candidate> candidates, long seed, int perManager, boolean stratify, double moderationShare) {
    List<Candidate> ordered = candidates.stream().sorted(ORDER).toList();
    SplittableRandom random = new SplittableRandom(seed);
    Map<String, List<Candidate>> byManager = new LinkedHashMap<>();
    ordered.forEach(c -> byManager.computeIfAbsent(c.manager(), m -> new ArrayList<>()).add(c));
    List<Candidate> chosen = new ArrayList<>();
    for (List<Candidate> own : byManager.values()) {
      List<Candidate> pool = new ArrayList<>(own);
      int take = Math.min(perManager, pool.size());
      for (int i = 0; i < take; i++) {
        int j = i + random.nextInt(pool.size() - i);
        Candidate picked = pool.get(j);
        pool.set(j, pool.get(i));
        pool.set(i, picked);
        chosen.add(picked);
      }
    }
    if (stratify) {
      for (String stratum : List.of(AuditVocabulary.STRATUM_CONSENT_REFUSED, AuditVocabulary.STRATUM_NO_FURTHER_ACTION)) {
        if (chosen.stream().noneMatch(c -> c.stratum().equals(stratum))) {
          List<Candidate> pool = ordered.stream().filter(c -> c.stratum().equals(stratum))
              .filter(c -> !chosen.contains(c)).toList();
          if (!pool.isEmpty()) {
            chosen.add(pool.get(random.nextInt(pool.size())));
          }
        }
      }
    }
    int moderate = moderationShare <= 0 ? 0 : (int) Math.min(chosen.size(), Math.ceil(moderationShare * chosen.size()));
    List<Candidate> shuffled = new ArrayList<>(chosen);
    Set<UUID> moderated = new LinkedHashSet<>();
    for (int i = 0; i < moderate; i++) {
      int j = i + random.nextInt(shuffled.size() - i);
      Candidate picked = shuffled.get(j);
      shuffled.set(j, shuffled.get(i));
      shuffled.set(i, picked);
      moderated.add(picked.contactId());
    }
    String rule = perManager + " per team manager at random (java.util.SplittableRandom, seed " + seed
        + ") over the contacts closed in the period, in order of team manager, contact reference and id; "
        + "contacts audited in the previous months set by frontdoor.audit.lookback-months left out"
        + (stratify ? "; a consent-refused and a no-further-action closure added when the draw had none" : "")
        + "; " + Math.round(moderationShare * 100) + "% of audits (rounded up) chosen for moderation with the same seed";
    return new Draw(List.copyOf(chosen), moderated, rule);
  }
}
