package org.migplan.scan.references;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** A fast case-insensitive search for ASCII words in raw file bytes. */
final class Needle {
  private final List<byte[]> needles;

  Needle(List<String> words) {
    this.needles =
        words.stream()
            .map(w -> w.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8))
            .filter(b -> b.length > 0)
            .toList();
  }

  /** Whether any word occurs in the bytes, ignoring ASCII case. */
  boolean foundIn(byte[] haystack) {
    for (byte[] needle : needles) {
      if (contains(haystack, needle)) {
        return true;
      }
    }
    return false;
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    byte first = needle[0];
    int last = haystack.length - needle.length;
    for (int i = 0; i <= last; i++) {
      if (lower(haystack[i]) != first) {
        continue;
      }
      int j = 1;
      while (j < needle.length && lower(haystack[i + j]) == needle[j]) {
        j++;
      }
      if (j == needle.length) {
        return true;
      }
    }
    return false;
  }

  private static byte lower(byte b) {
    return b >= 'A' && b <= 'Z' ? (byte) (b + 32) : b;
  }
}
