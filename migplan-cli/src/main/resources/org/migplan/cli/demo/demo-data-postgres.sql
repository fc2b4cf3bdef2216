-- Demo data for the madaris schema (PostgreSQL).
-- :students is the number of students; every statement is deterministic in it.
-- Ids are explicit, so the same :students always gives the same rows; sequences are set at the end.
-- Statements end with a semicolon at the end of a line.

SET CONSTRAINTS ALL IMMEDIATE;

INSERT INTO constituents_constituency (id, code, name, district, representative_id)
SELECT k,
       'C-' || lpad(k::text, 3, '0'),
       d.district || '-' || (1 + (k - 1) / 8),
       d.district,
       NULL
FROM generate_series(1, 64) AS k
JOIN (VALUES (0, 'Dhaka'), (1, 'Chattogram'), (2, 'Sylhet'), (3, 'Rajshahi'),
             (4, 'Khulna'), (5, 'Barishal'), (6, 'Rangpur'), (7, 'Mymensingh')) AS d (n, district)
  ON d.n = (k - 1) % 8
ORDER BY k;

INSERT INTO constituents_tag (id, name)
VALUES (1, 'hifz'), (2, 'boarder'), (3, 'scholarship'), (4, 'orphan'),
       (5, 'day scholar'), (6, 'nazera'), (7, 'kitab'), (8, 'transport');

INSERT INTO constituents_bmparliamentmember
       (id, name, father_name, date_of_birth, gender, phone, email, admission_number, status,
        enrolled_on, created_at, updated_at, constituency_id, fee_concession, mentor_id)
SELECT i,
       f.given || ' ' || l.family,
       m.given || ' ' || l.family,
       CASE WHEN i % 17 = 0 THEN NULL ELSE date '2015-01-01' + (i * 7 % 3650) - (3650 + i % 1500) END,
       CASE WHEN i % 2 = 0 THEN 'M' ELSE 'F' END,
       CASE WHEN i % 11 = 0 THEN '' ELSE '+88017' || lpad(i::text, 8, '0') END,
       'student' || i || '@madaris.example',
       'MDR-' || (2015 + (i * 7 % 3650) / 365) || '-' || lpad(i::text, 7, '0'),
       CASE WHEN i % 20 < 14 THEN 'active'
            WHEN i % 20 < 16 THEN 'inactive'
            WHEN i % 20 < 19 THEN 'graduated'
            ELSE 'transferred' END,
       date '2015-01-01' + (i * 7 % 3650),
       timestamptz '2015-01-01 03:00:00+00' + (i * 7 % 3650) * interval '1 day' + (i % 3600) * interval '1 second',
       timestamptz '2015-01-01 03:00:00+00' + (i * 7 % 3650 + i % 400) * interval '1 day' + (i % 3600) * interval '1 second',
       CASE WHEN i % 50 = 0 THEN NULL ELSE 1 + i % 64 END,
       (i % 4) * 125.00,
       CASE WHEN i % 10 = 0 AND i > 100 THEN i - 100 END
FROM generate_series(1, :students) AS i
JOIN (VALUES (0, 'Abdullah'), (1, 'Fatema'), (2, 'Mahmudul'), (3, 'Nusrat'), (4, 'Tanvir'), (5, 'Ayesha'),
             (6, 'Rafiq'), (7, 'Sumaiya'), (8, 'Imran'), (9, 'Khadija'), (10, 'Jubayer'), (11, 'Maryam'),
             (12, 'Sakib'), (13, 'Tasnim'), (14, 'Hasan'), (15, 'Ruqayya')) AS f (n, given)
  ON f.n = i % 16
JOIN (VALUES (0, 'Abdul Karim'), (1, 'Shamsul Haque'), (2, 'Nazrul Islam'), (3, 'Jahangir Alam'),
             (4, 'Rafiqul Islam'), (5, 'Abul Kashem'), (6, 'Motiur Rahman'), (7, 'Anwar Hossain')) AS m (n, given)
  ON m.n = (i / 7) % 8
JOIN (VALUES (0, 'Ahmed'), (1, 'Hossain'), (2, 'Rahman'), (3, 'Islam'), (4, 'Khan'), (5, 'Chowdhury'),
             (6, 'Uddin'), (7, 'Miah'), (8, 'Sarkar'), (9, 'Talukder'), (10, 'Bhuiyan'), (11, 'Mollah'),
             (12, 'Sheikh'), (13, 'Akter'), (14, 'Begum'), (15, 'Haque')) AS l (n, family)
  ON l.n = (i / 16) % 16
