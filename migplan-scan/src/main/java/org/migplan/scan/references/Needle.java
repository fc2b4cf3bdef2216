package org.migplan.scan.references;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * A fast search of raw file bytes for words: some in any ASCII case and anywhere (the model's name,
 * which every derived lower-case name contains, and its table), others in their exact case as whole
 * identifiers (names bound to the model by imports). A Horspool search: it looks at the last byte
 * of each window and skips ahead by a table, so a long word costs a fraction of a pass over the
 * bytes. Case is folded for ASCII letters only, so a non-ASCII word in any case is not {@link
 * #searchable}.
 */
final class Needle {
  private final List<Word> words;

  private Needle(List<Word> words) {
    this.words = List.copyOf(words);
  }

  /** Matches any of {@code anyCase} (ignoring ASCII case) or of {@code identifiers} (exactly). */
  static Needle of(Collection<String> anyCase, Collection<String> identifiers) {
    List<Word> words = new ArrayList<>();
    for (String word : anyCase) {
      if (!word.isEmpty()) {
        words.add(new Word(word.toLowerCase(Locale.ROOT), true));
      }
    }
    for (String word : identifiers) {
      if (!word.isEmpty()) {
        words.add(new Word(word, false));
      }
    }
    return new Needle(words);
  }

  /** Whether any word occurs in the bytes. */
  boolean foundIn(byte[] haystack) {
    return foundIn(haystack, haystack.length);
  }

  /** Whether any word occurs in the first {@code length} bytes. */
  boolean foundIn(byte[] haystack, int length) {
    return foundIn(haystack, 0, length);
  }

  /**
   * Whether any word occurs in the bytes from {@code from} (inclusive) to {@code to} (exclusive);
   * the bytes around them do not count, not even as an identifier's neighbours.
   */
  boolean foundIn(byte[] haystack, int from, int to) {
    for (Word word : words) {
      if (word.foundIn(haystack, from, to)) {
        return true;
      }
    }
    return false;
  }

  /** Whether there is no word to look for (nothing is ever found). */
  boolean isEmpty() {
    return words.isEmpty();
  }

  /** Whether every word can be searched as bytes: a non-ASCII word in any case cannot. */
  boolean searchable() {
    return words.stream().allMatch(w -> w.ascii);
  }

  private static final class Word {
    private final byte[] bytes;
    private final boolean ignoreCase;
    private final boolean ascii;

    /**
     * The Horspool shift for each pair of bytes that can end a window, at most {@link
     * Byte#MAX_VALUE}: the distance from the pair's last occurrence in the word, its final pair not
     * counted, to the word's end; the word's length less one for a pair it does not hold. 0 marks
     * the word's final pair, whose own shift is {@link #lastShift}. When case is ignored, every
     * case variant of a pair has the pair's entry, so the search loop indexes by the raw bytes.
     * Pairs skip further than single bytes: most letters of a model's name are common in source
     * code, most pairs of them are not.
     */
    private final byte[] shift;

    private final int lastShift;

    Word(String text, boolean ignoreCase) {
      this.bytes = text.getBytes(StandardCharsets.UTF_8);
      this.ignoreCase = ignoreCase;
      this.ascii = !ignoreCase || bytes.length == text.length();
      int m = bytes.length;
      if (m < 2) {
        shift = null;
        lastShift = 1;
        return;
      }
      shift = new byte[1 << 16];
      java.util.Arrays.fill(shift, (byte) Math.min(m - 1, Byte.MAX_VALUE));
      for (int j = 1; j < m - 1; j++) { // the pair ending at j
        set(shift, bytes[j - 1], bytes[j], (byte) Math.min(m - 1 - j, Byte.MAX_VALUE));
      }
      lastShift = shift[index(bytes[m - 2], bytes[m - 1])];
      set(shift, bytes[m - 2], bytes[m - 1], (byte) 0);
    }

    /** Sets the entry of a pair of bytes, and of its case variants when case is ignored. */
    private void set(byte[] table, byte first, byte second, byte value) {
      for (byte a : variants(first)) {
        for (byte b : variants(second)) {
          table[index(a, b)] = value;
        }
      }
    }

    private byte[] variants(byte b) {
      return ignoreCase && b >= 'a' && b <= 'z' ? new byte[] {b, (byte) (b - 32)} : new byte[] {b};
    }

    private static int index(byte first, byte second) {
      return (first & 0xff) << 8 | (second & 0xff);
    }

    boolean foundIn(byte[] haystack, int from, int to) {
      int m = bytes.length;
      if (shift == null) {
        for (int i = from; i + m <= to; i++) {
          if (matchesAt(haystack, from, to, i)) {
            return true;
          }
        }
        return false;
      }
      byte[] table = shift;
      int i = from + m - 1; // the window's last byte
      while (i < to) {
        int s = table[(haystack[i - 1] & 0xff) << 8 | (haystack[i] & 0xff)];
        if (s != 0) {
          i += s;
        } else if (matchesAt(haystack, from, to, i - m + 1)) {
          return true;
        } else {
          i += lastShift;
        }
      }
      return false;
    }

    private boolean matchesAt(byte[] haystack, int from, int to, int at) {
      int m = bytes.length;
      if (ignoreCase) {
        for (int j = 0; j < m; j++) {
          if (lower(haystack[at + j]) != bytes[j]) {
            return false;
          }
        }
        return true;
      }
      for (int j = 0; j < m; j++) {
        if (haystack[at + j] != bytes[j]) {
          return false;
        }
      }
      return !identifierByte(at - 1, haystack, from, to)
          && !identifierByte(at + m, haystack, from, to);
    }

    /**
     * Whether the byte at {@code index} is an ASCII identifier character, which a name token cannot
     * border (a non-ASCII byte is let through: the file is kept).
     */
    private static boolean identifierByte(int index, byte[] haystack, int from, int to) {
      if (index < from || index >= to) {
        return false;
      }
      byte b = haystack[index];
      return b == '_' || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9');
    }
  }

  /** Each byte value folded to ASCII lower case, as an unsigned value. */
  private static final int[] LOWER = new int[256];

  static {
    for (int b = 0; b < 256; b++) {
      LOWER[b] = b >= 'A' && b <= 'Z' ? b + 32 : b;
    }
  }

  private static byte lower(byte b) {
    return (byte) LOWER[b & 0xff];
  }
}
