package org.migplan.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.migplan.core.database.TableStatistics;

class CrossCheckCountsTest {
  private static final CrossCheckFinding MISSING =
      new CrossCheckFinding(
          CrossCheckFinding.Kind.MISSING_FOREIGN_KEY,
          CrossCheckFinding.Cause.DB_CONSTRAINT_FALSE,
          "shop_order",
          "member_id",
          "shop/models.py:4",
          "declared with db_constraint=False");
  private static final CrossCheckFinding UNDECLARED =
      new CrossCheckFinding(
          CrossCheckFinding.Kind.UNDECLARED_FOREIGN_KEY,
          CrossCheckFinding.Cause.NOT_DECLARED,
          "legacy_log",
          "member_id",
          "",
          "no declaration");

  private static TableStatistics rows(long rows, Map<String, Long> nulls) {
    return new TableStatistics(
        rows,
        OptionalLong.empty(),
        OptionalLong.empty(),
        OptionalLong.empty(),
        nulls,
        Map.of(),
        Map.of());
  }

  @Test
  void onlyMissingForeignKeysAreCounted() {
    assertThat(DatabaseCrossCheck.columnsToCount(List.of(UNDECLARED, MISSING)))
        .isEqualTo(Map.of("shop_order", Set.of("member_id")));
  }

  @Test
  void aCountedColumnSaysHowManyRowsHoldAValue() {
    List<CrossCheckFinding> counted =
        DatabaseCrossCheck.withValueCounts(
            List.of(MISSING, UNDECLARED),
            Map.of(
                "shop_order", rows(1234, Map.of("member_id", 4L)),
                "legacy_log", rows(9, Map.of("member_id", 0L))));

    assertThat(counted.get(0).detail())
        .isEqualTo("declared with db_constraint=False; 1,230 of its 1,234 rows hold a value");
    assertThat(counted.get(0).rows()).hasValue(1234);
    assertThat(counted.get(0).rowsWithValue()).hasValue(1230);
    assertThat(counted.get(1)).isEqualTo(UNDECLARED);
    assertThat(UNDECLARED.rowsWithValue()).isEmpty();
  }

  @Test
  void anUncountedColumnIsLeftAsItIs() {
    assertThat(
            DatabaseCrossCheck.withValueCounts(
                List.of(MISSING), Map.of("shop_order", rows(5, Map.of()))))
        .containsExactly(MISSING);
    assertThat(DatabaseCrossCheck.withValueCounts(List.of(MISSING), Map.of()))
        .containsExactly(MISSING);
  }
}
