-- Demo data for the madaris schema (SQLite); the same rows as demo-data-postgres.sql.
-- :students is the number of students; every statement is deterministic in it.
-- Ids are explicit (AUTOINCREMENT tables move sqlite_sequence past them by themselves).
-- Statements end with a semicolon at the end of a line.

WITH RECURSIVE k(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM k WHERE k < 64),
d(n, district) AS (VALUES (0, 'Dhaka'), (1, 'Chattogram'), (2, 'Sylhet'), (3, 'Rajshahi'),
                          (4, 'Khulna'), (5, 'Barishal'), (6, 'Rangpur'), (7, 'Mymensingh'))
INSERT INTO constituents_constituency (id, code, name, district, representative_id)
SELECT k, 'C-' || printf('%03d', k), d.district || '-' || (1 + (k - 1) / 8), d.district, NULL
FROM k JOIN d ON d.n = (k - 1) % 8
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
VALUES (1, '!', '2024-03-01 07:30:00', 1, 'admin', 'Site', 'Administrator', 'admin@madaris.example', 1, 1, '2015-01-01 00:00:00'),
       (2, '!', '2024-03-01 08:05:00', 0, 'office.clerk', 'Rokeya', 'Sultana', 'office@madaris.example', 1, 1, '2016-02-01 09:00:00'),
       (3, '!', '2024-03-01 06:45:00', 0, 'ustad.rahim', 'Abdur', 'Rahim', 'rahim@madaris.example', 1, 1, '2015-06-01 09:00:00'),
       (4, '!', '2024-02-28 10:00:00', 0, 'principal', 'Mufti', 'Kamal', 'principal@madaris.example', 1, 1, '2015-01-01 09:00:00'),
       (5, '!', '2024-02-29 11:15:00', 0, 'accountant', 'Harun', 'Rashid', 'accounts@madaris.example', 1, 1, '2018-09-01 09:00:00'),
       (6, '!', NULL, 0, 'former.teacher', 'Yusuf', 'Ali', 'yusuf@madaris.example', 0, 0, '2017-03-01 09:00:00');

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

WITH RECURSIVE seq(i) AS (SELECT 1 WHERE 1 <= :students UNION ALL SELECT i + 1 FROM seq WHERE i < :students),
f(n, given) AS (VALUES (0, 'Abdullah'), (1, 'Fatema'), (2, 'Mahmudul'), (3, 'Nusrat'), (4, 'Tanvir'), (5, 'Ayesha'),
                       (6, 'Rafiq'), (7, 'Sumaiya'), (8, 'Imran'), (9, 'Khadija'), (10, 'Jubayer'), (11, 'Maryam'),
                       (12, 'Sakib'), (13, 'Tasnim'), (14, 'Hasan'), (15, 'Ruqayya')),
m(n, given) AS (VALUES (0, 'Abdul Karim'), (1, 'Shamsul Haque'), (2, 'Nazrul Islam'), (3, 'Jahangir Alam'),
                       (4, 'Rafiqul Islam'), (5, 'Abul Kashem'), (6, 'Motiur Rahman'), (7, 'Anwar Hossain')),
l(n, family) AS (VALUES (0, 'Ahmed'), (1, 'Hossain'), (2, 'Rahman'), (3, 'Islam'), (4, 'Khan'), (5, 'Chowdhury'),
                        (6, 'Uddin'), (7, 'Miah'), (8, 'Sarkar'), (9, 'Talukder'), (10, 'Bhuiyan'), (11, 'Mollah'),
                        (12, 'Sheikh'), (13, 'Akter'), (14, 'Begum'), (15, 'Haque'))
INSERT INTO constituents_bmparliamentmember
       (id, name, father_name, date_of_birth, gender, phone, email, admission_number, status,
        enrolled_on, created_at, updated_at, constituency_id, fee_concession, mentor_id)
SELECT i,
       f.given || ' ' || l.family,
       m.given || ' ' || l.family,
       CASE WHEN i % 17 = 0 THEN NULL
            ELSE date('2015-01-01', (i * 7 % 3650 - max(1825, i * 7 % 3650 - 1463) - i * 37 % 2000) || ' days') END,
       CASE WHEN i % 2 = 0 THEN 'M' ELSE 'F' END,
       CASE WHEN i % 11 = 0 THEN '' ELSE '+88017' || printf('%08d', i) END,
       'student' || i || '@madaris.example',
       'MDR-' || (2015 + (i * 7 % 3650) / 365) || '-' || printf('%07d', i),
       CASE WHEN i % 20 < 14 THEN 'active'
            WHEN i % 20 < 16 THEN 'inactive'
            WHEN i % 20 < 19 THEN 'graduated'
            ELSE 'transferred' END,
       date('2015-01-01', '+' || (i * 7 % 3650) || ' days'),
       datetime('2015-01-01 03:00:00', '+' || (i * 7 % 3650) || ' days', '+' || (i % 3600) || ' seconds'),
       datetime('2015-01-01 03:00:00', '+' || (i * 7 % 3650 + i % 400) || ' days', '+' || (i % 3600) || ' seconds'),
       CASE WHEN i % 50 = 0 THEN NULL ELSE 1 + i % 64 END,
       (i % 4) * 125.00,
       CASE WHEN i % 10 = 0 AND i > 100 THEN i - 100 END
