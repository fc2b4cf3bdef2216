package org.migplan.scan.python;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SourceLinesTest {
  @Test
  void splitsLikeTheRegexAtEveryKindOfLineBreak() {
    for (String text :
        new String[] {"", "a", "a\n", "\n\n", "a\r\nb\rc\n", "\r", "\r\n", "x\n\r\ny", "é\nü\r"}) {
      assertThat(SourceLines.of(text).toArray())
          .as("%s", text.replace("\r", "\\r").replace("\n", "\\n"))
          .containsExactly(text.split("\r?\n|\r", -1));
    }
  }

  /** Texts with and without {@code \r} (two ways of finding the breaks) agree with the regex. */
  @Test
  void agreesWithTheRegexOnRandomTexts() {
    Random random = new Random(11);
    for (int round = 0; round < 3000; round++) {
      String alphabet = round % 2 == 0 ? "ab \n" : "ab \n\r";
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(30); i > 0; i--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      SourceLines lines = SourceLines.of(text.toString());
      String[] expected = text.toString().split("\r?\n|\r", -1);
      assertThat(lines.count()).isEqualTo(expected.length);
      assertThat(lines.toArray()).containsExactly(expected);
    }
  }
}
