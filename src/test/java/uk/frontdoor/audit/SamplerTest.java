package uk.frontdoor.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import uk.frontdoor.audit.Sampler.Candidate;
import uk.frontdoor.audit.Sampler.Draw;

class SamplerTest {

  static List<Candidate> pool(String manager, int count, String stratum) {
    return IntStream.range(0, count).mapToObj(i -> new Candidate(UUID.nameUUIDFromBytes((manager + stratum + i).getBytes()),
        manager + "-" + stratum + "-" + i, manager, stratum)).toList();
  }

  static List<Candidate> all(List<List<Candidate>> pools) {
    return pools.stream().flatMap(List::stream).toList();
  }

  @Test
  void twoPerManagerOrAllOfAManagerWithFewer() {
    List<Candidate> candidates = all(List.of(pool("ann", 5, "other"), pool("bob", 1, "other"), pool("cat", 3, "other")));

    Draw draw = Sampler.draw(candidates, 7L, 2, false, 0.2);

    Map<String, Long> perManager = draw.chosen().stream().collect(Collectors.groupingBy(Candidate::manager, Collectors.counting()));
    assertThat(perManager).containsExactlyInAnyOrderEntriesOf(Map.of("ann", 2L, "bob", 1L, "cat", 2L));
    assertThat(draw.chosen()).doesNotHaveDuplicates();
    // 20% of 5 audits, rounded up: one moderated, and it is one of the sample
    assertThat(draw.moderated()).hasSize(1);
    assertThat(draw.chosen()).extracting(Candidate::contactId).containsAll(draw.moderated());
    assertThat(draw.rule()).contains("seed 7").contains("2 per team manager");
  }

  @Test
  void theSameSeedDrawsTheSameSampleWhateverTheOrderOfTheCandidates() {
    List<Candidate> candidates = all(List.of(pool("ann", 20, "other"), pool("bob", 20, "other")));
    List<Candidate> shuffled = new ArrayList<>(candidates);
    Collections.shuffle(shuffled);

    Draw first = Sampler.draw(candidates, 123456789L, 2, true, 0.2);
    Draw again = Sampler.draw(shuffled, 123456789L, 2, true, 0.2);
    Draw otherSeed = Sampler.draw(candidates, 987654321L, 2, true, 0.2);

    assertThat(again.chosen()).isEqualTo(first.chosen());
    assertThat(again.moderated()).isEqualTo(first.moderated());
    assertThat(otherSeed.chosen()).isNotEqualTo(first.chosen());
  }

  @Test
  void stratificationNeverMissesNoFurtherActionOrConsentRefusedClosures() {
    List<Candidate> candidates = all(List.of(pool("ann", 30, "other"), pool("ann", 1, "no-further-action"),
        pool("bob", 30, "other"), pool("bob", 1, "consent-refused")));
    int missedWithout = 0;
    for (long seed = 0; seed < 50; seed++) {
      Draw stratified = Sampler.draw(candidates, seed, 2, true, 0);
      assertThat(stratified.chosen()).extracting(Candidate::stratum)
          .contains("no-further-action", "consent-refused");
      assertThat(stratified.chosen()).hasSizeBetween(4, 6);
      Draw plain = Sampler.draw(candidates, seed, 2, false, 0);
      assertThat(plain.chosen()).hasSize(4);
      if (plain.chosen().stream().noneMatch(c -> !c.stratum().equals("other"))) {
        missedWithout++;
      }
    }
    assertThat(missedWithout).as("without stratification most draws miss both rare closures").isGreaterThan(25);
  }
}