FROM seq
JOIN f ON f.n = i % 16
JOIN m ON m.n = (i / 7) % 8
JOIN l ON l.n = (i / 16) % 16
ORDER BY i;

UPDATE constituents_constituency SET representative_id = id * 3 WHERE id * 3 <= :students;

WITH RECURSIVE seq(i) AS (SELECT 1 WHERE 1 <= :students UNION ALL SELECT i + 1 FROM seq WHERE i < :students)
INSERT INTO constituents_bmparliamentmember_tags (id, bmparliamentmember_id, tag_id)
SELECT i, i, 1 + i % 8 FROM seq
UNION ALL
SELECT :students + i / 5, i, 1 + (i + 3) % 8 FROM seq WHERE i % 5 = 0;

WITH RECURSIVE s(s) AS (SELECT 1 UNION ALL SELECT s + 1 FROM s WHERE s < 30)
INSERT INTO attendance_attendancesession (id, date, period, class_name, taken_by)
SELECT s,
       date('2024-01-06', '+' || ((s - 1) / 3) || ' days'),
       CASE (s - 1) % 3 WHEN 0 THEN 'fajr' WHEN 1 THEN 'morning' ELSE 'evening' END,
       'Hifz A',
       'Ustad Abdur Rahim'
FROM s;

WITH RECURSIVE seq(i) AS (SELECT 1 WHERE 1 <= :students UNION ALL SELECT i + 1 FROM seq WHERE i < :students)
INSERT INTO attendance_attendancerecord (id, session_id, student_id, present, late_minutes, remark)
SELECT i, 1 + i % 30, i, i % 9 <> 0, CASE WHEN i % 13 = 0 THEN 5 + i % 20 ELSE 0 END,
       CASE WHEN i % 9 = 0 THEN 'sick leave' ELSE '' END
FROM seq;

WITH RECURSIVE seq(i) AS (SELECT 10 WHERE 10 <= :students UNION ALL SELECT i + 10 FROM seq WHERE i + 10 <= :students)
INSERT INTO guardians_guardian (id, member_id, name, relation, phone, occupation, is_primary)
SELECT s.id, s.id, s.father_name, 'father', '+88018' || printf('%08d', s.id), 'farmer', 1
FROM constituents_bmparliamentmember AS s
UNION ALL
SELECT :students + i / 10, i, 'Guardian of student ' || i, 'uncle', '+88019' || printf('%08d', i), 'shopkeeper', 0
FROM seq;

WITH RECURSIVE seq(i) AS (SELECT 4 WHERE 4 <= :students UNION ALL SELECT i + 4 FROM seq WHERE i + 4 <= :students)
INSERT INTO guardians_emergencycontact (id, member_id, name, phone, address)
SELECT i / 4, i, 'Neighbour of ' || i, '+88016' || printf('%08d', i), 'House ' || (i % 200) || ', Mirpur, Dhaka'
FROM seq;

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

WITH RECURSIVE seq(i) AS (SELECT 1 WHERE 1 <= :students UNION ALL SELECT i + 1 FROM seq WHERE i < :students)
INSERT INTO courses_enrollment (id, course_id, student_id, enrolled_on, final_grade)
SELECT i, 1 + i % 12, i, date('2015-01-01', '+' || (i * 7 % 3650) || ' days'),
       CASE WHEN i % 20 BETWEEN 16 AND 18 THEN CASE i % 3 WHEN 0 THEN 'A+' WHEN 1 THEN 'A' ELSE 'B' END ELSE '' END
FROM seq;

WITH RECURSIVE seq(i) AS (SELECT 10 WHERE 10 <= :students UNION ALL SELECT i + 10 FROM seq WHERE i + 10 <= :students)
INSERT INTO courses_course_students (id, course_id, bmparliamentmember_id)
SELECT i / 10, 1 + (i + 5) % 12, i FROM seq;

