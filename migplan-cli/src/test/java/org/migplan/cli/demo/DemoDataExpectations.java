package org.migplan.cli.demo;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Row counts the demo data scripts promise for {@code n} students, written as the rules in the
 * scripts' comments and WHERE clauses (every fifth student boards, every tenth has a note, …).
 */
final class DemoDataExpectations {
  private DemoDataExpectations() {}

  static Map<String, Long> rowCounts(long n) {
    Map<String, Long> counts = new TreeMap<>();
    counts.put("constituents_constituency", 64L);
    counts.put("constituents_tag", 8L);
    counts.put("auth_group", 3L);
    counts.put("auth_user", 6L);
    counts.put("auth_user_groups", 5L);
    counts.put("auth_group_permissions", 30L);
    counts.put("auth_user_user_permissions", 10L);
    counts.put("constituents_bmparliamentmember", n);
    counts.put("constituents_bmparliamentmember_tags", n + n / 5);
    counts.put("attendance_attendancesession", 30L);
    counts.put("attendance_attendancerecord", n);
    counts.put("guardians_guardian", n + n / 10);
    counts.put("guardians_emergencycontact", n / 4);
    counts.put("courses_course", 12L);
    counts.put("courses_enrollment", n);
    counts.put("courses_course_students", n / 10);
    counts.put("fees_invoice", n);
    counts.put("fees_payment", n / 3);
    counts.put("fees_feewaiver", n / 25);
    counts.put("alumni_graduate", graduates(n));
    counts.put("notes_note", n / 10);
    counts.put("welfare_aid_aidapplication", n / 20);
    counts.put("welfare_aid_aiddisbursement", n / 60);
    counts.put("welfare_aid_householdsurvey", n / 8);
    counts.put("welfare_aid_sponsorship", n / 15);
    counts.put("hostel_rooms", (n / 5 + 3) / 4);
    counts.put("hostel_bedallocation", n / 5);
    counts.put("constituents_bmparliamentmemberarchive", deletedStudents(n));
    counts.put("django_admin_log", n / 50 + n / 100 + deletedStudents(n));
    return counts;
  }

  /** One student in 200 was deleted through the admin; ids n+1.. are their former ids. */
  static long deletedStudents(long n) {
    return n / 200;
  }

  /** Students whose date of birth is unknown: every 17th. */
  static long withoutDateOfBirth(long n) {
    return n / 17;
  }

  /**
   * Queries whose answers must be the same on SQLite and PostgreSQL for the same student count: the
   * data means the same on both engines (values print alike: dates, text, integers).
   */
  static List<String> portableQueries() {
    return List.of(
        "SELECT COUNT(date_of_birth), MIN(date_of_birth), MAX(date_of_birth)"
            + " FROM constituents_bmparliamentmember",
        "SELECT id, date_of_birth, enrolled_on, admission_number, name"
            + " FROM constituents_bmparliamentmember WHERE id % 37 = 1 ORDER BY id",
        "SELECT g.name, ct.app_label, p.codename FROM auth_group_permissions gp"
            + " JOIN auth_group g ON g.id = gp.group_id"
            + " JOIN auth_permission p ON p.id = gp.permission_id"
            + " JOIN django_content_type ct ON ct.id = p.content_type_id"
            + " ORDER BY g.name, ct.app_label, p.codename",
        "SELECT u.username, ct.app_label, p.codename FROM auth_user_user_permissions up"
            + " JOIN auth_user u ON u.id = up.user_id"
            + " JOIN auth_permission p ON p.id = up.permission_id"
            + " JOIN django_content_type ct ON ct.id = p.content_type_id"
            + " ORDER BY u.username, ct.app_label, p.codename",
        "SELECT u.username, g.name FROM auth_user_groups ug JOIN auth_user u ON u.id = ug.user_id"
            + " JOIN auth_group g ON g.id = ug.group_id ORDER BY u.username, g.name",
        "SELECT l.id, ct.model, l.object_id, l.object_repr, l.change_message, l.user_id,"
            + " l.action_flag FROM django_admin_log l"
            + " JOIN django_content_type ct ON ct.id = l.content_type_id ORDER BY l.id",
        "SELECT id, original_id, name, admission_number, reason"
            + " FROM constituents_bmparliamentmemberarchive ORDER BY id",
        "SELECT COUNT(author_id), MIN(author_id) FROM notes_note",
        "SELECT COUNT(approved_by_id), MIN(approved_by_id) FROM fees_feewaiver");
  }

  /** Students whose id modulo 20 is 16, 17 or 18 have status 'graduated'. */
  static long graduates(long n) {
    long count = 0;
    for (long i = 1; i <= n; i++) {
      long r = i % 20;
      if (r >= 16 && r <= 18) {
        count++;
      }
    }
    return count;
  }
}