ORDER BY i;

UPDATE constituents_constituency SET representative_id = id * 3 WHERE id * 3 <= :students;

INSERT INTO constituents_bmparliamentmember_tags (id, bmparliamentmember_id, tag_id)
SELECT i, i, 1 + i % 8 FROM generate_series(1, :students) AS i
UNION ALL
SELECT :students + i / 5, i, 1 + (i + 3) % 8 FROM generate_series(5, :students, 5) AS i;

INSERT INTO attendance_attendancesession (id, date, period, class_name, taken_by)
SELECT s,
       date '2024-01-06' + (s - 1) / 3,
       (ARRAY['fajr', 'morning', 'evening'])[1 + (s - 1) % 3],
       'Hifz A',
       'Ustad Abdur Rahim'
FROM generate_series(1, 30) AS s;

INSERT INTO attendance_attendancerecord (id, session_id, student_id, present, late_minutes, remark)
SELECT i, 1 + i % 30, i, i % 9 <> 0, CASE WHEN i % 13 = 0 THEN 5 + i % 20 ELSE 0 END,
       CASE WHEN i % 9 = 0 THEN 'sick leave' ELSE '' END
FROM generate_series(1, :students) AS i;

INSERT INTO guardians_guardian (id, member_id, name, relation, phone, occupation, is_primary)
SELECT s.id, s.id, s.father_name, 'father', '+88018' || lpad(s.id::text, 8, '0'), 'farmer', true
FROM constituents_bmparliamentmember AS s
UNION ALL
SELECT :students + i / 10, i, 'Guardian of student ' || i, 'uncle', '+88019' || lpad(i::text, 8, '0'), 'shopkeeper', false
FROM generate_series(10, :students, 10) AS i;

INSERT INTO guardians_emergencycontact (id, member_id, name, phone, address)
SELECT i / 4, i, 'Neighbour of ' || i, '+88016' || lpad(i::text, 8, '0'), 'House ' || (i % 200) || ', Mirpur, Dhaka'
FROM generate_series(4, :students, 4) AS i;

INSERT INTO courses_course (id, code, title, teacher)
VALUES (1, 'QRN-101', 'Nazera Quran', 'Ustad Abdur Rahim'),
       (2, 'QRN-201', 'Hifz (memorisation)', 'Hafez Mahbub'),
       (3, 'TJW-101', 'Tajweed', 'Qari Sirajul Islam'),
       (4, 'ARB-101', 'Arabic grammar (Nahw)', 'Maulana Yusuf'),
       (5, 'ARB-102', 'Arabic morphology (Sarf)', 'Maulana Yusuf'),
       (6, 'FQH-101', 'Fiqh of worship', 'Mufti Kamal'),
       (7, 'HDS-101', 'Hadith studies', 'Maulana Idris'),
       (8, 'SRH-101', 'Seerah', 'Maulana Idris'),
       (9, 'BNG-101', 'Bangla', 'Mr Shahidul'),
       (10, 'ENG-101', 'English', 'Ms Farzana'),
       (11, 'MTH-101', 'Mathematics', 'Mr Harun'),
       (12, 'ICT-101', 'Computer basics', 'Mr Harun');

INSERT INTO courses_enrollment (id, course_id, student_id, enrolled_on, final_grade)
SELECT i, 1 + i % 12, i, date '2015-01-01' + (i * 7 % 3650),
       CASE WHEN i % 20 BETWEEN 16 AND 18 THEN (ARRAY['A+', 'A', 'B'])[1 + i % 3] ELSE '' END
FROM generate_series(1, :students) AS i;

INSERT INTO courses_course_students (id, course_id, bmparliamentmember_id)
SELECT i / 10, 1 + (i + 5) % 12, i FROM generate_series(10, :students, 10) AS i;

INSERT INTO fees_invoice (id, created_at, number, period, amount, due_on, status, student_id)
SELECT i, timestamptz '2024-01-01 00:00:00+00', 'INV-2024-01-' || lpad(i::text, 7, '0'), date '2024-01-01',
       1500.00 - (i % 4) * 125.00, date '2024-01-10',
       CASE WHEN i % 3 = 0 THEN 'paid' WHEN i % 97 = 0 THEN 'void' ELSE 'open' END,
       i
