package org.migplan.db.backup;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.migplan.core.ErrorCode;
import org.migplan.core.MigplanException;

/** Durations as users write them: {@code 90m}, {@code 24h}, {@code 7d}, {@code 1d12h}. */
public final class Durations {
  private static final Pattern PART = Pattern.compile("(\\d+)([smhd])");

  private Durations() {}

  public static Duration parse(String text) {
    String value = text.strip().toLowerCase(Locale.ROOT);
    Matcher m = PART.matcher(value);
    Duration total = Duration.ZERO;
    int end = 0;
    while (m.find() && m.start() == end) {
      long n = Long.parseLong(m.group(1));
      total =
          total.plus(
              switch (m.group(2)) {
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
              });
      end = m.end();
    }
    if (end == 0 || end != value.length()) {
      throw new MigplanException(
          ErrorCode.USAGE,
          "--max-age '" + text + "' is not a duration; write it like 90m, 24h, 7d or 1d12h");
    }
    return total;
  }

  /** {@code 1d2h}, {@code 3h5m}, {@code 42s}. */
  public static String format(Duration duration) {
    long seconds = Math.max(0, duration.getSeconds());
    long days = seconds / 86400;
    long hours = seconds % 86400 / 3600;
    long minutes = seconds % 3600 / 60;
    StringBuilder text = new StringBuilder();
    if (days > 0) {
      text.append(days).append('d');
    }
    if (hours > 0) {
      text.append(hours).append('h');
    }
    if (minutes > 0 && days == 0) {
      text.append(minutes).append('m');
    }
    return text.length() == 0 ? seconds + "s" : text.toString();
  }
}
