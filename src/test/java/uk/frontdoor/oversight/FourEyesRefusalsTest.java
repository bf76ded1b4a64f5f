package uk.frontdoor.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FourEyesRefusalsTest {

  @Test
  void theRefusalNamesEachDecisionThePersonMade() {
    assertThat(FourEyesRefusals.youMade(List.of("screening"))).isEqualTo(
        "You made the screening decision on this contact, so another team manager must sign it off. "
            + "Leave this task for a colleague.");
    assertThat(FourEyesRefusals.youMade(List.of("screening", "consent", "threshold"))).isEqualTo(
        "You made the screening, consent and threshold decisions on this contact, so another team manager must "
            + "sign them off. Leave this task for a colleague.");
  }
}
