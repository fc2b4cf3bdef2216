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

-- Django auth: fixed staff accounts with unusable passwords ('!'), groups, and grants that use the
-- student model's permissions (found by content type and codename, never by id) and others.
INSERT INTO auth_group (id, name)
VALUES (1, 'Teachers'), (2, 'Office'), (3, 'Principal');

INSERT INTO auth_user (id, password, last_login, is_superuser, username, first_name, last_name, email,
                       is_staff, is_active, date_joined)
VALUES (1, '!', timestamptz '2024-03-01 07:30:00+00', true, 'admin', 'Site', 'Administrator', 'admin@madaris.example', true, true, timestamptz '2015-01-01 00:00:00+00'),
       (2, '!', timestamptz '2024-03-01 08:05:00+00', false, 'office.clerk', 'Rokeya', 'Sultana', 'office@madaris.example', true, true, timestamptz '2016-02-01 09:00:00+00'),
       (3, '!', timestamptz '2024-03-01 06:45:00+00', false, 'ustad.rahim', 'Abdur', 'Rahim', 'rahim@madaris.example', true, true, timestamptz '2015-06-01 09:00:00+00'),
       (4, '!', timestamptz '2024-02-28 10:00:00+00', false, 'principal', 'Mufti', 'Kamal', 'principal@madaris.example', true, true, timestamptz '2015-01-01 09:00:00+00'),
       (5, '!', timestamptz '2024-02-29 11:15:00+00', false, 'accountant', 'Harun', 'Rashid', 'accounts@madaris.example', true, true, timestamptz '2018-09-01 09:00:00+00'),
       (6, '!', NULL, false, 'former.teacher', 'Yusuf', 'Ali', 'yusuf@madaris.example', false, false, timestamptz '2017-03-01 09:00:00+00');

INSERT INTO auth_user_groups (id, user_id, group_id)
VALUES (1, 2, 2), (2, 3, 1), (3, 4, 3), (4, 4, 1), (5, 6, 1);

WITH g(group_id, app_label, model, codename) AS (VALUES
       (1, 'constituents', 'bmparliamentmember', 'view_bmparliamentmember'),
       (1, 'constituents', 'bmparliamentmember', 'change_bmparliamentmember'),
       (1, 'attendance', 'attendancerecord', 'add_attendancerecord'),
       (1, 'attendance', 'attendancerecord', 'change_attendancerecord'),
       (1, 'attendance', 'attendancerecord', 'view_attendancerecord'),
       (1, 'attendance', 'attendancesession', 'view_attendancesession'),
       (1, 'notes', 'note', 'add_note'),
       (1, 'notes', 'note', 'view_note'),
       (2, 'constituents', 'bmparliamentmember', 'add_bmparliamentmember'),
       (2, 'constituents', 'bmparliamentmember', 'change_bmparliamentmember'),
       (2, 'constituents', 'bmparliamentmember', 'view_bmparliamentmember'),
       (2, 'guardians', 'guardian', 'add_guardian'),
       (2, 'guardians', 'guardian', 'change_guardian'),
       (2, 'guardians', 'guardian', 'view_guardian'),
       (2, 'fees', 'invoice', 'add_invoice'),
       (2, 'fees', 'invoice', 'change_invoice'),
       (2, 'fees', 'invoice', 'view_invoice'),
       (2, 'fees', 'payment', 'add_payment'),
       (2, 'fees', 'payment', 'view_payment'),
       (3, 'constituents', 'bmparliamentmember', 'add_bmparliamentmember'),
       (3, 'constituents', 'bmparliamentmember', 'change_bmparliamentmember'),
       (3, 'constituents', 'bmparliamentmember', 'delete_bmparliamentmember'),
       (3, 'constituents', 'bmparliamentmember', 'view_bmparliamentmember'),
       (3, 'constituents', 'activestudent', 'change_activestudent'),
       (3, 'constituents', 'activestudent', 'view_activestudent'),
       (3, 'fees', 'feewaiver', 'add_feewaiver'),
       (3, 'fees', 'feewaiver', 'change_feewaiver'),
       (3, 'fees', 'feewaiver', 'view_feewaiver'),
       (3, 'alumni', 'graduate', 'change_graduate'),
       (3, 'alumni', 'graduate', 'view_graduate'))
