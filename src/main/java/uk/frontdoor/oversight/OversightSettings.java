package uk.frontdoor.oversight;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much a manager must write on the oversight proforma, e.g.
 * {@code frontdoor.oversight.analysis-min-length=40}.
 *
 * @param analysisMinLength fewest characters of each child's analysis
 * @param rationaleMinLength fewest characters of the rationale for the decision
 * @param sectionMinLength fewest characters of every other required section (risks, strengths,
 *     the child's voice, indicators, a changed level's reason, each next step)
 * @param placeholders answers that say nothing, refused in every required section (compared
 *     ignoring case, spaces and a trailing full stop)
 */
@ConfigurationProperties(prefix = "frontdoor.oversight")
public record OversightSettings(
    @DefaultValue("20") int analysisMinLength,
    @DefaultValue("20") int rationaleMinLength,
    @DefaultValue("10") int sectionMinLength,
    @DefaultValue({"n/a", "na", "n.a.", "see above", "as above", "none", "nil", "-", "--", "tbc", "tba", "."})
    List<String> placeholders) {

  public OversightSettings {
    placeholders = placeholders == null ? List.of() : List.copyOf(placeholders);
  }

  static OversightSettings defaults() {
    return new OversightSettings(20, 20, 10,
        List.of("n/a", "na", "n.a.", "see above", "as above", "none", "nil", "-", "--", "tbc", "tba", "."));
  }
}
