package org.migplan.scan.references;

/**
 * Copies of the files a search round left out, so that the next round (names bound to the model by
 * imports) searches memory instead of opening and reading every file again. The copies are packed
 * into large slabs rather than one array per file, so the garbage collector sees a few objects. The
 * total is bounded: past the budget nothing more is kept and those files are read again. Safe for
 * concurrent use.
 */
final class KeptBytes {
  private static final int SLAB = 4 << 20;

  private final long budget;
  private byte[] slab = new byte[0];
  private int used;
  private long total;

  /** Keeps at most {@code budget} bytes in all. */
  KeptBytes(long budget) {
    this.budget = budget;
  }

  /** A budget that suits the running JVM: an eighth of its largest heap, at most 256 MB. */
  static long budgetForThisJvm() {
    return Math.min(256L << 20, Runtime.getRuntime().maxMemory() / 8);
  }

  /** A copy of the first {@code length} bytes of {@code bytes}, or null when over the budget. */
  synchronized Kept keep(byte[] bytes, int length) {
    if (total + length > budget) {
      return null;
    }
    if (slab.length - used < length) {
      slab = new byte[Math.max(SLAB, length)];
      used = 0;
    }
    System.arraycopy(bytes, 0, slab, used, length);
    Kept kept = new Kept(slab, used, length);
    used += length;
    total += length;
    return kept;
  }

  /** The bytes of one file: {@code length} bytes of {@code slab} from {@code offset}. */
  record Kept(byte[] slab, int offset, int length) {}
}
