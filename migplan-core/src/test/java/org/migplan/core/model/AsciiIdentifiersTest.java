package org.migplan.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AsciiIdentifiersTest {
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  @Test
  void acceptsWhatTheRegexAccepts() {
    Random random = new Random(3);
    String alphabet = "aZ_09.-é ";
    for (int round = 0; round < 5000; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(6); i > 0; i--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertThat(AsciiIdentifiers.is(text.toString()))
          .as("'%s'", text)
          .isEqualTo(IDENTIFIER.matcher(text).matches());
    }
  }
}