FROM generate_series(1, :students) AS i;

INSERT INTO fees_payment (id, created_at, amount, paid_on, method, reference, invoice_id, student_id)
SELECT i / 3, timestamptz '2024-01-05 00:00:00+00' + (i % 5) * interval '1 day', 1500.00 - (i % 4) * 125.00,
       date '2024-01-05' + i % 5, (ARRAY['cash', 'bkash', 'bank'])[1 + (i / 3) % 3],
       'TRX' || lpad(i::text, 9, '0'), i, i
FROM generate_series(3, :students, 3) AS i;

INSERT INTO fees_feewaiver (id, percent, reason, valid_from, approved_by_id, beneficiary_id)
SELECT i / 25, CASE WHEN i % 50 = 0 THEN 100.00 ELSE 50.00 END,
       CASE WHEN i % 50 = 0 THEN 'Orphan support' ELSE 'Sibling discount' END,
       date '2024-01-01', NULL, i
FROM generate_series(25, :students, 25) AS i;

INSERT INTO alumni_graduate (bmparliamentmember_ptr_id, graduated_on, sanad_number, final_result, current_occupation)
SELECT i, date '2015-01-01' + (i * 7 % 3650) + 1460, 'SND-' || lpad(i::text, 8, '0'),
       (ARRAY['Mumtaz', 'Jayyid Jiddan', 'Jayyid'])[1 + i % 3],
       (ARRAY['Imam', 'Teacher', 'Student (university)', ''])[1 + i % 4]
FROM generate_series(1, :students) AS i
WHERE i % 20 BETWEEN 16 AND 18;

INSERT INTO notes_note (id, object_id, body, pinned, created_at, author_id, content_type_id)
SELECT i / 10, i, 'Parent meeting held; progress discussed (student ' || i || ').', i % 30 = 0,
       timestamptz '2024-02-01 08:00:00+00' + (i % 1000) * interval '1 minute', NULL, ct.id
FROM generate_series(10, :students, 10) AS i
CROSS JOIN (SELECT id FROM django_content_type
            WHERE app_label = 'constituents' AND model = 'bmparliamentmember') AS ct;

INSERT INTO welfare_aid_aidapplication (id, amount_requested, reason, status, submitted_on, applicant_id)
SELECT i / 20, 2000.00 + (i % 7) * 500.00, 'Books and winter clothes',
       (ARRAY['approved', 'submitted', 'rejected'])[1 + (i / 20) % 3], date '2024-01-15' + i % 30, i
FROM generate_series(20, :students, 20) AS i;

INSERT INTO welfare_aid_aiddisbursement (id, amount, disbursed_on, application_id, recipient_id)
SELECT i / 60, 2000.00 + (i % 7) * 500.00, date '2024-02-15' + i % 10, i / 20,
       'MDR-' || (2015 + (i * 7 % 3650) / 365) || '-' || lpad(i::text, 7, '0')
FROM generate_series(60, :students, 60) AS i;

INSERT INTO welfare_aid_householdsurvey (id, household_size, monthly_income, surveyed_on, student_id)
SELECT i / 8, 3 + i % 6, 8000.00 + (i % 12) * 1000.00, date '2023-11-01' + i % 60, i
FROM generate_series(8, :students, 8) AS i;

INSERT INTO welfare_aid_sponsorship (id, sponsor_name, monthly_amount, started_on, ended_on, student_id)
SELECT i / 15, (ARRAY['Al-Falah Trust', 'Rahman Family', 'Green Crescent', 'Anonymous'])[1 + i % 4],
       1000.00 + (i % 3) * 250.00, date '2023-01-01' + i % 365,
       CASE WHEN i % 45 = 0 THEN date '2024-01-01' + i % 365 END, i
FROM generate_series(15, :students, 15) AS i;

INSERT INTO hostel_rooms (id, number, floor, capacity, prefect_id)
SELECT r, 'R' || lpad(r::text, 5, '0'), (r - 1) / 25 % 5, 4, 20 * r - 15
FROM generate_series(1, (:students / 5 + 3) / 4) AS r;

