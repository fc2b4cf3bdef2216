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
    if (text.indexOf('\r') < 0) {
      return ofNewlines(text);
    }
    int capacity = 16;
    int[] starts = new int[capacity];
    int[] ends = new int[capacity];
    int count = 0;
    int start = 0;
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c != '\n' && c != '\r') {
        continue;
      }
      if (count + 1 >= capacity) {
        capacity *= 2;
        starts = Arrays.copyOf(starts, capacity);
        ends = Arrays.copyOf(ends, capacity);
      }
      starts[count] = start;
      ends[count] = i;
      count++;
      if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
        i++;
      }
      start = i + 1;
    }
    starts[count] = start;
    ends[count] = length;
    count++;
    return new SourceLines(text, starts, ends, count);
  }

  /** Like {@link #of} for a text with no {@code \r}: found by {@code indexOf}, not char by char. */
  private static SourceLines ofNewlines(String text) {
    int capacity = 16;
    int[] starts = new int[capacity];
    int[] ends = new int[capacity];
    int count = 0;
    int start = 0;
    for (int end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
      if (count + 1 >= capacity) {
        capacity *= 2;
        starts = Arrays.copyOf(starts, capacity);
        ends = Arrays.copyOf(ends, capacity);
      }
      starts[count] = start;
      ends[count] = end;
      count++;
      start = end + 1;
    }
    starts[count] = start;
    ends[count] = text.length();
    count++;
    return new SourceLines(text, starts, ends, count);
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
