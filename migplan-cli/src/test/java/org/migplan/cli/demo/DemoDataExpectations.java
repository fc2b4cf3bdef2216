package org.migplan.cli.demo;

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
    return counts;
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
