package uk.frontdoor.child;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Locale;
import uk.frontdoor.validation.Text;

@Schema(description = "A household's postal address")
public record Address(
    @Schema(description = "First line: house number or name, and street", example = "12 Station Road",
        requiredMode = Schema.RequiredMode.REQUIRED) String line1,
    @Schema(description = "Second line, if any", example = "Flat 3") String line2,
    @Schema(description = "Town or city", example = "Exampletown") String town,
    @Schema(description = "UK postcode", example = "EX1 2AB", requiredMode = Schema.RequiredMode.REQUIRED)
    String postcode) {

  /** The address without invisible characters at the ends of its lines. */
  public Address trimmed() {
    return new Address(Text.trimmed(line1), Text.trimmed(line2), Text.trimmed(town), Text.trimmed(postcode));
  }

  /**
   * The form two spellings of one address share: upper case, letters and digits only, so
   * "12 Station Rd." and "12 station rd" at "ex1 2ab" are one household.
   */
  public String key() {
    return (normalise(line1) + "|" + normalise(postcode));
  }

  private static String normalise(String text) {
    return text == null ? "" : text.toUpperCase(Locale.UK).replaceAll("[^A-Z0-9]", "");
  }
}
