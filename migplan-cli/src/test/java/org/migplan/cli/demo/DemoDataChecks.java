package org.migplan.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Checks of the demo data's meaning, in SQL that SQLite and PostgreSQL both run. */
final class DemoDataChecks {
  private DemoDataChecks() {}

  static final String STUDENTS_WITHOUT_DATE_OF_BIRTH =
      "SELECT COUNT(*) FROM constituents_bmparliamentmember WHERE date_of_birth IS NULL";

  /** Ages 6 to about 20 on 2025-01-01, born before enrolment at 5 or older. */
  static final String IMPLAUSIBLE_DATES_OF_BIRTH =
      "SELECT COUNT(*) FROM constituents_bmparliamentmember WHERE date_of_birth IS NOT NULL"
          + " AND (date_of_birth < '2004-06-01' OR date_of_birth > '2019-01-01'"
          + " OR date_of_birth >= enrolled_on)";

  static final String DISTINCT_BIRTH_YEARS =
      "SELECT COUNT(DISTINCT substr(CAST(date_of_birth AS TEXT), 1, 4))"
          + " FROM constituents_bmparliamentmember";

  static final String ORPHAN_HOUSEHOLD_SURVEYS =
      "SELECT COUNT(*) FROM welfare_aid_householdsurvey h WHERE NOT EXISTS"
          + " (SELECT 1 FROM constituents_bmparliamentmember s WHERE s.id = h.student_id)";

  private static final String STUDENT_CONTENT_TYPE =
      "(SELECT id FROM django_content_type"
          + " WHERE app_label = 'constituents' AND model = 'bmparliamentmember')";

  /** Grants of the student model's permissions, admin history, unusable passwords. */
  static void assertAuthAndAdminData(Connection connection, long students) throws SQLException {
    assertThat(
            rows(
                connection,
                "SELECT DISTINCT p.codename FROM auth_permission p WHERE p.content_type_id = "
                    + STUDENT_CONTENT_TYPE
                    + " AND (p.id IN (SELECT permission_id FROM auth_group_permissions)"
                    + " OR p.id IN (SELECT permission_id FROM auth_user_user_permissions))"
                    + " ORDER BY p.codename"))
        .containsExactly(
            "add_bmparliamentmember",
            "change_bmparliamentmember",
            "delete_bmparliamentmember",
            "view_bmparliamentmember");
    assertThat(
            count(
                connection,
                "SELECT COUNT(*) FROM auth_group_permissions gp JOIN auth_permission p"
                    + " ON p.id = gp.permission_id WHERE p.content_type_id <> "
                    + STUDENT_CONTENT_TYPE))
        .as("group grants of other models' permissions")
        .isPositive();
    assertThat(
            count(
                connection,
                "SELECT COUNT(*) FROM auth_user_user_permissions up JOIN auth_permission p"
                    + " ON p.id = up.permission_id WHERE p.content_type_id = "
                    + STUDENT_CONTENT_TYPE))
        .as("direct user grants of the student model's permissions")
        .isPositive();
    assertThat(count(connection, "SELECT COUNT(*) FROM auth_user WHERE password <> '!'"))
        .as("users with a usable password")
        .isZero();

    long additions = students / 50;
    long changes = students / 100;
    long deletions = DemoDataExpectations.deletedStudents(students);
    assertThat(
            rows(
                connection,
                "SELECT action_flag || ':' || COUNT(*) FROM django_admin_log"
                    + " WHERE content_type_id = "
                    + STUDENT_CONTENT_TYPE
                    + " GROUP BY action_flag ORDER BY action_flag"))
        .containsExactlyElementsOf(
            nonZero(List.of("1:" + additions, "2:" + changes, "3:" + deletions)));
    assertThat(
            count(
                connection,
                "SELECT COUNT(*) FROM django_admin_log l JOIN constituents_bmparliamentmember s"
                    + " ON CAST(s.id AS TEXT) = l.object_id"
                    + " WHERE l.action_flag IN (1, 2)"
                    + " AND l.object_repr = s.name || ' (' || s.admission_number || ')'"))
        .as("additions and changes name existing students")
        .isEqualTo(additions + changes);
    assertThat(
            count(
                connection,
                "SELECT COUNT(*) FROM django_admin_log l"
                    + " JOIN constituents_bmparliamentmemberarchive a"
                    + " ON CAST(a.original_id AS TEXT) = l.object_id WHERE l.action_flag = 3"
                    + " AND NOT EXISTS (SELECT 1 FROM constituents_bmparliamentmember s"
                    + " WHERE CAST(s.id AS TEXT) = l.object_id)"))
        .as("deletions name archived students that are gone")
        .isEqualTo(deletions);
  }

  private static List<String> nonZero(List<String> flagCounts) {
    List<String> kept = new ArrayList<>();
    for (String each : flagCounts) {
      if (!each.endsWith(":0")) {
        kept.add(each);
      }
    }
    return kept;
  }

  static long count(Connection connection, String sql) throws SQLException {
    return DemoDataGeneratorTest.single(connection, sql);
  }

  /** The first column of every row, as text. */
  static List<String> rows(Connection connection, String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }

  /** Every row and column as text, one line per row: comparable across engines. */
  static String answer(Connection connection, String sql) throws SQLException {
    StringBuilder text = new StringBuilder();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      int columns = rows.getMetaData().getColumnCount();
      while (rows.next()) {
        for (int column = 1; column <= columns; column++) {
          text.append(column == 1 ? "" : "|").append(rows.getString(column));
        }
        text.append('\n');
      }
    }
    return text.toString();
  }
}