INSERT INTO hostel_bedallocation (id, room_id, resident_id, bed, allocated_on, vacated_on)
SELECT i / 5, (i / 5 - 1) / 4 + 1, i, (i / 5 - 1) % 4 + 1, date '2015-01-01' + (i * 7 % 3650), NULL
FROM generate_series(5, :students, 5) AS i;

-- Ids were explicit: move every sequence past them so Django can insert afterwards.
SELECT setval(pg_get_serial_sequence('constituents_constituency', 'id'), (SELECT COALESCE(MAX(id), 0) + 1 FROM constituents_constituency), false);
SELECT setval(pg_get_serial_sequence('constituents_tag', 'id'), (SELECT COALESCE(MAX(id), 0) + 1 FROM constituents_tag), false);
SELECT setval(pg_get_serial_sequence('constituents_bmparliamentmember', 'id'), (SELECT COALESCE(MAX(id), 0) + 1 FROM constituents_bmparliamentmember), false);
SELECT setval(pg_get_serial_sequence('constituents_bmparliamentmember_tags', 'id'), (SELECT COALESCE(MAX(id), 0) + 1 FROM constituents_bmparliamentmember_tags), false);
SELECT setval(pg_get_serial_sequence('attendance_attendancesession', 'id'), (SELECT COALESCE(MAX(id), 0) + 1 FROM attendance_attendancesession), false);
SELECT setval(pg_get_serial_sequence('attendance_attendancerecord', 'id'), (SELECT COALESCE(MAX(id), 0) + 1 FROM attendance_attendancerecord), false);
SELECT setval(pg_get_serial_sequence('guardians_guardian', 'id'), (SELECT COALESCE(MAX(id), 0) + 1 FROM guardians_guardian), false);
SELECT setval(pg_get_serial_sequence('guardians_emergencycontact', 'id'), (SELECT COALESCE(MAX(id), 0) + 1 FROM guardians_emergencycontact), false);
SELECT setval(pg_get_serial_sequence('courses_course', 'id'), (SELECT COALESCE(MAX(id), 0) + 1 FROM courses_course), false);
SELECT setval(pg_get_serial_sequence('courses_enrollment', 'id'), (SELECT COALESCE(MAX(id), 0) + 1 FROM courses_enrollment), false);
SELECT setval(pg_get_serial_sequence('courses_course_students', 'id'), (SELECT COALESCE(MAX(id), 0) + 1 FROM courses_course_students), false);
SELECT setval(pg_get_serial_sequence('fees_invoice', 'id'), (SELECT COALESCE(MAX(id), 0) + 1 FROM fees_invoice), false);
SELECT setval(pg_get_serial_sequence('fees_payment', 'id'), (SELECT COALESCE(MAX(id), 0) + 1 FROM fees_payment), false);
SELECT setval(pg_get_serial_sequence('fees_feewaiver', 'id'), (SELECT COALESCE(MAX(id), 0) + 1 FROM fees_feewaiver), false);
SELECT setval(pg_get_serial_sequence('notes_note', 'id'), (SELECT COALESCE(MAX(id), 0) + 1 FROM notes_note), false);
SELECT setval(pg_get_serial_sequence('welfare_aid_aidapplication', 'id'), (SELECT COALESCE(MAX(id), 0) + 1 FROM welfare_aid_aidapplication), false);
SELECT setval(pg_get_serial_sequence('welfare_aid_aiddisbursement', 'id'), (SELECT COALESCE(MAX(id), 0) + 1 FROM welfare_aid_aiddisbursement), false);
SELECT setval(pg_get_serial_sequence('welfare_aid_householdsurvey', 'id'), (SELECT COALESCE(MAX(id), 0) + 1 FROM welfare_aid_householdsurvey), false);
SELECT setval(pg_get_serial_sequence('welfare_aid_sponsorship', 'id'), (SELECT COALESCE(MAX(id), 0) + 1 FROM welfare_aid_sponsorship), false);
SELECT setval(pg_get_serial_sequence('hostel_rooms', 'id'), (SELECT COALESCE(MAX(id), 0) + 1 FROM hostel_rooms), false);
SELECT setval(pg_get_serial_sequence('hostel_bedallocation', 'id'), (SELECT COALESCE(MAX(id), 0) + 1 FROM hostel_bedallocation), false);
