package org.migplan.db.backup;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Unique ids for scratch databases: {@code 20240131_120501_3fa9c2}. */
public final class ScratchNames {
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss").withZone(ZoneOffset.UTC);
  private static final SecureRandom RANDOM = new SecureRandom();

  private ScratchNames() {}

  public static String newId(Instant now) {
    return STAMP.format(now) + "_" + String.format("%06x", RANDOM.nextInt(1 << 24));
  }
}
