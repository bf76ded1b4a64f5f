package uk.frontdoor.contact;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.UUID;

@Schema(description = "A recorded contact: its ids, each child's id and the journey it started")
public record RecordedContact(
    UUID contactId,
    @Schema(example = "FD-2026-000042") String reference,
    String processInstanceId,
    UUID householdId,
    List<RecordedChild> children,
    @Schema(description = "Acronyms or phrases found in the referrer's words: the contact is recorded, "
        + "and staff write their own records in plain words") List<String> languageWarnings) {

  RecordedContact withWarnings(List<String> warnings) {
    return new RecordedContact(contactId, reference, processInstanceId, householdId, children, warnings);
  }

  @Schema(description = "A child of the contact")
  public record RecordedChild(
      UUID childId,
      String firstName,
      String lastName,
      @Schema(description = "Whether the service already knew this child before this contact") boolean known) {
  }
}
