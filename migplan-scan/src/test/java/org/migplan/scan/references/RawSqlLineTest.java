package org.migplan.scan.references;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migplan.core.model.ModelLabel;
import org.migplan.core.source.CodeReference;
import org.migplan.core.source.ReferenceKind;
import org.migplan.scan.ProjectScanner;
import org.migplan.scan.TestProjects;

/** A raw SQL string over several lines is reported at its table name, the spot to edit. */
class RawSqlLineTest {
  @TempDir Path project;

  @Test
  void theLineOfTheTableNameNotOfAnEarlierColumn() throws IOException {
    TestProjects.write(project, "school/__init__.py", "");
    TestProjects.write(
        project,
        "school/models.py",
        """
        from django.db import models


        class Student(models.Model):
            name = models.CharField(max_length=10)
        """);
    TestProjects.write(
        project,
        "school/reports.py",
        """
        from django.db import connection


        def counts():
            with connection.cursor() as cursor:
                cursor.execute(
                    \"\"\"
                    SELECT e.student_id, count(*)
                    FROM school_enrollment e
                    JOIN school_student s ON s.id = e.student_id
                    GROUP BY e.student_id
                    \"\"\"
                )
                return cursor.fetchall()
        """);

    List<CodeReference> found =
        ReferenceScanner.find(
            ProjectScanner.scan(project), ModelLabel.parse("school.Student"), OptionalInt.empty());

    assertThat(found)
        .filteredOn(r -> r.kind() == ReferenceKind.RAW_SQL_TABLE)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.line()).isEqualTo(10);
              assertThat(r.text()).contains("JOIN school_student s");
              assertThat(r.column()).as("12 spaces and 'JOIN ' before it").isEqualTo(18);
              assertThat(r.mustChange()).isTrue();
            });
  }
}
