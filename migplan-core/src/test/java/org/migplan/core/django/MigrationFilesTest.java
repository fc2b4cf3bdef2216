package org.migplan.core.django;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a new migration of an app depends on, and when the app's migrations conflict. */
class MigrationFilesTest {
  private static final List<String> NAMES =
      List.of("0001_initial", "0001_squashed_0003_c", "0002_b", "0003_c");

  @Test
  void theOneLeafIsTheLatestWhateverItsName() {
    MigrationFiles squashed =
        new MigrationFiles("shop", "shop/migrations", NAMES, List.of("0001_squashed_0003_c"));

    assertThat(squashed.latest()).contains("0001_squashed_0003_c");
    assertThat(squashed.conflicting()).isFalse();
    assertThat(squashed.nextNumber()).isEqualTo(4);
  }

  @Test
  void withoutKnownLeavesOrWithSeveralTheLastNameStandsIn() {
    assertThat(new MigrationFiles("shop", "shop/migrations", NAMES).latest()).contains("0003_c");
    MigrationFiles conflicting =
        new MigrationFiles("shop", "shop/migrations", NAMES, List.of("0003_c", "0002_b"));
    assertThat(conflicting.conflicting()).isTrue();
    assertThat(conflicting.leaves()).containsExactly("0002_b", "0003_c");
    assertThat(conflicting.latest()).contains("0003_c");
    assertThat(new MigrationFiles("shop", "shop/migrations", List.of()).latest()).isEmpty();
  }
}