INSERT INTO auth_group_permissions (id, group_id, permission_id)
SELECT row_number() OVER (ORDER BY g.group_id, g.app_label, g.model, g.codename), g.group_id, p.id
FROM g
JOIN django_content_type ct ON ct.app_label = g.app_label AND ct.model = g.model
JOIN auth_permission p ON p.content_type_id = ct.id AND p.codename = g.codename
ORDER BY 1;

WITH u(user_id, app_label, model, codename) AS (VALUES
       (2, 'constituents', 'bmparliamentmember', 'delete_bmparliamentmember'),
       (5, 'constituents', 'bmparliamentmember', 'view_bmparliamentmember'),
       (5, 'fees', 'invoice', 'change_invoice'),
       (5, 'fees', 'invoice', 'view_invoice'),
       (5, 'fees', 'payment', 'add_payment'),
       (5, 'fees', 'payment', 'change_payment'),
       (5, 'fees', 'payment', 'view_payment'),
       (5, 'fees', 'feewaiver', 'view_feewaiver'),
       (6, 'constituents', 'bmparliamentmember', 'change_bmparliamentmember'),
       (6, 'constituents', 'bmparliamentmember', 'view_bmparliamentmember'))
INSERT INTO auth_user_user_permissions (id, user_id, permission_id)
SELECT row_number() OVER (ORDER BY u.user_id, u.app_label, u.model, u.codename), u.user_id, p.id
FROM u
JOIN django_content_type ct ON ct.app_label = u.app_label AND ct.model = u.model
JOIN auth_permission p ON p.content_type_id = ct.id AND p.codename = u.codename
ORDER BY 1;

INSERT INTO constituents_bmparliamentmember
       (id, name, father_name, date_of_birth, gender, phone, email, admission_number, status,
        enrolled_on, created_at, updated_at, constituency_id, fee_concession, mentor_id)
SELECT i,
       f.given || ' ' || l.family,
       m.given || ' ' || l.family,
       CASE WHEN i % 17 = 0 THEN NULL
            ELSE date '2015-01-01' + (i * 7 % 3650 - greatest(1825, i * 7 % 3650 - 1463) - i * 37 % 2000) END,
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
       date '2024-01-01', CASE WHEN i % 50 = 0 THEN 4 END, i
FROM generate_series(25, :students, 25) AS i;

INSERT INTO alumni_graduate (bmparliamentmember_ptr_id, graduated_on, sanad_number, final_result, current_occupation)
SELECT i, date '2015-01-01' + (i * 7 % 3650) + 1460, 'SND-' || lpad(i::text, 8, '0'),
       (ARRAY['Mumtaz', 'Jayyid Jiddan', 'Jayyid'])[1 + i % 3],
       (ARRAY['Imam', 'Teacher', 'Student (university)', ''])[1 + i % 4]
FROM generate_series(1, :students) AS i
WHERE i % 20 BETWEEN 16 AND 18;

INSERT INTO notes_note (id, object_id, body, pinned, created_at, author_id, content_type_id)
SELECT i / 10, i, 'Parent meeting held; progress discussed (student ' || i || ').', i % 30 = 0,
       timestamptz '2024-02-01 08:00:00+00' + (i % 1000) * interval '1 minute',
       CASE WHEN i % 20 = 0 THEN 3 END, ct.id
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

-- Students deleted through the admin: their ids (after the last student) are gone from the table,
-- their archive copies and the admin log still carry them, and the id sequence stays past them.
INSERT INTO constituents_bmparliamentmemberarchive (id, original_id, name, admission_number, archived_at, reason)
SELECT k, :students + k, 'Former student ' || (:students + k), 'MDR-2014-' || lpad((:students + k)::text, 7, '0'),
       timestamptz '2024-03-01 10:00:00+00' + k * interval '1 minute', 'Left the madrasah; record deleted'
