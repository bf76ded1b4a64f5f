package uk.frontdoor.contact;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;
import uk.frontdoor.child.Address;
import uk.frontdoor.child.ChildDetails;
import uk.frontdoor.validation.Text;

/**
 * A contact as the referrer gave it: the same shape whether it arrives by the API or from
 * Tasklist's start form. Everything is checked by {@link ContactValidator}, not by annotations,
 * so that one response can name every field that is wrong.
 */
@Schema(description = "A contact about one or more children of one household")
public record ContactRequest(
    @Schema(description = "When the contact arrived; defaults to now", example = "2026-11-26T09:15:00Z")
    OffsetDateTime receivedAt,
    @Schema(description = "Who made the contact", example = "police", requiredMode = Schema.RequiredMode.REQUIRED,
        allowableValues = {"police", "school", "health", "gp", "hospital", "family-member",
            "member-of-public", "anonymous", "other-council", "self", "other"})
    String source,
    @Schema(description = "The person who made the contact; absent when anonymous")
    Referrer referrer,
    @Schema(description = "The household's address", requiredMode = Schema.RequiredMode.REQUIRED)
    Address address,
    @Schema(description = "The children the contact is about: at least one", requiredMode = Schema.RequiredMode.REQUIRED)
    List<ChildDetails> children,
    @Schema(description = "The concerns, in the referrer's own words", requiredMode = Schema.RequiredMode.REQUIRED,
        example = "Police attended a domestic incident at the home last night. Both children were present.")
    String concerns,
    @Schema(description = "Kinds of concern, used to propose the urgency",
        example = "[\"domestic-abuse\"]")
    List<String> concernTypes,
    @Schema(description = "What the referrer said about the family's consent", example = "family-aware-and-agrees",
        requiredMode = Schema.RequiredMode.REQUIRED,
        allowableValues = {"family-aware-and-agrees", "family-aware-and-disagrees", "family-not-aware",
            "not-asked"})
    String referrerConsent,
    @Schema(description = "Anything the referrer added about consent",
        example = "Mother was told this morning and did not object")
    String referrerConsentDetail,
    @Schema(description = "The sender's own reference; sending it again returns the first result",
        example = "POLICE-2026-4471")
    String clientReference) {

  /**
   * The contact as it is checked, fingerprinted and stored: every text without invisible
   * characters at its ends, and null where nothing visible is left, so that what fits after
   * trimming is what is stored, and a reference sent with spaces around it is the same reference.
   */
  public ContactRequest trimmed() {
    return new ContactRequest(receivedAt, Text.trimmed(source), referrer == null ? null : referrer.trimmed(),
        address == null ? null : address.trimmed(),
        children == null ? null : children.stream().map(c -> c == null ? null : c.trimmed()).toList(),
        Text.trimmed(concerns),
        concernTypes == null ? null : concernTypes.stream().map(Text::trimmed).toList(),
        Text.trimmed(referrerConsent), Text.trimmed(referrerConsentDetail), Text.trimmed(clientReference));
  }

  @Schema(description = "The person who made the contact")
  public record Referrer(
      @Schema(description = "Their name", example = "PC Jane Smith", requiredMode = Schema.RequiredMode.REQUIRED)
      String name,
      @Schema(description = "Their organisation, if any", example = "Exampleshire Police") String organisation,
      @Schema(description = "How they know the child, for a family member or member of the public",
          example = "neighbour") String relationship,
      @Schema(description = "A telephone number (this or an email address)", example = "01234 567890")
      String telephone,
      @Schema(description = "An email address (this or a telephone number)", example = "jane.smith@police.example")
      String email) {

    Referrer trimmed() {
      return new Referrer(Text.trimmed(name), Text.trimmed(organisation), Text.trimmed(relationship),
          Text.trimmed(telephone), Text.trimmed(email));
    }
  }
}
