package org.migplan.scan.references;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class KeptBytesTest {
  @Test
  void keepsCopiesUntilTheBudgetIsSpent() {
    KeptBytes kept = new KeptBytes(10);
    byte[] buffer = "abcdefXYZ".getBytes(StandardCharsets.US_ASCII);
    KeptBytes.Kept first = kept.keep(buffer, 6);
    buffer[0] = 'z'; // the buffer is reused for the next file: the copy must not change
    KeptBytes.Kept second = kept.keep(buffer, 4);
    assertThat(text(first)).isEqualTo("abcdef");
    assertThat(text(second)).isEqualTo("zbcd");
    assertThat(kept.keep(buffer, 1)).as("past the budget").isNull();
  }

  @Test
  void aFileLargerThanASlabGetsItsOwn() {
    KeptBytes kept = new KeptBytes(64L << 20);
    byte[] large = new byte[5 << 20];
    Arrays.fill(large, (byte) 'q');
    kept.keep(new byte[] {'a'}, 1);
    KeptBytes.Kept copy = kept.keep(large, large.length);
    assertThat(copy.length()).isEqualTo(large.length);
    assertThat(
            Arrays.equals(
                copy.slab(), copy.offset(), copy.offset() + copy.length(), large, 0, large.length))
        .isTrue();
  }

  private static String text(KeptBytes.Kept kept) {
    return new String(kept.slab(), kept.offset(), kept.length(), StandardCharsets.US_ASCII);
  }
}