FROM generate_series(1, :students / 200) AS k;

-- Admin history of the student model: additions (every 50th student), changes (every 100th) and
-- deletions (the archived students), all with the student content type and object_id as text.
WITH ct(id) AS (SELECT id FROM django_content_type WHERE app_label = 'constituents' AND model = 'bmparliamentmember')
INSERT INTO django_admin_log (id, action_time, object_id, object_repr, change_message, content_type_id, user_id, action_flag)
SELECT s.id / 50, timestamptz '2024-03-01 09:00:00+00' + (s.id % 1440) * interval '1 minute', s.id::text,
       s.name || ' (' || s.admission_number || ')', '[{"added": {}}]', ct.id, 1 + (s.id / 50) % 4, 1
FROM constituents_bmparliamentmember AS s CROSS JOIN ct
WHERE s.id % 50 = 0
UNION ALL
SELECT :students / 50 + s.id / 100, timestamptz '2024-03-02 09:00:00+00' + (s.id % 1440) * interval '1 minute', s.id::text,
       s.name || ' (' || s.admission_number || ')', '[{"changed": {"fields": ["Phone", "Status"]}}]', ct.id,
       1 + (s.id / 100) % 4, 2
FROM constituents_bmparliamentmember AS s CROSS JOIN ct
WHERE s.id % 100 = 0
UNION ALL
SELECT :students / 50 + :students / 100 + a.id, timestamptz '2024-03-01 10:00:00+00' + a.id * interval '1 minute',
       a.original_id::text, a.name || ' (' || a.admission_number || ')', '', ct.id, 4, 3
FROM constituents_bmparliamentmemberarchive AS a CROSS JOIN ct
ORDER BY 1;

-- Ids were explicit: move every sequence past them so Django can insert afterwards.
SELECT setval(pg_get_serial_sequence('constituents_constituency', 'id'), (SELECT COALESCE(MAX(id), 0) + 1 FROM constituents_constituency), false);
SELECT setval(pg_get_serial_sequence('constituents_tag', 'id'), (SELECT COALESCE(MAX(id), 0) + 1 FROM constituents_tag), false);
SELECT setval(pg_get_serial_sequence('constituents_bmparliamentmember', 'id'),
              (SELECT COALESCE(MAX(id), 0) + 1 FROM (SELECT id FROM constituents_bmparliamentmember
                                                    UNION ALL SELECT original_id FROM constituents_bmparliamentmemberarchive) AS ids), false);
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
SELECT setval(pg_get_serial_sequence('auth_group', 'id'), (SELECT COALESCE(MAX(id), 0) + 1 FROM auth_group), false);
SELECT setval(pg_get_serial_sequence('auth_user', 'id'), (SELECT COALESCE(MAX(id), 0) + 1 FROM auth_user), false);
SELECT setval(pg_get_serial_sequence('auth_user_groups', 'id'), (SELECT COALESCE(MAX(id), 0) + 1 FROM auth_user_groups), false);
SELECT setval(pg_get_serial_sequence('auth_group_permissions', 'id'), (SELECT COALESCE(MAX(id), 0) + 1 FROM auth_group_permissions), false);
SELECT setval(pg_get_serial_sequence('auth_user_user_permissions', 'id'), (SELECT COALESCE(MAX(id), 0) + 1 FROM auth_user_user_permissions), false);
SELECT setval(pg_get_serial_sequence('constituents_bmparliamentmemberarchive', 'id'), (SELECT COALESCE(MAX(id), 0) + 1 FROM constituents_bmparliamentmemberarchive), false);
SELECT setval(pg_get_serial_sequence('django_admin_log', 'id'), (SELECT COALESCE(MAX(id), 0) + 1 FROM django_admin_log), false);