WITH RECURSIVE seq(i) AS (SELECT 1 WHERE 1 <= :students UNION ALL SELECT i + 1 FROM seq WHERE i < :students)
INSERT INTO fees_invoice (id, created_at, number, period, amount, due_on, status, student_id)
SELECT i, '2024-01-01 00:00:00', 'INV-2024-01-' || printf('%07d', i), '2024-01-01',
       1500.00 - (i % 4) * 125.00, '2024-01-10',
       CASE WHEN i % 3 = 0 THEN 'paid' WHEN i % 97 = 0 THEN 'void' ELSE 'open' END,
       i
FROM seq;

WITH RECURSIVE seq(i) AS (SELECT 3 WHERE 3 <= :students UNION ALL SELECT i + 3 FROM seq WHERE i + 3 <= :students)
INSERT INTO fees_payment (id, created_at, amount, paid_on, method, reference, invoice_id, student_id)
SELECT i / 3, datetime('2024-01-05 00:00:00', '+' || (i % 5) || ' days'), 1500.00 - (i % 4) * 125.00,
       date('2024-01-05', '+' || (i % 5) || ' days'),
       CASE (i / 3) % 3 WHEN 0 THEN 'cash' WHEN 1 THEN 'bkash' ELSE 'bank' END,
       'TRX' || printf('%09d', i), i, i
FROM seq;

WITH RECURSIVE seq(i) AS (SELECT 25 WHERE 25 <= :students UNION ALL SELECT i + 25 FROM seq WHERE i + 25 <= :students)
INSERT INTO fees_feewaiver (id, percent, reason, valid_from, approved_by_id, beneficiary_id)
SELECT i / 25, CASE WHEN i % 50 = 0 THEN 100.00 ELSE 50.00 END,
       CASE WHEN i % 50 = 0 THEN 'Orphan support' ELSE 'Sibling discount' END,
       '2024-01-01', CASE WHEN i % 50 = 0 THEN 4 END, i
FROM seq;

WITH RECURSIVE seq(i) AS (SELECT 1 WHERE 1 <= :students UNION ALL SELECT i + 1 FROM seq WHERE i < :students)
INSERT INTO alumni_graduate (bmparliamentmember_ptr_id, graduated_on, sanad_number, final_result, current_occupation)
SELECT i, date('2015-01-01', '+' || (i * 7 % 3650 + 1460) || ' days'), 'SND-' || printf('%08d', i),
       CASE i % 3 WHEN 0 THEN 'Mumtaz' WHEN 1 THEN 'Jayyid Jiddan' ELSE 'Jayyid' END,
       CASE i % 4 WHEN 0 THEN 'Imam' WHEN 1 THEN 'Teacher' WHEN 2 THEN 'Student (university)' ELSE '' END
FROM seq
WHERE i % 20 BETWEEN 16 AND 18;

WITH RECURSIVE seq(i) AS (SELECT 10 WHERE 10 <= :students UNION ALL SELECT i + 10 FROM seq WHERE i + 10 <= :students)
INSERT INTO notes_note (id, object_id, body, pinned, created_at, author_id, content_type_id)
SELECT i / 10, i, 'Parent meeting held; progress discussed (student ' || i || ').', i % 30 = 0,
       datetime('2024-02-01 08:00:00', '+' || (i % 1000) || ' minutes'),
       CASE WHEN i % 20 = 0 THEN 3 END, ct.id
FROM seq
CROSS JOIN (SELECT id FROM django_content_type
            WHERE app_label = 'constituents' AND model = 'bmparliamentmember') AS ct;

WITH RECURSIVE seq(i) AS (SELECT 20 WHERE 20 <= :students UNION ALL SELECT i + 20 FROM seq WHERE i + 20 <= :students)
INSERT INTO welfare_aid_aidapplication (id, amount_requested, reason, status, submitted_on, applicant_id)
SELECT i / 20, 2000.00 + (i % 7) * 500.00, 'Books and winter clothes',
       CASE (i / 20) % 3 WHEN 0 THEN 'approved' WHEN 1 THEN 'submitted' ELSE 'rejected' END,
       date('2024-01-15', '+' || (i % 30) || ' days'), i
FROM seq;

WITH RECURSIVE seq(i) AS (SELECT 60 WHERE 60 <= :students UNION ALL SELECT i + 60 FROM seq WHERE i + 60 <= :students)
INSERT INTO welfare_aid_aiddisbursement (id, amount, disbursed_on, application_id, recipient_id)
SELECT i / 60, 2000.00 + (i % 7) * 500.00, date('2024-02-15', '+' || (i % 10) || ' days'), i / 20,
       'MDR-' || (2015 + (i * 7 % 3650) / 365) || '-' || printf('%07d', i)
FROM seq;

