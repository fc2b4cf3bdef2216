ALTER DATABASE "migplan_test_databasemodelsit_d8c5957c" SET search_path = public, "Shop Data"
----8<----
ANALYZE
----8<----
COMMENT ON DATABASE "migplan_it_defaults_2b7956b8" IS 'migplan staging of migplan_test_stagedjangodefaultsit_141017a1 made 2026-11-25T21:26:48.394785445Z
fixture: /tmp/junit-11028115250142545119/b.json sha256=734bd6120782782e01eb4f0af33cd167ee5a111ab2bc6cfefd65b43a76264191 objects=3'
----8<----
COMMENT ON DATABASE "migplan_it_defaults_2b7956b8" IS 'migplan staging of migplan_test_stagedjangodefaultsit_141017a1 made 2026-11-25T21:26:48.394785445Z'
----8<----
COMMENT ON DATABASE "migplan_it_replaced_29d82657" IS 'migplan staging of migplan_test_stagecommandit_b2e03104 made 2026-11-25T21:25:26.818866396Z'
----8<----
COMMENT ON DATABASE "migplan_it_staging_a1eee069" IS 'migplan staging of migplan_test_stagecommandit_b2e03104 made 2026-11-25T21:25:28.462223043Z
fixture: /tmp/junit-17776633660836690853/school.json sha256=8bafc3e1e77e180ea3e1d81386729293925660bbbf1496a2c51176a796aea314 objects=98'
----8<----
COMMENT ON DATABASE "migplan_it_staging_a1eee069" IS 'migplan staging of migplan_test_stagecommandit_b2e03104 made 2026-11-25T21:25:28.462223043Z'
----8<----
COMMENT ON DATABASE "migplan_stage_record_212ee989" IS 'migplan staging of migplan_test_stagingfixturerecordit_8548437d made 2026-11-25T21:25:18.932960633Z
fixture: /tmp/junit-15701879306450265309/fixture.json sha256=8277cfa9f9077c705fbd4c9326c5135022e47e8e6c2a4db23737d13fd71b837f objects=488'
----8<----
COMMENT ON DATABASE "migplan_stage_record_212ee989" IS 'migplan staging of migplan_test_stagingfixturerecordit_8548437d made 2026-11-25T21:25:18.932960633Z'
----8<----
CREATE DATABASE "migplan_it_defaults_2b7956b8" TEMPLATE "migplan_test_stagedjangodefaultsit_141017a1"
----8<----
CREATE DATABASE "migplan_it_empty_0d82c171"
----8<----
CREATE DATABASE "migplan_it_empty_efae2fe0"
----8<----
CREATE DATABASE "migplan_it_loaded_3ee0af49"
----8<----
CREATE DATABASE "migplan_it_replaced_29d82657" TEMPLATE "migplan_test_stagecommandit_b2e03104"
----8<----
CREATE DATABASE "migplan_it_staging_a1eee069" TEMPLATE "migplan_test_stagecommandit_b2e03104"
----8<----
CREATE DATABASE "migplan_stage_record_212ee989" TEMPLATE "migplan_test_stagingfixturerecordit_8548437d"
----8<----
CREATE DATABASE "migplan_test_auditmapcommandit_d001ba0e"
----8<----
CREATE DATABASE "migplan_test_backupcommandsit_b885e437"
----8<----
CREATE DATABASE "migplan_test_databasemodelsit_d8c5957c"
----8<----
CREATE DATABASE "migplan_test_demodatageneratorpostgresit_4c4b4244"
----8<----
CREATE DATABASE "migplan_test_dialectit_0d990e1c"
----8<----
CREATE DATABASE "migplan_test_examplemigrateit_4f367be0"
----8<----
CREATE DATABASE "migplan_test_pendingdatabasesit_35ecfd8a"
----8<----
CREATE DATABASE "migplan_test_planexampleit_37569c70"
----8<----
CREATE DATABASE "migplan_test_planmigrationexampleit_e193ebb0"
----8<----
CREATE DATABASE "migplan_test_postgresbackuptoolit_a88766d5"
----8<----
CREATE DATABASE "migplan_test_postgresbackupverifierit_4dd2e72c"
----8<----
CREATE DATABASE "migplan_test_postgrescatalogit_b3d85589"
----8<----
CREATE DATABASE "migplan_test_postgresdatabasereaderit_8337f790"
----8<----
CREATE DATABASE "migplan_test_postgresdatetimefixtureit_4f7d7f3b"
----8<----
CREATE DATABASE "migplan_test_postgresinheritedtablesverifyit_640692a4"
----8<----
CREATE DATABASE "migplan_test_postgrestablechecksumsit_0d51a6e6"
----8<----
CREATE DATABASE "migplan_test_referencingtablesit_eeba93cb"
----8<----
CREATE DATABASE "migplan_test_simplehistoryrenameit_ed35d065"
----8<----
CREATE DATABASE "migplan_test_stagecommandit_b2e03104"
----8<----
CREATE DATABASE "migplan_test_stagedjangodefaultsit_141017a1"
----8<----
CREATE DATABASE "migplan_test_stagingfixturerecordit_8548437d"
----8<----
CREATE DATABASE migplan_pending_orphan_20362700795315
----8<----
CREATE DATABASE migplan_test_foreign_20362700795315
----8<----
CREATE SCHEMA "Odd Schema"
----8<----
CREATE SCHEMA "Other"; CREATE TABLE "Other"."constituents_bmparliamentmember" ("Odd ""name" integer PRIMARY KEY)
----8<----
CREATE SCHEMA office; CREATE TABLE office.letter (id integer PRIMARY KEY, student_id integer REFERENCES school_student)
----8<----
CREATE TABLE "Mixed ""Case" ("Select" int, "two words" text)
----8<----
CREATE TABLE "Odd Schema".t (a int)
----8<----
CREATE TABLE "angle<bracket>" (a int)
----8<----
CREATE TABLE "t_MixedCase" ("MixedCase" integer)
----8<----
CREATE TABLE "t_a""b" ("a""b" integer)
----8<----
CREATE TABLE "t_dotted.name" ("dotted.name" integer)
----8<----
CREATE TABLE "t_select" ("select" integer)
----8<----
CREATE TABLE "t_with space" ("with space" integer)
----8<----
CREATE TABLE "t_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" ("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" integer)
----8<----
CREATE TABLE "t_مدرسة" ("مدرسة" integer)
----8<----
CREATE TABLE IF NOT EXISTS ro_probe (id int)
----8<----
CREATE TABLE copy AS SELECT * FROM plain_rows ORDER BY id DESC
----8<----
CREATE TABLE loose_types (id int, doc json, spot point, x xml)
----8<----
CREATE TABLE plain_rows (id int PRIMARY KEY, name text, fee numeric(8,2), born date, tags text[], profile jsonb)
----8<----
CREATE TABLE school_mark (term int NOT NULL, score int) PARTITION BY RANGE (term)
----8<----
CREATE TABLE school_mark_1 PARTITION OF school_mark FOR VALUES FROM (1) TO (2)
----8<----
CREATE TABLE school_person (id int PRIMARY KEY, name text)
----8<----
CREATE TABLE school_teacher (subject text) INHERITS (school_person)
----8<----
DELETE FROM "Audit Log" WHERE message = 'later'
----8<----
DELETE FROM "Mixed ""Case"
----8<----
DROP DATABASE "migplan_it_empty_0d82c171" WITH (FORCE)
----8<----
DROP DATABASE "migplan_it_empty_efae2fe0" WITH (FORCE)
----8<----
DROP DATABASE "migplan_it_loaded_3ee0af49" WITH (FORCE)
----8<----
DROP DATABASE IF EXISTS "migplan_pending_orphan_20362700795315" WITH (FORCE)
----8<----
DROP DATABASE IF EXISTS "migplan_test_auditmapcommandit_d001ba0e" WITH (FORCE)
----8<----
DROP DATABASE IF EXISTS "migplan_test_backupcommandsit_b885e437" WITH (FORCE)
----8<----
DROP DATABASE IF EXISTS "migplan_test_databasemodelsit_d8c5957c" WITH (FORCE)
----8<----
DROP DATABASE IF EXISTS "migplan_test_demodatageneratorpostgresit_4c4b4244" WITH (FORCE)
----8<----
DROP DATABASE IF EXISTS "migplan_test_dialectit_0d990e1c" WITH (FORCE)
----8<----
DROP DATABASE IF EXISTS "migplan_test_examplemigrateit_4f367be0" WITH (FORCE)
----8<----
DROP DATABASE IF EXISTS "migplan_test_pendingdatabasesit_35ecfd8a" WITH (FORCE)
----8<----
DROP DATABASE IF EXISTS "migplan_test_planexampleit_37569c70" WITH (FORCE)
----8<----
DROP DATABASE IF EXISTS "migplan_test_planmigrationexampleit_e193ebb0" WITH (FORCE)
----8<----
DROP DATABASE IF EXISTS "migplan_test_postgresbackuptoolit_a88766d5" WITH (FORCE)
----8<----
DROP DATABASE IF EXISTS "migplan_test_postgresbackupverifierit_4dd2e72c" WITH (FORCE)
----8<----
DROP DATABASE IF EXISTS "migplan_test_postgrescatalogit_b3d85589" WITH (FORCE)
----8<----
DROP DATABASE IF EXISTS "migplan_test_postgresdatabasereaderit_8337f790" WITH (FORCE)
----8<----
DROP DATABASE IF EXISTS "migplan_test_postgresdatetimefixtureit_4f7d7f3b" WITH (FORCE)
----8<----
DROP DATABASE IF EXISTS "migplan_test_postgresinheritedtablesverifyit_640692a4" WITH (FORCE)
----8<----
DROP DATABASE IF EXISTS "migplan_test_postgrestablechecksumsit_0d51a6e6" WITH (FORCE)
----8<----
DROP DATABASE IF EXISTS "migplan_test_referencingtablesit_eeba93cb" WITH (FORCE)
----8<----
DROP DATABASE IF EXISTS "migplan_test_simplehistoryrenameit_ed35d065" WITH (FORCE)
----8<----
DROP DATABASE IF EXISTS "migplan_test_stagecommandit_b2e03104" WITH (FORCE)
----8<----
DROP DATABASE IF EXISTS "migplan_test_stagedjangodefaultsit_141017a1" WITH (FORCE)
----8<----
DROP DATABASE IF EXISTS "migplan_test_stagingfixturerecordit_8548437d" WITH (FORCE)
----8<----
DROP DATABASE IF EXISTS migplan_pending_fresh_20362700795315 WITH (FORCE)
----8<----
DROP DATABASE IF EXISTS migplan_pending_orphan_20362700795315 WITH (FORCE)
----8<----
DROP DATABASE IF EXISTS migplan_test_foreign_20362700795315 WITH (FORCE)
----8<----
DROP SCHEMA IF EXISTS "Odd Schema" CASCADE
----8<----
DROP TABLE IF EXISTS "angle<bracket>"
----8<----
DROP TABLE IF EXISTS plain_rows, "Mixed ""Case", loose_types
----8<----
DROP TABLE copy
----8<----
INSERT INTO "Audit Log" (message) VALUES ('later')
----8<----
INSERT INTO "Mixed ""Case" VALUES (1, 'a'), (1, 'a'), (2, 'b'), (2, 'b')
----8<----
INSERT INTO "Mixed ""Case" VALUES (1, 'one'), (2, 'two')
----8<----
INSERT INTO "Mixed ""Case" VALUES (3, 'c'), (3, 'c'), (4, 'd'), (4, 'd')
----8<----
INSERT INTO "angle<bracket>" VALUES (1), (2)
----8<----
INSERT INTO "t_MixedCase" ("MixedCase") VALUES (?)
----8<----
INSERT INTO "t_a""b" ("a""b") VALUES (?)
----8<----
INSERT INTO "t_dotted.name" ("dotted.name") VALUES (?)
----8<----
INSERT INTO "t_select" ("select") VALUES (?)
----8<----
INSERT INTO "t_with space" ("with space") VALUES (?)
----8<----
INSERT INTO "t_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" ("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx") VALUES (?)
----8<----
INSERT INTO "t_مدرسة" ("مدرسة") VALUES (?)
----8<----
INSERT INTO loose_types VALUES (1, '[]', point(0, 0), '<a/>')
----8<----
INSERT INTO loose_types VALUES (1, '{"a": 1}', point(1, 2), '<a/>'), (2, NULL, NULL, NULL)
----8<----
INSERT INTO plain_rows SELECT * FROM copy
----8<----
INSERT INTO plain_rows SELECT g, 'n' || g, g, NULL, NULL, NULL FROM generate_series(1, 500) g
----8<----
INSERT INTO plain_rows VALUES (1, 'a', 1.50, '2001-02-03', '{x,y}', '{"k": 1}'), (2, NULL, NULL, NULL, NULL, NULL), (3, 'c', 3, '2003-01-01', '{}', '[]')
----8<----
INSERT INTO ro_probe VALUES (1)
----8<----
INSERT INTO school_mark SELECT 1 + g % 2, g FROM generate_series(1, 50000) g
----8<----
INSERT INTO school_person VALUES (1, 'only the parent')
----8<----
INSERT INTO school_teacher SELECT g, 'teacher ' || g, 'maths' FROM generate_series(2, 200001) g
----8<----
INSERT INTO t VALUES (1)
----8<----
PRAGMA integrity_check
----8<----
SELECT "MixedCase" FROM "t_MixedCase"
----8<----
SELECT "a""b" FROM "t_a""b"
----8<----
SELECT "bmparliamentmember_id" || '-' || "tag_id" FROM "constituents_bmparliamentmember_tags" ORDER BY 1
----8<----
SELECT "course_id" || '-' || "bmparliamentmember_id" FROM "courses_course_students" ORDER BY 1
----8<----
SELECT "dotted.name" FROM "t_dotted.name"
----8<----
SELECT "group_id" || '-' || "permission_id" FROM "auth_group_permissions" ORDER BY 1
----8<----
SELECT "select" FROM "t_select"
----8<----
SELECT "user_id" || '-' || "group_id" FROM "auth_user_groups" ORDER BY 1
----8<----
SELECT "user_id" || '-' || "permission_id" FROM "auth_user_user_permissions" ORDER BY 1
----8<----
SELECT "with space" FROM "t_with space"
----8<----
SELECT "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" FROM "t_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
----8<----
SELECT "مدرسة" FROM "t_مدرسة"
----8<----
SELECT * FROM (SELECT 0 AS position, CAST("gender" AS TEXT) AS value, count(*) AS rows FROM "constituents_bmparliamentmember" GROUP BY 2 LIMIT 26) UNION ALL SELECT * FROM (SELECT 1 AS position, CAST("status" AS TEXT) AS value, count(*) AS rows FROM "constituents_bmparliamentmember" GROUP BY 2 LIMIT 26)
----8<----
SELECT * FROM (SELECT 0 AS position, CAST("status" AS TEXT) AS value, count(*) AS rows FROM "people_clubmember" GROUP BY 2 LIMIT 26) UNION ALL SELECT * FROM (SELECT 1 AS position, CAST("is_verified" AS TEXT) AS value, count(*) AS rows FROM "people_clubmember" GROUP BY 2 LIMIT 26)
----8<----
SELECT * FROM school_student_clubs ORDER BY 2, 3
----8<----
SELECT * FROM school_student_friends ORDER BY 2, 3
----8<----
SELECT 1
----8<----
SELECT DISTINCT conrelid::regclass::text FROM pg_constraint WHERE contype = 'f' AND confrelid = 'constituents_bmparliamentmember'::regclass ORDER BY 1
----8<----
SELECT DISTINCT n.nspname, c.relname FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class c ON c.oid = i.inhparent JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
----8<----
SELECT a FROM t WHERE b = ? AND c = ?
----8<----
SELECT a[1], ARRAY[2] [1], $1 FROM t WHERE b = :b
----8<----
SELECT app, name FROM django_migrations ORDER BY app, applied, id
----8<----
SELECT app_label, model FROM django_content_type ORDER BY app_label, model
----8<----
SELECT coalesce(sum((xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM %I.%I', schemaname, tablename), false, true, '')))[1]::text::bigint), 0) FROM pg_tables WHERE schemaname = 'public'
----8<----
SELECT coalesce(sum(pg_catalog.pg_table_size(c.oid)), 0)::bigint FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'm') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_toast%'
----8<----
SELECT count("Member Ref"), count(DISTINCT "Member Ref") FROM "Weird Table"
----8<----
SELECT count("Member Ref"), count(DISTINCT "Member Ref") FROM "public"."Weird Table"
----8<----
SELECT count("Who"), count(DISTINCT "Who") FROM "Audit ""Trail"""
----8<----
SELECT count("Who"), count(DISTINCT "Who") FROM "public"."Audit ""Trail"""
----8<----
SELECT count("applicant_id") FROM "welfare_aid_aidapplication"
----8<----
SELECT count("applicant_id"), count(DISTINCT "applicant_id") FROM "public"."welfare_aid_aidapplication"
----8<----
SELECT count("applicant_id"), count(DISTINCT "applicant_id") FROM "welfare_aid_aidapplication"
----8<----
SELECT count("beneficiary_id") FROM "fees_feewaiver"
----8<----
SELECT count("beneficiary_id"), count(DISTINCT "beneficiary_id") FROM "fees_feewaiver"
----8<----
SELECT count("beneficiary_id"), count(DISTINCT "beneficiary_id") FROM "public"."fees_feewaiver"
----8<----
SELECT count("bmparliamentmember_id") FROM "constituents_bmparliamentmember_tags"
----8<----
SELECT count("bmparliamentmember_id") FROM "courses_course_students"
----8<----
SELECT count("bmparliamentmember_id"), count(DISTINCT "bmparliamentmember_id") FROM "constituents_bmparliamentmember_tags"
----8<----
SELECT count("bmparliamentmember_id"), count(DISTINCT "bmparliamentmember_id") FROM "courses_course_students"
----8<----
SELECT count("bmparliamentmember_id"), count(DISTINCT "bmparliamentmember_id") FROM "public"."constituents_bmparliamentmember_tags"
----8<----
SELECT count("bmparliamentmember_id"), count(DISTINCT "bmparliamentmember_id") FROM "public"."courses_course_students"
----8<----
SELECT count("bmparliamentmember_ptr_id") FROM "alumni_graduate"
----8<----
SELECT count("bmparliamentmember_ptr_id"), count(DISTINCT "bmparliamentmember_ptr_id") FROM "alumni_graduate"
----8<----
SELECT count("bmparliamentmember_ptr_id"), count(DISTINCT "bmparliamentmember_ptr_id") FROM "public"."alumni_graduate"
----8<----
SELECT count("clubmember_id"), count(DISTINCT "clubmember_id") FROM "people_clubmember_teams"
----8<----
SELECT count("clubmember_id"), count(DISTINCT "clubmember_id") FROM "public"."people_clubmember_teams"
----8<----
SELECT count("clubmember_ptr_id"), count(DISTINCT "clubmember_ptr_id") FROM "people_seniormember"
----8<----
SELECT count("clubmember_ptr_id"), count(DISTINCT "clubmember_ptr_id") FROM "public"."people_seniormember"
----8<----
SELECT count("member_id") FROM "guardians_emergencycontact"
----8<----
SELECT count("member_id") FROM "guardians_guardian"
----8<----
SELECT count("member_id"), count(DISTINCT "member_id") FROM "guardians_emergencycontact"
----8<----
SELECT count("member_id"), count(DISTINCT "member_id") FROM "guardians_guardian"
----8<----
SELECT count("member_id"), count(DISTINCT "member_id") FROM "legacy_import"
----8<----
SELECT count("member_id"), count(DISTINCT "member_id") FROM "people_membershipfee"
----8<----
SELECT count("member_id"), count(DISTINCT "member_id") FROM "public"."guardians_emergencycontact"
----8<----
SELECT count("member_id"), count(DISTINCT "member_id") FROM "public"."guardians_guardian"
----8<----
SELECT count("member_id"), count(DISTINCT "member_id") FROM "public"."people_membershipfee"
----8<----
SELECT count("mentor_id") FROM "constituents_bmparliamentmember"
----8<----
SELECT count("mentor_id"), count(DISTINCT "mentor_id") FROM "constituents_bmparliamentmember"
----8<----
SELECT count("mentor_id"), count(DISTINCT "mentor_id") FROM "people_clubmember"
----8<----
SELECT count("mentor_id"), count(DISTINCT "mentor_id") FROM "public"."constituents_bmparliamentmember"
----8<----
SELECT count("mentor_id"), count(DISTINCT "mentor_id") FROM "public"."people_clubmember"
----8<----
SELECT count("object_id") FROM "notes_note" WHERE content_type_id = (SELECT id FROM django_content_type WHERE app_label = 'constituents' AND model = 'bmparliamentmember')
----8<----
SELECT count("oldthing_id"), count(DISTINCT "oldthing_id") FROM "shop_oldthing_tags"
----8<----
SELECT count("parent_id"), count(DISTINCT "parent_id") FROM "shop_oldthing"
----8<----
SELECT count("prefect_id") FROM "hostel_rooms"
----8<----
SELECT count("prefect_id"), count(DISTINCT "prefect_id") FROM "hostel_rooms"
----8<----
SELECT count("prefect_id"), count(DISTINCT "prefect_id") FROM "public"."hostel_rooms"
----8<----
SELECT count("recipient_id") FROM "welfare_aid_aiddisbursement"
----8<----
SELECT count("recipient_id"), count(DISTINCT "recipient_id") FROM "public"."welfare_aid_aiddisbursement"
----8<----
SELECT count("recipient_id"), count(DISTINCT "recipient_id") FROM "welfare_aid_aiddisbursement"
----8<----
SELECT count("representative_id") FROM "constituents_constituency"
----8<----
SELECT count("representative_id"), count(DISTINCT "representative_id") FROM "constituents_constituency"
----8<----
SELECT count("representative_id"), count(DISTINCT "representative_id") FROM "public"."constituents_constituency"
----8<----
SELECT count("resident_id") FROM "hostel_bedallocation"
----8<----
SELECT count("resident_id"), count(DISTINCT "resident_id") FROM "hostel_bedallocation"
----8<----
SELECT count("resident_id"), count(DISTINCT "resident_id") FROM "public"."hostel_bedallocation"
----8<----
SELECT count("room_id"), count(DISTINCT "room_id") FROM "hostel_bedallocation"
----8<----
SELECT count("student_id") FROM "attendance_attendancerecord"
----8<----
SELECT count("student_id") FROM "courses_enrollment"
----8<----
SELECT count("student_id") FROM "fees_invoice"
----8<----
SELECT count("student_id") FROM "fees_payment"
----8<----
SELECT count("student_id") FROM "welfare_aid_sponsorship"
----8<----
SELECT count("student_id"), count(DISTINCT "student_id") FROM "attendance_attendancerecord"
----8<----
SELECT count("student_id"), count(DISTINCT "student_id") FROM "courses_enrollment"
----8<----
SELECT count("student_id"), count(DISTINCT "student_id") FROM "fees_invoice"
----8<----
SELECT count("student_id"), count(DISTINCT "student_id") FROM "fees_payment"
----8<----
SELECT count("student_id"), count(DISTINCT "student_id") FROM "public"."attendance_attendancerecord"
----8<----
SELECT count("student_id"), count(DISTINCT "student_id") FROM "public"."courses_enrollment"
----8<----
SELECT count("student_id"), count(DISTINCT "student_id") FROM "public"."fees_invoice"
----8<----
SELECT count("student_id"), count(DISTINCT "student_id") FROM "public"."fees_payment"
----8<----
SELECT count("student_id"), count(DISTINCT "student_id") FROM "public"."welfare_aid_sponsorship"
----8<----
SELECT count("student_id"), count(DISTINCT "student_id") FROM "welfare_aid_sponsorship"
----8<----
SELECT count("thing_id"), count(DISTINCT "thing_id") FROM "shop_order"
----8<----
SELECT count(*) FROM "alumni_graduate"
----8<----
SELECT count(*) FROM "attendance_attendancerecord"
----8<----
SELECT count(*) FROM "constituents_bmparliamentmember_tags"
----8<----
SELECT count(*) FROM "constituents_constituency"
----8<----
SELECT count(*) FROM "courses_course_students"
----8<----
SELECT count(*) FROM "courses_enrollment"
----8<----
SELECT count(*) FROM "django_admin_log" WHERE content_type_id = ?
----8<----
SELECT count(*) FROM "fees_feewaiver"
----8<----
SELECT count(*) FROM "fees_invoice"
----8<----
SELECT count(*) FROM "fees_payment"
----8<----
SELECT count(*) FROM "guardians_emergencycontact"
----8<----
SELECT count(*) FROM "guardians_guardian"
----8<----
SELECT count(*) FROM "hostel_bedallocation"
----8<----
SELECT count(*) FROM "hostel_rooms"
----8<----
SELECT count(*) FROM "library_historicalbook"
----8<----
SELECT count(*) FROM "public"."alumni_graduate"
----8<----
SELECT count(*) FROM "public"."attendance_attendancerecord"
----8<----
SELECT count(*) FROM "public"."constituents_bmparliamentmember_tags"
----8<----
SELECT count(*) FROM "public"."constituents_constituency"
----8<----
SELECT count(*) FROM "public"."courses_course_students"
----8<----
SELECT count(*) FROM "public"."courses_enrollment"
----8<----
SELECT count(*) FROM "public"."django_admin_log" WHERE content_type_id = ?
----8<----
SELECT count(*) FROM "public"."fees_feewaiver"
----8<----
SELECT count(*) FROM "public"."fees_invoice"
----8<----
SELECT count(*) FROM "public"."fees_payment"
----8<----
SELECT count(*) FROM "public"."guardians_emergencycontact"
----8<----
SELECT count(*) FROM "public"."guardians_guardian"
----8<----
SELECT count(*) FROM "public"."hostel_bedallocation"
----8<----
SELECT count(*) FROM "public"."hostel_rooms"
----8<----
SELECT count(*) FROM "public"."library_historicalbook"
----8<----
SELECT count(*) FROM "public"."welfare_aid_aidapplication"
----8<----
SELECT count(*) FROM "public"."welfare_aid_aiddisbursement"
----8<----
SELECT count(*) FROM "public"."welfare_aid_sponsorship"
----8<----
SELECT count(*) FROM "shop_oldthing_tags"
----8<----
SELECT count(*) FROM "shop_order"
----8<----
SELECT count(*) FROM "welfare_aid_aidapplication"
----8<----
SELECT count(*) FROM "welfare_aid_aiddisbursement"
----8<----
SELECT count(*) FROM "welfare_aid_sponsorship"
----8<----
SELECT count(*) FROM hostel_rooms
----8<----
SELECT count(*) FROM pg_catalog.pg_database WHERE datname = ?
----8<----
SELECT count(*) FROM pg_catalog.pg_stat_activity WHERE datname = ? AND pid <> pg_backend_pid()
----8<----
SELECT count(*) FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace WHERE c.contype = 'f' AND n.nspname = 'public'
----8<----
SELECT count(*) FROM pg_indexes WHERE schemaname = 'public'
----8<----
SELECT count(*), count("date_of_birth"), count("constituency_id"), count("mentor_id"), CAST(min("id") AS TEXT), CAST(max("id") AS TEXT), CAST(min("date_of_birth") AS TEXT), CAST(max("date_of_birth") AS TEXT), CAST(min("enrolled_on") AS TEXT), CAST(max("enrolled_on") AS TEXT), CAST(min("created_at") AS TEXT), CAST(max("created_at") AS TEXT), CAST(min("updated_at") AS TEXT), CAST(max("updated_at") AS TEXT) FROM "constituents_bmparliamentmember"
----8<----
SELECT count(*), count("date_of_birth"), count("constituency_id"), count("mentor_id"), CAST(min("id") AS TEXT), CAST(max("id") AS TEXT), CAST(min("date_of_birth") AS TEXT), CAST(max("date_of_birth") AS TEXT), CAST(min("enrolled_on") AS TEXT), CAST(max("enrolled_on") AS TEXT), CAST(min("created_at") AS TEXT), CAST(max("created_at") AS TEXT), CAST(min("updated_at") AS TEXT), CAST(max("updated_at") AS TEXT) FROM "public"."constituents_bmparliamentmember"
----8<----
SELECT count(*), count("joined_on"), count("email"), count("age"), count("mentor_id"), CAST(min("id") AS TEXT), CAST(max("id") AS TEXT), CAST(min("joined_on") AS TEXT), CAST(max("joined_on") AS TEXT) FROM "people_clubmember"
----8<----
SELECT count(*), count("joined_on"), count("email"), count("age"), count("mentor_id"), CAST(min("id") AS TEXT), CAST(max("id") AS TEXT), CAST(min("joined_on") AS TEXT), CAST(max("joined_on") AS TEXT) FROM "public"."people_clubmember"
----8<----
SELECT count(*), count("parent_id"), CAST(min("id") AS TEXT), CAST(max("id") AS TEXT) FROM "shop_oldthing"
----8<----
SELECT count(*), count("prefect_id"), CAST(min("id") AS TEXT), CAST(max("id") AS TEXT) FROM "hostel_rooms"
----8<----
SELECT count(*), count("shelf_id"), CAST(min("id") AS TEXT), CAST(max("id") AS TEXT) FROM "library_book"
----8<----
SELECT count(*), count("shelf_id"), CAST(min("id") AS TEXT), CAST(max("id") AS TEXT) FROM "public"."library_book"
----8<----
SELECT count(*), count("student_id") FROM "public"."welfare_aid_householdsurvey"
----8<----
SELECT count(*), count("student_id") FROM "welfare_aid_householdsurvey"
----8<----
SELECT count(*), count(DISTINCT "object_id") FROM "notes_note" WHERE "content_type_id" = ?
----8<----
SELECT count(*), count(DISTINCT "object_id") FROM "public"."notes_note" WHERE "content_type_id" = ?
----8<----
SELECT count(*), md5(count(*) || ':' || coalesce(sum(h), 0)) FROM (SELECT pg_catalog.hashint8extended(pg_catalog.hash_record_extended(ROW(r."Select", r."two words"), 0), 0) AS h FROM "public"."Mixed ""Case" r) s
----8<----
SELECT count(*), md5(count(*) || ':' || coalesce(sum(h), 0)) FROM (SELECT pg_catalog.hashint8extended(pg_catalog.hash_record_extended(ROW(r.a), 0), 0) AS h FROM "Odd Schema"."t" r) s
----8<----
SELECT count(*), md5(count(*) || ':' || coalesce(sum(h), 0)) FROM (SELECT pg_catalog.hashint8extended(pg_catalog.hash_record_extended(ROW(r.a), 0), 0) AS h FROM "public"."angle<bracket>" r) s
----8<----
SELECT count(*), md5(count(*) || ':' || coalesce(sum(h), 0)) FROM (SELECT pg_catalog.hashint8extended(pg_catalog.hash_record_extended(ROW(r.bmparliamentmember_ptr_id, r.graduated_on, r.sanad_number, r.final_result, r.current_occupation), 0), 0) AS h FROM "public"."alumni_graduate" r) s
----8<----
SELECT count(*), md5(count(*) || ':' || coalesce(sum(h), 0)) FROM (SELECT pg_catalog.hashint8extended(pg_catalog.hash_record_extended(ROW(r.id, r.action_time, r.object_id, r.object_repr, r.action_flag, r.change_message, r.content_type_id, r.user_id), 0), 0) AS h FROM "public"."django_admin_log" r) s
----8<----
SELECT count(*), md5(count(*) || ':' || coalesce(sum(h), 0)) FROM (SELECT pg_catalog.hashint8extended(pg_catalog.hash_record_extended(ROW(r.id, r.amount, r.disbursed_on, r.application_id, r.recipient_id), 0), 0) AS h FROM "public"."welfare_aid_aiddisbursement" r) s
----8<----
SELECT count(*), md5(count(*) || ':' || coalesce(sum(h), 0)) FROM (SELECT pg_catalog.hashint8extended(pg_catalog.hash_record_extended(ROW(r.id, r.amount_requested, r.reason, r.status, r.submitted_on, r.applicant_id), 0), 0) AS h FROM "public"."welfare_aid_aidapplication" r) s
----8<----
SELECT count(*), md5(count(*) || ':' || coalesce(sum(h), 0)) FROM (SELECT pg_catalog.hashint8extended(pg_catalog.hash_record_extended(ROW(r.id, r.app, r.name, r.applied), 0), 0) AS h FROM "public"."django_migrations" r) s
----8<----
SELECT count(*), md5(count(*) || ':' || coalesce(sum(h), 0)) FROM (SELECT pg_catalog.hashint8extended(pg_catalog.hash_record_extended(ROW(r.id, r.app_label, r.model), 0), 0) AS h FROM "public"."django_content_type" r) s
----8<----
SELECT count(*), md5(count(*) || ':' || coalesce(sum(h), 0)) FROM (SELECT pg_catalog.hashint8extended(pg_catalog.hash_record_extended(ROW(r.id, r.bed, r.allocated_on, r.vacated_on, r.resident_id, r.room_id), 0), 0) AS h FROM "public"."hostel_bedallocation" r) s
----8<----
SELECT count(*), md5(count(*) || ':' || coalesce(sum(h), 0)) FROM (SELECT pg_catalog.hashint8extended(pg_catalog.hash_record_extended(ROW(r.id, r.bmparliamentmember_id, r.tag_id), 0), 0) AS h FROM "public"."constituents_bmparliamentmember_tags" r) s
----8<----
SELECT count(*), md5(count(*) || ':' || coalesce(sum(h), 0)) FROM (SELECT pg_catalog.hashint8extended(pg_catalog.hash_record_extended(ROW(r.id, r.code, r.name, r.district, r.representative_id), 0), 0) AS h FROM "public"."constituents_constituency" r) s
----8<----
SELECT count(*), md5(count(*) || ':' || coalesce(sum(h), 0)) FROM (SELECT pg_catalog.hashint8extended(pg_catalog.hash_record_extended(ROW(r.id, r.code, r.title, r.teacher), 0), 0) AS h FROM "public"."courses_course" r) s
----8<----
SELECT count(*), md5(count(*) || ':' || coalesce(sum(h), 0)) FROM (SELECT pg_catalog.hashint8extended(pg_catalog.hash_record_extended(ROW(r.id, r.course_id, r.bmparliamentmember_id), 0), 0) AS h FROM "public"."courses_course_students" r) s
----8<----
SELECT count(*), md5(count(*) || ':' || coalesce(sum(h), 0)) FROM (SELECT pg_catalog.hashint8extended(pg_catalog.hash_record_extended(ROW(r.id, r.created_at, r.amount, r.paid_on, r.method, r.reference, r.invoice_id, r.student_id), 0), 0) AS h FROM "public"."fees_payment" r) s
----8<----
SELECT count(*), md5(count(*) || ':' || coalesce(sum(h), 0)) FROM (SELECT pg_catalog.hashint8extended(pg_catalog.hash_record_extended(ROW(r.id, r.created_at, r.number, r.period, r.amount, r.due_on, r.status, r.student_id), 0), 0) AS h FROM "public"."fees_invoice" r) s
----8<----
SELECT count(*), md5(count(*) || ':' || coalesce(sum(h), 0)) FROM (SELECT pg_catalog.hashint8extended(pg_catalog.hash_record_extended(ROW(r.id, r.date, r.period, r.class_name, r.taken_by), 0), 0) AS h FROM "public"."attendance_attendancesession" r) s
----8<----
SELECT count(*), md5(count(*) || ':' || coalesce(sum(h), 0)) FROM (SELECT pg_catalog.hashint8extended(pg_catalog.hash_record_extended(ROW(r.id, r.doc::text, r.spot::text, r.x::text), 0), 0) AS h FROM "public"."loose_types" r) s
----8<----
SELECT count(*), md5(count(*) || ':' || coalesce(sum(h), 0)) FROM (SELECT pg_catalog.hashint8extended(pg_catalog.hash_record_extended(ROW(r.id, r.enrolled_on, r.final_grade, r.course_id, r.student_id), 0), 0) AS h FROM "public"."courses_enrollment" r) s
----8<----
SELECT count(*), md5(count(*) || ':' || coalesce(sum(h), 0)) FROM (SELECT pg_catalog.hashint8extended(pg_catalog.hash_record_extended(ROW(r.id, r.from_student_id, r.to_student_id), 0), 0) AS h FROM "public"."school_student_friends" r) s
----8<----
SELECT count(*), md5(count(*) || ':' || coalesce(sum(h), 0)) FROM (SELECT pg_catalog.hashint8extended(pg_catalog.hash_record_extended(ROW(r.id, r.group_id, r.permission_id), 0), 0) AS h FROM "public"."auth_group_permissions" r) s
----8<----
SELECT count(*), md5(count(*) || ':' || coalesce(sum(h), 0)) FROM (SELECT pg_catalog.hashint8extended(pg_catalog.hash_record_extended(ROW(r.id, r.household_size, r.monthly_income, r.surveyed_on, r.student_id), 0), 0) AS h FROM "public"."welfare_aid_householdsurvey" r) s
----8<----
SELECT count(*), md5(count(*) || ':' || coalesce(sum(h), 0)) FROM (SELECT pg_catalog.hashint8extended(pg_catalog.hash_record_extended(ROW(r.id, r.label), 0), 0) AS h FROM "public"."school_unrelated" r) s
----8<----
SELECT count(*), md5(count(*) || ':' || coalesce(sum(h), 0)) FROM (SELECT pg_catalog.hashint8extended(pg_catalog.hash_record_extended(ROW(r.id, r.message), 0), 0) AS h FROM "public"."Audit Log" r) s
----8<----
SELECT count(*), md5(count(*) || ':' || coalesce(sum(h), 0)) FROM (SELECT pg_catalog.hashint8extended(pg_catalog.hash_record_extended(ROW(r.id, r.name), 0), 0) AS h FROM "public"."auth_group" r) s
----8<----
SELECT count(*), md5(count(*) || ':' || coalesce(sum(h), 0)) FROM (SELECT pg_catalog.hashint8extended(pg_catalog.hash_record_extended(ROW(r.id, r.name), 0), 0) AS h FROM "public"."constituents_tag" r) s
----8<----
SELECT count(*), md5(count(*) || ':' || coalesce(sum(h), 0)) FROM (SELECT pg_catalog.hashint8extended(pg_catalog.hash_record_extended(ROW(r.id, r.name), 0), 0) AS h FROM "public"."school_house" r) s
----8<----
SELECT count(*), md5(count(*) || ':' || coalesce(sum(h), 0)) FROM (SELECT pg_catalog.hashint8extended(pg_catalog.hash_record_extended(ROW(r.id, r.name), 0), 0) AS h FROM "public"."school_person" r) s
----8<----
SELECT count(*), md5(count(*) || ':' || coalesce(sum(h), 0)) FROM (SELECT pg_catalog.hashint8extended(pg_catalog.hash_record_extended(ROW(r.id, r.name, r.born, r.fee, r.profile, r.token, r.house_id), 0), 0) AS h FROM "public"."school_student" r) s
----8<----
SELECT count(*), md5(count(*) || ':' || coalesce(sum(h), 0)) FROM (SELECT pg_catalog.hashint8extended(pg_catalog.hash_record_extended(ROW(r.id, r.name, r.born, r.wakes_at, r.enrolled_at, r.fee, r.tiny, r.score, r.active, r.profile, r.token, r.study_time, r.notes, r.house_id), 0), 0) AS h FROM "public"."school_student" r) s
----8<----
SELECT count(*), md5(count(*) || ':' || coalesce(sum(h), 0)) FROM (SELECT pg_catalog.hashint8extended(pg_catalog.hash_record_extended(ROW(r.id, r.name, r.code), 0), 0) AS h FROM "public"."school_house" r) s
----8<----
SELECT count(*), md5(count(*) || ':' || coalesce(sum(h), 0)) FROM (SELECT pg_catalog.hashint8extended(pg_catalog.hash_record_extended(ROW(r.id, r.name, r.content_type_id, r.codename), 0), 0) AS h FROM "public"."auth_permission" r) s
----8<----
SELECT count(*), md5(count(*) || ':' || coalesce(sum(h), 0)) FROM (SELECT pg_catalog.hashint8extended(pg_catalog.hash_record_extended(ROW(r.id, r.name, r.father_name, r.date_of_birth, r.gender, r.phone, r.email, r.admission_number, r.status, r.enrolled_on, r.created_at, r.updated_at, r.constituency_id, r.fee_concession, r.mentor_id), 0), 0) AS h FROM "public"."constituents_bmparliamentmember" r) s
----8<----
SELECT count(*), md5(count(*) || ':' || coalesce(sum(h), 0)) FROM (SELECT pg_catalog.hashint8extended(pg_catalog.hash_record_extended(ROW(r.id, r.name, r.fee, r.born, r.tags, r.profile), 0), 0) AS h FROM "public"."plain_rows" r) s
----8<----
SELECT count(*), md5(count(*) || ':' || coalesce(sum(h), 0)) FROM (SELECT pg_catalog.hashint8extended(pg_catalog.hash_record_extended(ROW(r.id, r.name, r.founded), 0), 0) AS h FROM "public"."school_club" r) s
----8<----
SELECT count(*), md5(count(*) || ':' || coalesce(sum(h), 0)) FROM (SELECT pg_catalog.hashint8extended(pg_catalog.hash_record_extended(ROW(r.id, r.name, r.phone, r.address, r.member_id), 0), 0) AS h FROM "public"."guardians_emergencycontact" r) s
----8<----
SELECT count(*), md5(count(*) || ':' || coalesce(sum(h), 0)) FROM (SELECT pg_catalog.hashint8extended(pg_catalog.hash_record_extended(ROW(r.id, r.name, r.phone, r.student_id), 0), 0) AS h FROM "public"."school_guardian" r) s
----8<----
SELECT count(*), md5(count(*) || ':' || coalesce(sum(h), 0)) FROM (SELECT pg_catalog.hashint8extended(pg_catalog.hash_record_extended(ROW(r.id, r.name, r.relation, r.phone, r.occupation, r.is_primary, r.member_id), 0), 0) AS h FROM "public"."guardians_guardian" r) s
----8<----
SELECT count(*), md5(count(*) || ':' || coalesce(sum(h), 0)) FROM (SELECT pg_catalog.hashint8extended(pg_catalog.hash_record_extended(ROW(r.id, r.name, r.subject), 0), 0) AS h FROM "public"."school_teacher" r) s
----8<----
SELECT count(*), md5(count(*) || ':' || coalesce(sum(h), 0)) FROM (SELECT pg_catalog.hashint8extended(pg_catalog.hash_record_extended(ROW(r.id, r.number, r.floor, r.capacity, r.prefect_id), 0), 0) AS h FROM "public"."hostel_rooms" r) s
----8<----
SELECT count(*), md5(count(*) || ':' || coalesce(sum(h), 0)) FROM (SELECT pg_catalog.hashint8extended(pg_catalog.hash_record_extended(ROW(r.id, r.object_id, r.body, r.pinned, r.created_at, r.author_id, r.content_type_id), 0), 0) AS h FROM "public"."notes_note" r) s
----8<----
SELECT count(*), md5(count(*) || ':' || coalesce(sum(h), 0)) FROM (SELECT pg_catalog.hashint8extended(pg_catalog.hash_record_extended(ROW(r.id, r.original_id, r.name, r.admission_number, r.archived_at, r.reason), 0), 0) AS h FROM "public"."constituents_bmparliamentmemberarchive" r) s
----8<----
SELECT count(*), md5(count(*) || ':' || coalesce(sum(h), 0)) FROM (SELECT pg_catalog.hashint8extended(pg_catalog.hash_record_extended(ROW(r.id, r.password, r.last_login, r.is_superuser, r.username, r.first_name, r.last_name, r.email, r.is_staff, r.is_active, r.date_joined), 0), 0) AS h FROM "public"."auth_user" r) s
----8<----
SELECT count(*), md5(count(*) || ':' || coalesce(sum(h), 0)) FROM (SELECT pg_catalog.hashint8extended(pg_catalog.hash_record_extended(ROW(r.id, r.percent, r.reason, r.valid_from, r.approved_by_id, r.beneficiary_id), 0), 0) AS h FROM "public"."fees_feewaiver" r) s
----8<----
SELECT count(*), md5(count(*) || ':' || coalesce(sum(h), 0)) FROM (SELECT pg_catalog.hashint8extended(pg_catalog.hash_record_extended(ROW(r.id, r.present, r.late_minutes, r.remark, r.session_id, r.student_id), 0), 0) AS h FROM "public"."attendance_attendancerecord" r) s
----8<----
SELECT count(*), md5(count(*) || ':' || coalesce(sum(h), 0)) FROM (SELECT pg_catalog.hashint8extended(pg_catalog.hash_record_extended(ROW(r.id, r.sponsor_name, r.monthly_amount, r.started_on, r.ended_on, r.student_id), 0), 0) AS h FROM "public"."welfare_aid_sponsorship" r) s
----8<----
SELECT count(*), md5(count(*) || ':' || coalesce(sum(h), 0)) FROM (SELECT pg_catalog.hashint8extended(pg_catalog.hash_record_extended(ROW(r.id, r.student_id, r.club_id), 0), 0) AS h FROM "public"."school_student_clubs" r) s
----8<----
SELECT count(*), md5(count(*) || ':' || coalesce(sum(h), 0)) FROM (SELECT pg_catalog.hashint8extended(pg_catalog.hash_record_extended(ROW(r.id, r.student_id, r.enrolled_at), 0), 0) AS h FROM "public"."school_enrolment" r) s
----8<----
SELECT count(*), md5(count(*) || ':' || coalesce(sum(h), 0)) FROM (SELECT pg_catalog.hashint8extended(pg_catalog.hash_record_extended(ROW(r.id, r.title, r.starts_at, r.ends_at), 0), 0) AS h FROM "public"."events_meeting" r) s
----8<----
SELECT count(*), md5(count(*) || ':' || coalesce(sum(h), 0)) FROM (SELECT pg_catalog.hashint8extended(pg_catalog.hash_record_extended(ROW(r.id, r.user_id, r.group_id), 0), 0) AS h FROM "public"."auth_user_groups" r) s
----8<----
SELECT count(*), md5(count(*) || ':' || coalesce(sum(h), 0)) FROM (SELECT pg_catalog.hashint8extended(pg_catalog.hash_record_extended(ROW(r.id, r.user_id, r.permission_id), 0), 0) AS h FROM "public"."auth_user_user_permissions" r) s
----8<----
SELECT count(*), md5(count(*) || ':' || coalesce(sum(h), 0)) FROM (SELECT pg_catalog.hashint8extended(pg_catalog.hash_record_extended(ROW(r.session_key, r.session_data, r.expire_date), 0), 0) AS h FROM "public"."django_session" r) s
----8<----
SELECT count(*), md5(count(*) || ':' || coalesce(sum(h), 0)) FROM (SELECT pg_catalog.hashint8extended(pg_catalog.hash_record_extended(ROW(r.term, r.score), 0), 0) AS h FROM "public"."school_mark" r) s
----8<----
SELECT count(*), migplan_row_checksum("bmparliamentmember_ptr_id", "graduated_on", "sanad_number", "final_result", "current_occupation") FROM "alumni_graduate"
----8<----
SELECT count(*), migplan_row_checksum("id", "action_time", "object_id", "object_repr", "change_message", "content_type_id", "user_id", "action_flag") FROM "django_admin_log"
----8<----
SELECT count(*), migplan_row_checksum("id", "amount", "disbursed_on", "application_id", "recipient_id") FROM "welfare_aid_aiddisbursement"
----8<----
SELECT count(*), migplan_row_checksum("id", "amount_requested", "reason", "status", "submitted_on", "applicant_id") FROM "welfare_aid_aidapplication"
----8<----
SELECT count(*), migplan_row_checksum("id", "app", "name", "applied") FROM "django_migrations"
----8<----
SELECT count(*), migplan_row_checksum("id", "app_label", "model") FROM "django_content_type"
----8<----
SELECT count(*), migplan_row_checksum("id", "bed", "allocated_on", "vacated_on", "resident_id", "room_id") FROM "hostel_bedallocation"
----8<----
SELECT count(*), migplan_row_checksum("id", "bmparliamentmember_id", "tag_id") FROM "constituents_bmparliamentmember_tags"
----8<----
SELECT count(*), migplan_row_checksum("id", "code", "name", "district", "representative_id") FROM "constituents_constituency"
----8<----
SELECT count(*), migplan_row_checksum("id", "code", "title", "teacher") FROM "courses_course"
----8<----
SELECT count(*), migplan_row_checksum("id", "content_type_id", "codename", "name") FROM "auth_permission"
----8<----
SELECT count(*), migplan_row_checksum("id", "course_id", "bmparliamentmember_id") FROM "courses_course_students"
----8<----
SELECT count(*), migplan_row_checksum("id", "created_at", "amount", "paid_on", "method", "reference", "invoice_id", "student_id") FROM "fees_payment"
----8<----
SELECT count(*), migplan_row_checksum("id", "created_at", "number", "period", "amount", "due_on", "status", "student_id") FROM "fees_invoice"
----8<----
SELECT count(*), migplan_row_checksum("id", "date", "period", "class_name", "taken_by") FROM "attendance_attendancesession"
----8<----
SELECT count(*), migplan_row_checksum("id", "enrolled_on", "final_grade", "course_id", "student_id") FROM "courses_enrollment"
----8<----
SELECT count(*), migplan_row_checksum("id", "from_student_id", "to_student_id") FROM "school_student_friends"
----8<----
SELECT count(*), migplan_row_checksum("id", "group_id", "permission_id") FROM "auth_group_permissions"
----8<----
SELECT count(*), migplan_row_checksum("id", "household_size", "monthly_income", "surveyed_on", "student_id") FROM "welfare_aid_householdsurvey"
----8<----
SELECT count(*), migplan_row_checksum("id", "label") FROM "school_unrelated"
----8<----
SELECT count(*), migplan_row_checksum("id", "message") FROM "Audit Log"
----8<----
SELECT count(*), migplan_row_checksum("id", "name") FROM "auth_group"
----8<----
SELECT count(*), migplan_row_checksum("id", "name") FROM "constituents_tag"
----8<----
SELECT count(*), migplan_row_checksum("id", "name") FROM "school_house"
----8<----
SELECT count(*), migplan_row_checksum("id", "name", "born", "fee", "token", "house_id") FROM "school_student"
----8<----
SELECT count(*), migplan_row_checksum("id", "name", "born", "wakes_at", "enrolled_at", "fee", "tiny", "score", "active", "profile", "token", "study_time", "notes", "house_id") FROM "school_student"
----8<----
SELECT count(*), migplan_row_checksum("id", "name", "code") FROM "school_house"
----8<----
SELECT count(*), migplan_row_checksum("id", "name", "father_name", "date_of_birth", "gender", "phone", "email", "admission_number", "status", "enrolled_on", "created_at", "updated_at", "constituency_id", "fee_concession", "mentor_id") FROM "constituents_bmparliamentmember"
----8<----
SELECT count(*), migplan_row_checksum("id", "name", "founded") FROM "school_club"
----8<----
SELECT count(*), migplan_row_checksum("id", "name", "phone", "address", "member_id") FROM "guardians_emergencycontact"
----8<----
SELECT count(*), migplan_row_checksum("id", "name", "phone", "student_id") FROM "school_guardian"
----8<----
SELECT count(*), migplan_row_checksum("id", "name", "relation", "phone", "occupation", "is_primary", "member_id") FROM "guardians_guardian"
----8<----
SELECT count(*), migplan_row_checksum("id", "number", "floor", "capacity", "prefect_id") FROM "hostel_rooms"
----8<----
SELECT count(*), migplan_row_checksum("id", "object_id", "body", "pinned", "created_at", "author_id", "content_type_id") FROM "notes_note"
----8<----
SELECT count(*), migplan_row_checksum("id", "original_id", "name", "admission_number", "archived_at", "reason") FROM "constituents_bmparliamentmemberarchive"
----8<----
SELECT count(*), migplan_row_checksum("id", "password", "last_login", "is_superuser", "username", "last_name", "email", "is_staff", "is_active", "date_joined", "first_name") FROM "auth_user"
----8<----
SELECT count(*), migplan_row_checksum("id", "percent", "reason", "valid_from", "approved_by_id", "beneficiary_id") FROM "fees_feewaiver"
----8<----
SELECT count(*), migplan_row_checksum("id", "present", "late_minutes", "remark", "session_id", "student_id") FROM "attendance_attendancerecord"
----8<----
SELECT count(*), migplan_row_checksum("id", "sponsor_name", "monthly_amount", "started_on", "ended_on", "student_id") FROM "welfare_aid_sponsorship"
----8<----
SELECT count(*), migplan_row_checksum("id", "starts_at") FROM "events_meeting"
----8<----
SELECT count(*), migplan_row_checksum("id", "student_id", "club_id") FROM "school_student_clubs"
----8<----
SELECT count(*), migplan_row_checksum("id", "student_id", "enrolled_at") FROM "school_enrolment"
----8<----
SELECT count(*), migplan_row_checksum("id", "title", "starts_at", "ends_at") FROM "events_meeting"
----8<----
SELECT count(*), migplan_row_checksum("id", "user_id", "group_id") FROM "auth_user_groups"
----8<----
SELECT count(*), migplan_row_checksum("id", "user_id", "permission_id") FROM "auth_user_user_permissions"
----8<----
SELECT count(*), migplan_row_checksum("session_key", "session_data", "expire_date") FROM "django_session"
----8<----
SELECT count(student_id) FROM welfare_aid_householdsurvey
----8<----
SELECT current_setting('server_version_num')::int / 10000
----8<----
SELECT data_type FROM information_schema.columns WHERE table_name = 'events_meeting' AND column_name = 'starts_at'
----8<----
SELECT datname FROM pg_database WHERE datname LIKE 'migplan\_verify\_%' AND shobj_description(oid, 'pg_database') LIKE ? ORDER BY 1
----8<----
SELECT g."permission_id", count(*) FROM "auth_group_permissions" g WHERE g."permission_id" IN (SELECT id FROM "auth_permission" WHERE content_type_id = ?) GROUP BY g."permission_id"
----8<----
SELECT g."permission_id", count(*) FROM "auth_user_user_permissions" g WHERE g."permission_id" IN (SELECT id FROM "auth_permission" WHERE content_type_id = ?) GROUP BY g."permission_id"
----8<----
SELECT g."permission_id", count(*) FROM "public"."auth_group_permissions" g WHERE g."permission_id" IN (SELECT id FROM "public"."auth_permission" WHERE content_type_id = ?) GROUP BY g."permission_id"
----8<----
SELECT g."permission_id", count(*) FROM "public"."auth_user_user_permissions" g WHERE g."permission_id" IN (SELECT id FROM "public"."auth_permission" WHERE content_type_id = ?) GROUP BY g."permission_id"
----8<----
SELECT id, app, name, CAST(applied AS TEXT) FROM "django_migrations" ORDER BY id
----8<----
SELECT id, app, name, CAST(applied AS TEXT) FROM "public"."django_migrations" ORDER BY id
----8<----
SELECT id, app_label, model FROM "django_content_type" WHERE app_label = ? AND model = ?
----8<----
SELECT id, app_label, model FROM "public"."django_content_type" WHERE app_label = ? AND model = ?
----8<----
SELECT id, codename, name FROM "auth_permission" WHERE content_type_id = ? ORDER BY codename
----8<----
SELECT id, codename, name FROM "public"."auth_permission" WHERE content_type_id = ? ORDER BY codename
----8<----
SELECT n.nspname, c.relname FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_toast%' AND n.nspname NOT LIKE 'pg\_temp%'
----8<----
SELECT n.nspname, c.relname FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_toast%' AND n.nspname NOT LIKE 'pg\_temp%' ORDER BY n.nspname, c.relname
----8<----
SELECT n.nspname, c.relname, pg_catalog.pg_relation_size(c.oid) FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p')
----8<----
SELECT name FROM pragma_table_info(?) ORDER BY cid
----8<----
SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\_%' ESCAPE '\' ORDER BY name
----8<----
SELECT pg_catalog.current_setting('server_version_num')::int
----8<----
SELECT pg_catalog.hash_record_extended(ROW(NULL::bigint), 0)
----8<----
SELECT pg_catalog.hash_record_extended(ROW(NULL::boolean), 0)
----8<----
SELECT pg_catalog.hash_record_extended(ROW(NULL::character varying), 0)
----8<----
SELECT pg_catalog.hash_record_extended(ROW(NULL::date), 0)
----8<----
SELECT pg_catalog.hash_record_extended(ROW(NULL::double precision), 0)
----8<----
SELECT pg_catalog.hash_record_extended(ROW(NULL::integer), 0)
----8<----
SELECT pg_catalog.hash_record_extended(ROW(NULL::interval), 0)
----8<----
SELECT pg_catalog.hash_record_extended(ROW(NULL::json), 0)
----8<----
SELECT pg_catalog.hash_record_extended(ROW(NULL::jsonb), 0)
----8<----
SELECT pg_catalog.hash_record_extended(ROW(NULL::numeric), 0)
----8<----
SELECT pg_catalog.hash_record_extended(ROW(NULL::point), 0)
----8<----
SELECT pg_catalog.hash_record_extended(ROW(NULL::smallint), 0)
----8<----
SELECT pg_catalog.hash_record_extended(ROW(NULL::text), 0)
----8<----
SELECT pg_catalog.hash_record_extended(ROW(NULL::text[]), 0)
----8<----
SELECT pg_catalog.hash_record_extended(ROW(NULL::time without time zone), 0)
----8<----
SELECT pg_catalog.hash_record_extended(ROW(NULL::timestamp with time zone), 0)
----8<----
SELECT pg_catalog.hash_record_extended(ROW(NULL::uuid), 0)
----8<----
SELECT pg_catalog.hash_record_extended(ROW(NULL::xml), 0)
----8<----
SELECT pg_catalog.quote_ident(a.attname), a.atttypid::bigint, pg_catalog.format_type(a.atttypid, NULL) FROM pg_catalog.pg_attribute a WHERE a.attrelid = CAST(:table AS regclass) AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum
----8<----
SELECT pg_catalog.shobj_description(oid, 'pg_database') FROM pg_catalog.pg_database WHERE datname = ?
----8<----
SELECT pg_export_snapshot()
----8<----
SELECT position, value, rows FROM (SELECT x.position, x.value, count(*) AS rows, count(*) OVER (PARTITION BY x.position) AS distinct_values FROM "public"."constituents_bmparliamentmember" AS t CROSS JOIN LATERAL (VALUES (0, CAST(t."gender" AS text)), (1, CAST(t."status" AS text))) AS x(position, value) GROUP BY x.position, x.value) AS counted WHERE distinct_values <= 25
----8<----
SELECT position, value, rows FROM (SELECT x.position, x.value, count(*) AS rows, count(*) OVER (PARTITION BY x.position) AS distinct_values FROM "public"."people_clubmember" AS t CROSS JOIN LATERAL (VALUES (0, CAST(t."status" AS text)), (1, CAST(t."is_verified" AS text))) AS x(position, value) GROUP BY x.position, x.value) AS counted WHERE distinct_values <= 25
----8<----
SELECT sqlite_version()
----8<----
SELECT tablename, (xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM %I.%I', schemaname, tablename), false, true, '')))[1]::text::bigint FROM pg_tables WHERE schemaname = 'public'
----8<----
SELECT to_char(starts_at AT TIME ZONE 'UTC', 'HH24:MI') FROM events_meeting WHERE title = 'winter'
----8<----
SELECT type || ' ' || name || ': ' || COALESCE(sql, '') FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name
----8<----
SELECT x::text, y::regclass FROM t WHERE s = :schema AND n = :table.name
----8<----
SET LOCAL max_parallel_workers_per_gather = 0
----8<----
SET max_parallel_workers_per_gather = 0
----8<----
SHOW server_version
----8<----
SHOW statement_timeout
----8<----
TRUNCATE plain_rows
----8<----
UPDATE "Mixed ""Case" SET "two words" = CASE "Select" WHEN 1 THEN 'two' ELSE 'one' END
----8<----
UPDATE loose_types SET doc = '{"a":1}' WHERE id = 1
----8<----
UPDATE loose_types SET spot = point(2, 1) WHERE id = 1
----8<----
UPDATE loose_types SET x = '<b/>' WHERE id = 1
----8<----
UPDATE plain_rows SET born = '2001-02-04' WHERE id = 1
----8<----
UPDATE plain_rows SET fee = 1.51 WHERE id = 1
----8<----
UPDATE plain_rows SET name = '' WHERE id = 2
----8<----
UPDATE plain_rows SET name = 'b' WHERE id = 2
----8<----
UPDATE plain_rows SET profile = '{"k": 2}' WHERE id = 1
----8<----
UPDATE plain_rows SET tags = '{y,x}' WHERE id = 1
----8<----
UPDATE school_student SET name = 'student 7 é''"' WHERE id = 7
----8<----
UPDATE school_student SET name = 'x' WHERE id = 7
----8<----
VACUUM ANALYZE
----8<----
