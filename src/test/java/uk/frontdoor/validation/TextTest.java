package uk.frontdoor.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TextTest {

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\t\n\r", "\u200B\u200B\u200B", "\u2060\uFEFF", "\u0000\u0007\u001B",
      "\u3164\u115F\u2800\uFFA0", "\u00A0\u2003\u3000", "\u202E\u200D"})
  void textMadeOnlyOfInvisibleOrControlCharactersIsEmpty(String text) {
    assertThat(Text.isEmpty(text)).isTrue();
    assertThat(Text.trimmed(text)).isNull();
  }

  @Test
  void visibleTextIsTrimmedOfInvisibleCharactersAtItsEndsOnly() {
    assertThat(Text.isEmpty(null)).isTrue();
    assertThat(Text.isEmpty(".")).isFalse();
    assertThat(Text.trimmed("\u200B Amira\u00A0Khan \uFEFF\t")).isEqualTo("Amira\u00A0Khan");
    assertThat(Text.trimmed("\uD83D\uDE00")).isEqualTo("\uD83D\uDE00");
  }

  @Test
  void controlCharactersAreFoundExceptLineBreaksWhereTextMayRunOverLines() {
    assertThat(Text.hasControlCharacters("A\u0000B", true)).isTrue();
    assertThat(Text.hasControlCharacters("first line\nsecond\tline\r\n", true)).isFalse();
    assertThat(Text.hasControlCharacters("first line\nsecond", false)).isTrue();
    assertThat(Text.hasControlCharacters("Amira\u200BKhan", false)).isFalse();
    assertThat(Text.hasControlCharacters(null, false)).isFalse();
  }
}
