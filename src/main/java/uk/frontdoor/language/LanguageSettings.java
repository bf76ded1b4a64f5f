package uk.frontdoor.language;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What happens when a text uses an acronym or a phrase from the glossary: refuse it (the person
 * rewrites it) or warn (it is kept, and counted). Set per kind of field, e.g.
 * {@code frontdoor.language.modes.referrer-words=warn}.
 *
 * @param glossary the glossary file, relative to the models folder ({@code frontdoor.processes.location})
 * @param defaultMode for every kind of field not named in {@code modes}
 * @param modes per kind of field: {@link FieldKind#REFERRER_WORDS} warns by default, because the
 *     referrer's own words are quoted, not written by staff
 */
@ConfigurationProperties(prefix = "frontdoor.language")
public record LanguageSettings(
    @DefaultValue("language/glossary.csv") String glossary,
    @DefaultValue("refuse") Mode defaultMode,
    @DefaultValue Map<String, Mode> modes) {

  public enum Mode { REFUSE, WARN }

  public LanguageSettings {
    modes = modes == null ? Map.of() : Map.copyOf(modes);
  }

  public Mode modeFor(FieldKind kind) {
    Mode configured = modes.get(kind.key());
    if (configured != null) {
      return configured;
    }
    return kind == FieldKind.REFERRER_WORDS ? Mode.WARN : defaultMode;
  }
}
