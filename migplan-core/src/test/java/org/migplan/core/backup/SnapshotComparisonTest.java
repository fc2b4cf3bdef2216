package org.migplan.core.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SnapshotComparisonTest {
  private static final TableSnapshot STUDENT = new TableSnapshot("student", 3, "aa");
  private static final TableSnapshot LOG = new TableSnapshot("log", 5, "bb");

  @Test
  void identicalTablesMatch() {
    SnapshotComparison result =
        SnapshotComparison.compare(List.of(STUDENT, LOG), List.of(LOG, STUDENT), Set.of());
    assertThat(result.problems()).isEmpty();
    assertThat(result.warnings()).isEmpty();
    assertThat(result.tables())
        .extracting(TableComparison::table)
        .containsExactly("log", "student");
    assertThat(result.tables()).allMatch(TableComparison::matches);
  }

  @Test
  void aChangedCriticalTableIsAProblemAnOtherTableAWarning() {
    List<TableSnapshot> live =
        List.of(new TableSnapshot("student", 3, "xx"), new TableSnapshot("log", 6, "cc"));
    SnapshotComparison result =
        SnapshotComparison.compare(live, List.of(STUDENT, LOG), Set.of("student"));
    assertThat(result.problems())
        .containsExactly("table student has the same row count but different content (checksum)");
    assertThat(result.warnings())
        .containsExactly("table log has 6 rows in the live database but 5 in the copy");
  }

  @Test
  void aMissingTableIsAlwaysAProblem() {
    SnapshotComparison result =
        SnapshotComparison.compare(List.of(STUDENT, LOG), List.of(STUDENT), Set.of("student"));
    assertThat(result.problems()).containsExactly("table log is missing from the copy");
    assertThat(result.tables().get(0).backupRows()).isNull();
  }

  @Test
  void againstTheManifestEveryTableMustMatch() {
    List<String> problems =
        SnapshotComparison.againstManifest(
            List.of(STUDENT, LOG), List.of(STUDENT, new TableSnapshot("log", 4, "bb")), true);
    assertThat(problems)
        .containsExactly(
            "backup differs from its manifest: table log has 5 rows in the manifest but 4 in the copy");
  }

  @Test
  void checksumsOfAnotherMethodAreNotComparedButCountsAre() {
    TableSnapshot otherLog = new TableSnapshot("log", LOG.rows(), "computed-elsewhere");
    assertThat(
            SnapshotComparison.againstManifest(
                List.of(STUDENT, LOG), List.of(STUDENT, otherLog), true))
        .containsExactly(
            "backup differs from its manifest: table log has the same row count but different content (checksum)");
    assertThat(
            SnapshotComparison.againstManifest(
                List.of(STUDENT, LOG), List.of(STUDENT, otherLog), false))
        .isEmpty();
    assertThat(
            SnapshotComparison.againstManifest(
                List.of(STUDENT, LOG), List.of(STUDENT, new TableSnapshot("log", 9, "x")), false))
        .containsExactly(
            "backup differs from its manifest: table log has 5 rows in the manifest but 9 in the copy");
  }
}
