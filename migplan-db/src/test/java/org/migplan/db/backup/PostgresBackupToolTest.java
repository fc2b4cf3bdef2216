package org.migplan.db.backup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Reading pg_restore's progress from the stderr its leader and workers share. */
class PostgresBackupToolTest {
  @Test
  void aFinishedItemIsReadFromAWholeLine() {
    assertThat(
            PostgresBackupTool.finishedItem(
                "pg_restore: finished item 3350 TABLE DATA public Audit Log"))
        .hasValue(3350);
  }

  /**
   * The prefix, the space and the text of a message are separate writes, so a worker's message can
   * land between them: the text then starts a line of its own, or follows another prefix.
   */
  @Test
  void aFinishedItemIsReadWhenAWorkersLineSplitItsPrefixFromItsText() {
    assertThat(PostgresBackupTool.finishedItem(" finished item 3350 TABLE DATA public Audit Log"))
        .hasValue(3350);
    assertThat(
            PostgresBackupTool.finishedItem(
                "pg_restore:pg_restore: finished item 12 TABLE DATA public school_student"))
        .hasValue(12);
  }

  @Test
  void otherProgressIsNotAFinishedItem() {
    assertThat(
            PostgresBackupTool.finishedItem(
                "pg_restore:pg_restore: processing data for table \"public.school_student\""))
        .isEmpty();
    assertThat(PostgresBackupTool.finishedItem("pg_restore: finished item 3351 INDEX x_pkey"))
        .isEmpty();
    assertThat(PostgresBackupTool.finishedItem("pg_restore: launching item 3350 TABLE DATA x"))
        .isEmpty();
  }
}
