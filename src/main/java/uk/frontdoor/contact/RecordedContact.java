package uk.frontdoor.contact;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.UUID;

@Schema(description = "A recorded contact: its ids, each child's id and the journey it started")
public record RecordedContact(
    @Schema(description = "The contact's id", example = "0b9a6f3e-2c1d-4f8e-9a7b-6c5d4e3f2a1b") UUID contactId,
    @Schema(description = "The reference staff quote", example = "FD-2026-000042") String reference,
    @Schema(description = "The journey's process instance, as Cockpit shows it",
        example = "5c1e2a3b-7d4f-11f0-9a8b-0242ac120002") String processInstanceId,
    @Schema(description = "The household the children were matched to by address",
        example = "7e6d5c4b-3a2f-4e1d-8c9b-0a1b2c3d4e5f") UUID householdId,
    @Schema(description = "Each child of the contact, in the order given") List<RecordedChild> children,
    @Schema(description = "Acronyms or phrases found in the referrer's words: the contact is recorded, "
        + "and staff write their own records in plain words") List<String> languageWarnings) {

  RecordedContact withWarnings(List<String> warnings) {
    return new RecordedContact(contactId, reference, processInstanceId, householdId, children, warnings);
  }

  @Schema(description = "A child of the contact")
  public record RecordedChild(
      @Schema(description = "The child's id: the same child in every contact", example = "3f2b7c1e-8a4d-4e5f-9b6a-1c2d3e4f5a6b")
      UUID childId,
      @Schema(description = "First name", example = "Amira") String firstName,
      @Schema(description = "Last name", example = "Khan") String lastName,
      @Schema(description = "Whether the service already knew this child before this contact", example = "false")
      boolean known) {
  }
}
