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
    for (Word word : words) {
      if (word.foundIn(haystack, length)) {
        return true;
      }
    }
    return false;
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
     * The Horspool shift of each byte that can end a window, except 0 for the word's last byte (in
     * either case when case is ignored): the loop does one table look-up per step and stops only
     * there; the last byte's own shift is {@link #lastShift}.
     */
    private final int[] shift = new int[256];

    private final int lastShift;

    Word(String text, boolean ignoreCase) {
      this.bytes = text.getBytes(StandardCharsets.UTF_8);
      this.ignoreCase = ignoreCase;
      this.ascii = !ignoreCase || bytes.length == text.length();
      int m = bytes.length;
      java.util.Arrays.fill(shift, m);
      for (int i = 0; i < m - 1; i++) {
        int b = bytes[i] & 0xff;
        shift[b] = m - 1 - i;
        if (ignoreCase && b >= 'a' && b <= 'z') {
          shift[b - 32] = m - 1 - i;
        }
      }
      int last = bytes[m - 1] & 0xff;
      lastShift = shift[last];
      shift[last] = 0;
      if (ignoreCase && last >= 'a' && last <= 'z') {
        shift[last - 32] = 0;
      }
    }

    boolean foundIn(byte[] haystack, int length) {
      int[] table = shift;
      int m = bytes.length;
      int i = m - 1; // the window's last byte
      while (i < length) {
        int s = table[haystack[i] & 0xff];
        if (s != 0) {
          i += s;
        } else if (matchesAt(haystack, length, i - m + 1)) {
          return true;
        } else {
          i += lastShift;
        }
      }
      return false;
    }

    private boolean matchesAt(byte[] haystack, int length, int at) {
      int m = bytes.length - 1;
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
      return !identifierByte(at - 1, haystack, length)
          && !identifierByte(at + m + 1, haystack, length);
    }

    /**
     * Whether the byte at {@code index} is an ASCII identifier character, which a name token cannot
     * border (a non-ASCII byte is let through: the file is kept).
     */
    private static boolean identifierByte(int index, byte[] haystack, int length) {
      if (index < 0 || index >= length) {
        return false;
      }
      byte b = haystack[index];
      return b == '_' || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9');
    }
  }

  private static byte lower(byte b) {
    return b >= 'A' && b <= 'Z' ? (byte) (b + 32) : b;
  }
}
