package uk.frontdoor.child;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import uk.frontdoor.validation.Text;

@Schema(description = "A child named in a contact. Give one of date of birth, expected date of "
    + "birth (unborn baby) or estimated age.")
public record ChildDetails(
    @Schema(description = "The child's first name", example = "Amira", requiredMode = Schema.RequiredMode.REQUIRED)
    String firstName,
    @Schema(description = "The child's last name", example = "Khan", requiredMode = Schema.RequiredMode.REQUIRED)
    String lastName,
    @Schema(description = "Date of birth, when known", example = "2019-04-02") LocalDate dateOfBirth,
    @Schema(description = "For an unborn baby: the expected date of birth", example = "2027-03-01")
    LocalDate expectedDate,
    @Schema(description = "When the date of birth is not known: the age in years, 0 to 17", example = "7")
    Integer estimatedAgeYears,
    @Schema(description = "The child's sex, if the referrer said", allowableValues = {"female", "male", "other",
        "not-known"}) String sex,
    @Schema(description = "The id of a child this service already knows",
        example = "3f2b7c1e-8a4d-4e5f-9b6a-1c2d3e4f5a6b") String childId,
    @Schema(description = "Another identifier, for example an NHS number or the council's case number",
        example = "485 777 3456") String identifier) {

  /** The details without invisible characters at the ends of each text. */
  public ChildDetails trimmed() {
    return new ChildDetails(Text.trimmed(firstName), Text.trimmed(lastName), dateOfBirth, expectedDate,
        estimatedAgeYears, Text.trimmed(sex), Text.trimmed(childId), Text.trimmed(identifier));
  }
}
