package org.migplan.scan.python;

import java.util.Arrays;

/**
 * The physical lines of a text, split at {@code \r\n}, {@code \n} or {@code \r} (like {@code
 * text.split("\r?\n|\r", -1)}) in one pass without a regex; each line is copied only when asked
 * for.
 */
public final class SourceLines {
  private final String text;
  private final int[] starts;
  private final int[] ends;
  private final int count;

  private SourceLines(String text, int[] starts, int[] ends, int count) {
    this.text = text;
    this.starts = starts;
    this.ends = ends;
    this.count = count;
  }

  /** Indexes the lines of {@code text}. */
  public static SourceLines of(String text) {
    // most texts have no \r: their breaks are found by indexOf, not char by char
    boolean carriageReturns = text.indexOf('\r') >= 0;
    int length = text.length();
    int[] starts = new int[16];
    int[] ends = new int[16];
    int count = 0;
    int start = 0;
    while (true) {
      int end = carriageReturns ? nextBreak(text, start) : text.indexOf('\n', start);
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, count * 2);
        ends = Arrays.copyOf(ends, count * 2);
      }
      starts[count] = start;
      ends[count] = end < 0 ? length : end;
      count++;
      if (end < 0) {
        return new SourceLines(text, starts, ends, count);
      }
      boolean crlf = text.charAt(end) == '\r' && end + 1 < length && text.charAt(end + 1) == '\n';
      start = end + (crlf ? 2 : 1);
    }
  }

  /** The position of the first \n or \r from {@code from}, or -1. */
  private static int nextBreak(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        return i;
      }
    }
    return -1;
  }

  /** How many lines there are (a text ending in a line break has an empty last line). */
  public int count() {
    return count;
  }

  /** The line at a 0-based index, without its line break. */
  public String get(int index) {
    if (index < 0 || index >= count) {
      throw new IndexOutOfBoundsException("line " + index + " of " + count);
    }
    return text.substring(starts[index], ends[index]);
  }

  /** All lines, as {@code split} would give them. */
  public String[] toArray() {
    String[] lines = new String[count];
    for (int i = 0; i < count; i++) {
      lines[i] = get(i);
    }
    return lines;
  }
}
