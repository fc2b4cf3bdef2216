package org.migplan.core.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.migplan.core.naming.ClosestNames;

class DatabaseRecordsTest {

  @Test
  void closestNamesFindTheTypoFirst() {
    List<String> tables =
        List.of("constituents_bmparliamentmember", "constituents_constituency", "auth_user");
    assertThat(ClosestNames.closest("constituents_bmparlimentmember", tables, 3))
        .startsWith("constituents_bmparliamentmember")
        .doesNotContain("auth_user");
    assertThat(ClosestNames.closest("zzz", tables, 3)).isEmpty();
    assertThat(ClosestNames.distance("kitten", "sitting")).isEqualTo(3);
  }

  @Test
  void breakdownsAreOrderedByCountThenValue() {
    TableStatistics statistics =
        new TableStatistics(
            6,
            OptionalLong.empty(),
            OptionalLong.empty(),
            OptionalLong.empty(),
            Map.of("b", 1L, "a", 2L),
            Map.of("status", Map.of("left", 1L, "active", 4L, "away", 1L)),
            Map.of());
    assertThat(statistics.breakdowns().get("status").keySet())
        .containsExactly("active", "away", "left");
    assertThat(statistics.nullCounts().keySet()).containsExactly("a", "b");
  }

  @Test
  void theLatestMigrationOfAnAppIsTheLastApplied() {
    DjangoState state =
        new DjangoState(
            Optional.empty(),
            List.of(),
            OptionalLong.empty(),
            List.of(
                new AppliedMigration(3, "people", "0002_b", "t"),
                new AppliedMigration(1, "people", "0001_a", "t"),
                new AppliedMigration(2, "auth", "0001_initial", "t")),
            List.of("django_admin_log"));
    assertThat(state.latestMigration("people").orElseThrow().name()).isEqualTo("0002_b");
    assertThat(state.latestMigration("notes")).isEmpty();
    assertThat(state.migrationsByApp())
        .containsExactly(
            Map.entry("auth", List.of("0001_initial")),
            Map.entry("people", List.of("0001_a", "0002_b")));
  }

  @Test
  void permissionsSplitGrantsIntoGroupsAndUsers() {
    Permission view =
        new Permission(
            28,
            "view_clubmember",
            "Can view club member",
            Map.of("auth_group_permissions", 2L, "accounts_user_user_permissions", 5L));
    assertThat(view.groupGrants()).isEqualTo(2);
    assertThat(view.userGrants()).isEqualTo(5);
  }

  @Test
  void impossibleCountsAreRejected() {
    assertThatThrownBy(
            () ->
                new DbRelation(
                    TableName.of("t"),
                    "c",
                    RelationKind.FOREIGN_KEY,
                    "",
                    "",
                    "",
                    true,
                    1,
                    2,
                    "",
                    ""))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void choiceLikeColumnsAreBooleansOrNamedShortCodes() {
    assertThat(ColumnTypes.looksLikeChoice(column("status", "character varying(20)"), false))
        .isTrue();
    assertThat(ColumnTypes.looksLikeChoice(column("is_active", "bool"), false)).isTrue();
    assertThat(ColumnTypes.looksLikeChoice(column("first_name", "varchar(50)"), false)).isFalse();
    assertThat(ColumnTypes.looksLikeChoice(column("first_name", "varchar(50)"), true)).isTrue();
    assertThat(ColumnTypes.looksLikeChoice(column("status_note", "text"), false)).isFalse();
    assertThat(ColumnTypes.looksLikeChoice(column("grade_level", "smallint"), false)).isTrue();
    assertThat(ColumnTypes.isDateLike("timestamp with time zone")).isTrue();
    assertThat(ColumnTypes.isDateLike("datetime")).isTrue();
    assertThat(ColumnTypes.isDateLike("integer")).isFalse();
  }

  private static Column column(String name, String type) {
    return new Column(name, type, true, Optional.empty(), "");
  }
}
