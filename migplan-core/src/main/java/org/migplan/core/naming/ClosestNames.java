package org.migplan.core.naming;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Suggests the names closest to a misspelt one, by edit distance. */
public final class ClosestNames {
  private ClosestNames() {}

  /**
   * Up to {@code limit} candidates nearest to {@code wanted} (case-insensitive Levenshtein
   * distance), nearest first, ties by name; only those within half the wanted name's length.
   */
  public static List<String> closest(String wanted, Collection<String> candidates, int limit) {
    String target = wanted.toLowerCase(Locale.ROOT);
    int threshold = Math.max(3, target.length() / 2);
    return candidates.stream()
        .distinct()
        .map(c -> new Scored(c, distance(target, c.toLowerCase(Locale.ROOT))))
        .filter(s -> s.distance <= threshold)
        .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name))
        .limit(limit)
        .map(Scored::name)
        .toList();
  }

  /** The Levenshtein distance: insertions, deletions and substitutions turning a into b. */
  public static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  private record Scored(String name, int distance) {}
}
