package uk.frontdoor.mash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.frontdoor.mash.MashProperties.Agency;

/** The agency list is configuration: an unusable one stops the service at start-up with a plain message. */
class MashPropertiesTest {

  @Test
  void withoutConfigurationTheFiveUsualAgenciesCheck() {
    assertThat(new MashAgencies(new MashProperties(null)).partnerAgencies())
        .containsExactly("police", "health", "education", "probation", "housing");
  }

  @Test
  void anAgencyListedTwiceIsRefused() {
    assertThatThrownBy(() -> new MashProperties(List.of(new Agency("police", "police", "mash-police"),
        new Agency("police", "police again", "mash-police"))))
        .hasMessageContaining("frontdoor.mash.agencies[1].code 'police' is listed twice");
  }

  @Test
  void anAgencyWithoutAGroupIsRefused() {
    assertThatThrownBy(() -> new MashProperties(List.of(new Agency("youth-justice", "youth justice", " "))))
        .hasMessageContaining("frontdoor.mash.agencies[0].group is required");
  }

  @Test
  void theCouncilsOwnChecksCannotBeConfiguredAsAPartner() {
    assertThatThrownBy(() -> new MashProperties(List.of(new Agency("social-care", "social care", "crs-managers"))))
        .hasMessageContaining("the council's own automatic check");
  }

  @Test
  void anUnknownAgencyIsNamedWithTheConfiguredOnes() {
    assertThatThrownBy(() -> new MashAgencies(new MashProperties(null)).group("fire"))
        .hasMessageContaining("'fire' is not a configured partner agency");
  }
}