WITH RECURSIVE seq(i) AS (SELECT 8 WHERE 8 <= :students UNION ALL SELECT i + 8 FROM seq WHERE i + 8 <= :students)
INSERT INTO welfare_aid_householdsurvey (id, household_size, monthly_income, surveyed_on, student_id)
SELECT i / 8, 3 + i % 6, 8000.00 + (i % 12) * 1000.00, date('2023-11-01', '+' || (i % 60) || ' days'), i
FROM seq;

WITH RECURSIVE seq(i) AS (SELECT 15 WHERE 15 <= :students UNION ALL SELECT i + 15 FROM seq WHERE i + 15 <= :students)
INSERT INTO welfare_aid_sponsorship (id, sponsor_name, monthly_amount, started_on, ended_on, student_id)
SELECT i / 15,
       CASE i % 4 WHEN 0 THEN 'Al-Falah Trust' WHEN 1 THEN 'Rahman Family' WHEN 2 THEN 'Green Crescent' ELSE 'Anonymous' END,
       1000.00 + (i % 3) * 250.00, date('2023-01-01', '+' || (i % 365) || ' days'),
       CASE WHEN i % 45 = 0 THEN date('2024-01-01', '+' || (i % 365) || ' days') END, i
FROM seq;

WITH RECURSIVE r(r) AS (SELECT 1 UNION ALL SELECT r + 1 FROM r WHERE r < (:students / 5 + 3) / 4)
INSERT INTO hostel_rooms (id, number, floor, capacity, prefect_id)
SELECT r, 'R' || printf('%05d', r), (r - 1) / 25 % 5, 4, 20 * r - 15
FROM r
WHERE :students >= 5;

WITH RECURSIVE seq(i) AS (SELECT 5 WHERE 5 <= :students UNION ALL SELECT i + 5 FROM seq WHERE i + 5 <= :students)
INSERT INTO hostel_bedallocation (id, room_id, resident_id, bed, allocated_on, vacated_on)
SELECT i / 5, (i / 5 - 1) / 4 + 1, i, (i / 5 - 1) % 4 + 1, date('2015-01-01', '+' || (i * 7 % 3650) || ' days'), NULL
FROM seq;

-- Students deleted through the admin: their ids (after the last student) are gone from the table,
-- their archive copies and the admin log still carry them, and the id sequence stays past them.
WITH RECURSIVE k(k) AS (SELECT 1 WHERE 1 <= :students / 200 UNION ALL SELECT k + 1 FROM k WHERE k < :students / 200)
INSERT INTO constituents_bmparliamentmemberarchive (id, original_id, name, admission_number, archived_at, reason)
SELECT k, :students + k, 'Former student ' || (:students + k), 'MDR-2014-' || printf('%07d', :students + k),
       datetime('2024-03-01 10:00:00', '+' || k || ' minutes'), 'Left the madrasah; record deleted'
FROM k;

UPDATE sqlite_sequence
SET seq = max(seq, (SELECT COALESCE(MAX(original_id), 0) FROM constituents_bmparliamentmemberarchive))
WHERE name = 'constituents_bmparliamentmember';

-- Admin history of the student model: additions (every 50th student), changes (every 100th) and
-- deletions (the archived students), all with the student content type and object_id as text.
WITH ct(id) AS (SELECT id FROM django_content_type WHERE app_label = 'constituents' AND model = 'bmparliamentmember')
INSERT INTO django_admin_log (id, action_time, object_id, object_repr, change_message, content_type_id, user_id, action_flag)
SELECT s.id / 50, datetime('2024-03-01 09:00:00', '+' || (s.id % 1440) || ' minutes'), CAST(s.id AS TEXT),
       s.name || ' (' || s.admission_number || ')', '[{"added": {}}]', ct.id, 1 + (s.id / 50) % 4, 1
FROM constituents_bmparliamentmember AS s CROSS JOIN ct
WHERE s.id % 50 = 0
UNION ALL
SELECT :students / 50 + s.id / 100, datetime('2024-03-02 09:00:00', '+' || (s.id % 1440) || ' minutes'), CAST(s.id AS TEXT),
       s.name || ' (' || s.admission_number || ')', '[{"changed": {"fields": ["Phone", "Status"]}}]', ct.id,
       1 + (s.id / 100) % 4, 2
FROM constituents_bmparliamentmember AS s CROSS JOIN ct
WHERE s.id % 100 = 0
UNION ALL
SELECT :students / 50 + :students / 100 + a.id, datetime('2024-03-01 10:00:00', '+' || a.id || ' minutes'),
       CAST(a.original_id AS TEXT), a.name || ' (' || a.admission_number || ')', '', ct.id, 4, 3
FROM constituents_bmparliamentmemberarchive AS a CROSS JOIN ct
ORDER BY 1;
