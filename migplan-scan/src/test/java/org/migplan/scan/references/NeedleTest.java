package org.migplan.scan.references;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class NeedleTest {
  @Test
  void findsWordsInAnyCaseAnywhere() {
    Needle needle = Needle.of(List.of("BMParliamentMember"), List.of());
    assertThat(needle.foundIn(bytes("x.bmparliamentmember_set"))).isTrue();
    assertThat(needle.foundIn(bytes("BMPARLIAMENTMEMBER"))).isTrue();
    assertThat(needle.foundIn(bytes("BMParliamentMembe"))).isFalse();
    assertThat(needle.foundIn(bytes(""))).isFalse();
  }

  @Test
  void findsIdentifiersOnlyInTheirCaseAndAsWholeNames() {
    Needle needle = Needle.of(List.of(), List.of("Buyer"));
    assertThat(needle.foundIn(bytes("Buyer.objects"))).isTrue();
    assertThat(needle.foundIn(bytes("import (Buyer,"))).isTrue();
    assertThat(needle.foundIn(bytes("Buyers = 1; buyer = 2; _Buyer; Buyer2"))).isFalse();
    assertThat(needle.foundIn(bytes("Buyers = Buyer"))).isTrue();
  }

  @Test
  void aNonAsciiWordInAnyCaseCannotFilter() {
    assertThat(Needle.of(List.of("Élève"), List.of()).searchable()).isFalse();
    assertThat(Needle.of(List.of("Member"), List.of("Élève")).searchable()).isTrue();
  }

  /** The skipping search agrees with a plain regex search on random texts. */
  @Test
  void agreesWithARegexOnRandomTexts() {
    Random random = new Random(5);
    String alphabet = "abAB_ .x1";
    for (int round = 0; round < 6000; round++) {
      // short words with repeated pairs, and long ones past the shift table's byte range
      int size = round % 10 == 0 ? 120 + random.nextInt(20) : 1 + random.nextInt(8);
      String word = randomText(random, "abAB", size);
      String text =
          round % 10 == 0
              ? randomText(random, alphabet, random.nextInt(300)) + word.toUpperCase(Locale.ROOT)
              : randomText(random, alphabet, random.nextInt(40));
      boolean anyCase = random.nextBoolean();
      Needle needle =
          anyCase ? Needle.of(List.of(word), List.of()) : Needle.of(List.of(), List.of(word));
      Pattern expected =
          anyCase
              ? Pattern.compile(
                  Pattern.quote(word.toLowerCase(Locale.ROOT)), Pattern.CASE_INSENSITIVE)
              : Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(word) + "(?![A-Za-z0-9_])");
      boolean found = expected.matcher(text).find();
      assertThat(needle.foundIn(bytes(text)))
          .as("%s in '%s' (any case: %s)", word, text, anyCase)
          .isEqualTo(found);
      // the same text inside a larger array whose bytes around it are identifier characters
      // (and parts of the word): only the range counts
      byte[] padded = bytes(word + "b_" + text + "_a" + word);
      int from = word.length() + 2;
      assertThat(needle.foundIn(padded, from, from + text.length()))
          .as("%s in '%s' inside %s (any case: %s)", word, text, new String(padded), anyCase)
          .isEqualTo(found);
    }
  }

  private static String randomText(Random random, String alphabet, int length) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return text.toString();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
