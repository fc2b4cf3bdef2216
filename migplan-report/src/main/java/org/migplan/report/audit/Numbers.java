package org.migplan.report.audit;

import java.util.Locale;

/** Counts and sizes as people read them, the same on every machine. */
final class Numbers {
  private Numbers() {}

  /** {@code 1234567} as {@code 1,234,567}. */
  static String count(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  /** Bytes in binary units: {@code 8192} as {@code 8.0 KiB}. */
  static String bytes(long value) {
    if (value < 1024) {
      return value + " B";
    }
    String[] units = {"KiB", "MiB", "GiB", "TiB"};
    double scaled = value;
    int unit = -1;
    while (scaled >= 1024 && unit < units.length - 1) {
      scaled /= 1024;
      unit++;
    }
    return String.format(Locale.ROOT, "%.1f %s", scaled, units[unit]);
  }
}
