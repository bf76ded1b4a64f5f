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
    List<RecordedChild> children) {

  @Schema(description = "A child of the contact")
  public record RecordedChild(
      UUID childId,
      String firstName,
      String lastName,
      @Schema(description = "Whether the service already knew this child before this contact") boolean known) {
  }
}
