package org.migplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArtifactNamesTest {
  @Test
  void namesFollowTheTableAndTheNewModel() {
    assertThat(ArtifactNames.schema("constituents_bmparliamentmember"))
        .isEqualTo("constituents_bmparliamentmember_schema.txt");
    assertThat(ArtifactNames.rollbackScript("Student")).isEqualTo("rollback_student_migration.sh");
    assertThat(ArtifactNames.defaultDirectory("constituents", "BMParliamentMember", "Student"))
        .isEqualTo("docs/migplan/constituents-bmparliamentmember-to-student");
  }

  @Test
  void hostileTableNamesCannotEscapeTheDirectory() {
    assertThat(ArtifactNames.schema("../etc/x y")).isEqualTo(".._etc_x_y_schema.txt");
  }
}
