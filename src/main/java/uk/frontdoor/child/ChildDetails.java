package uk.frontdoor.child;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import uk.frontdoor.validation.Text;

@Schema(description = "A child named in a contact. Give one of date of birth, expected date of "
    + "birth (unborn baby) or estimated age.")
public record ChildDetails(
    @Schema(example = "Amira") String firstName,
    @Schema(example = "Khan") String lastName,
    @Schema(example = "2019-04-02") LocalDate dateOfBirth,
    @Schema(description = "For an unborn baby: the expected date of birth") LocalDate expectedDate,
    @Schema(description = "When the date of birth is not known") Integer estimatedAgeYears,
    @Schema(allowableValues = {"female", "male", "other", "not-known"}) String sex,
    @Schema(description = "The id of a child this service already knows") String childId,
    @Schema(description = "Another identifier, for example an NHS number or the council's case number")
    String identifier) {

  /** The details without invisible characters at the ends of each text. */
  public ChildDetails trimmed() {
    return new ChildDetails(Text.trimmed(firstName), Text.trimmed(lastName), dateOfBirth, expectedDate,
        estimatedAgeYears, Text.trimmed(sex), Text.trimmed(childId), Text.trimmed(identifier));
  }
}
