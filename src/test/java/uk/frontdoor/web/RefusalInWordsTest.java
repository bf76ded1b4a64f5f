package uk.frontdoor.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RefusalInWordsTest {

  @Test
  void aFieldWithoutALabelIsNamedInWordsCountingFromOne() {
    assertThat(RefusalInWords.plainName("children[1].firstName")).isEqualTo("Child 2, first name");
    assertThat(RefusalInWords.plainName("nextSteps[0].owner")).isEqualTo("Next step 1, owner");
    assertThat(RefusalInWords.plainName("address.postcode")).isEqualTo("Address, postcode");
    assertThat(RefusalInWords.plainName("concernTypes[2]")).isEqualTo("Concern type 3");
    assertThat(RefusalInWords.plainName("rationale")).isEqualTo("Rationale");
  }
}
