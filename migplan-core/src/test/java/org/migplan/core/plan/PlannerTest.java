package org.migplan.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.migplan.core.model.EngineTraits;

class PlannerTest {
  private final Planner planner = new Planner("migplan test");

  private Plan example(String version) {
    return planner.plan(
        Shapes.input(
            version,
            Shapes.source(Shapes.exampleRelations(), List.of(), ""),
            Optional.of(
                Shapes.database(EngineTraits.POSTGRESQL, "constituents_bmparliamentmember")),
            EngineTraits.POSTGRESQL));
  }

  /** The plan for Django 3.2 on PostgreSQL, from the sources alone. */
  private Plan withoutDatabase(SourceFacts source) {
    return planner.plan(Shapes.input("3.2", source, Optional.empty(), EngineTraits.POSTGRESQL));
  }

  private static Finding finding(Plan plan, String id) {
    return plan.findings().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void exampleShapeOnPostgres32() {
    Plan plan = example("3.2");

    assertThat(plan.newTable()).isEqualTo("constituents_student");
    assertThat(plan.migration().fileName()).isEqualTo("0003_rename_bmparliamentmember_student.py");
    assertThat(plan.migration().text())
        .contains(
            "(\"constituents\", \"0002_tags\")",
            // Constituency holds two keys to the model: before 5.2 SQLite needs the new state
            "class RenameModelOnNewState(migrations.RenameModel):",
            "        RenameModelOnNewState(\n            old_name=\"BMParliamentMember\"",
            "rename_permissions_backward",
            "migrations.RemoveIndex(",
            "migrations.AddIndex(");
    assertThat(plan.rollback().previousMigration()).isEqualTo("0002_tags");
    assertThat(plan.rollback().previousMigrationSource()).startsWith("django_migrations");
    assertThat(plan.rollback().expectedCounts())
        .extracting(TableFacts::table)
        .containsExactly(
            "constituents_bmparliamentmember",
            "constituents_bmparliamentmember_tags",
            "constituents_constituency",
            "oth_committee_members");
    // relation rows and constraint names come from the catalog, declarations from the sources
    assertThat(plan.relations())
        .filteredOn(r -> r.field().equals("member"))
        .singleElement()
        .satisfies(r -> assertThat(r.rows()).hasValue(2_900));
    assertThat(finding(plan, "permission-grants").severity()).isEqualTo(Severity.MEDIUM);
    assertThat(finding(plan, "permission-grants").evidence()).contains("4 group and user grants");
    assertThat(finding(plan, "hidden-foreign-keys").evidence())
        .isEqualTo("constituents.Constituency.chief, oth.Committee.chair");
    assertThat(finding(plan, "rows-at-stake").evidence()).contains("1,200,000 rows");
    // the renamed table (400 MiB, 1.2M rows) is read twice: the self-FK validation and the 3.2
    // index rebuild, 6.4 s each at the assumed throughput; the other tables add little
    assertThat(plan.locks().seconds()).isBetween(12.8, 13.0);
    assertThat(finding(plan, "lock-duration").severity()).isEqualTo(Severity.HIGH);
    assertThat(plan.locks().exclusiveTables())
        .containsExactly(
            "constituents_constituency",
            "constituents_student",
            "constituents_student_tags",
            "oth_committee_members");
    assertThat(plan.risk()).isEqualTo(Severity.HIGH);
    assertThat(plan.codeChanges())
        .extracting(FileChanges::file)
        .containsExactly("constituents/admin.py", "constituents/views.py");
    assertThat(plan.codeChanges().get(0).references())
        .extracting(CodeReference::line)
        .containsExactly(1, 3);
    assertThat(plan.testingPlan())
        .anyMatch(t -> t.startsWith("Admin pages"))
        .anyMatch(t -> t.startsWith("Views"))
        .noneMatch(t -> t.startsWith("Fixtures"));
    assertThat(plan.checklist())
        .filteredOn(ChecklistItem::verified)
        .extracting(ChecklistItem::item)
        .containsExactly(
            "Row counts documented", "Relationships mapped", "Rollback script prepared");
  }

  @Test
  void nameChangesCarryTheirKindAndOnlyTablesAreTables() {
    Plan plan = example("3.2");

    assertThat(plan.names())
        .filteredOn(n -> n.kind().isTable())
        .extracting(NameChange::kind, NameChange::before, NameChange::after)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                NameChange.Kind.TABLE, "constituents_bmparliamentmember", "constituents_student"),
            org.assertj.core.groups.Tuple.tuple(
                NameChange.Kind.MANY_TO_MANY_TABLE,
                "constituents_bmparliamentmember_tags",
                "constituents_student_tags"));
    // a join table's column is not a table, though its label starts like one
    assertThat(plan.names())
        .filteredOn(n -> n.kind() == NameChange.Kind.MANY_TO_MANY_COLUMN)
        .isNotEmpty()
        .allSatisfy(n -> assertThat(n.what()).startsWith("many-to-many column "));
    assertThat(plan.names())
        .filteredOn(n -> n.kind() == NameChange.Kind.PERMISSION_CODENAME)
        .extracting(NameChange::after)
        .containsExactly(
            "constituents.add_student",
            "constituents.change_student",
            "constituents.delete_student",
            "constituents.view_student");
  }

  @Test
  void django61RenamesPermissionsItselfSoTheMigrationHasNoRunPython() {
    Plan plan = example("6.1");
    assertThat(plan.migration().text())
        .doesNotContain("RunPython")
        .doesNotContain("RenameModelOnNewState")
        .contains("migrations.RenameModel(")
        .contains("migrations.RenameIndex(");
    assertThat(finding(plan, "permission-grants").severity()).isEqualTo(Severity.LOW);
  }

  @Test
  void explicitDbTableOn50KeepsTheTableAndItsIncomingForeignKeys() {
    Plan plan =
        planner.plan(
            Shapes.input(
                "5.0",
                Shapes.source(Shapes.exampleRelations(), List.of(), "members"),
                Optional.empty(),
                EngineTraits.POSTGRESQL));
    assertThat(plan.oldTable()).isEqualTo("members");
    assertThat(plan.newTable()).isEqualTo("members");
    assertThat(plan.ddl()).noneMatch(s -> s.sql().contains("\"constituents_constituency\""));
  }

  @Test
  void mtiParentIsHighRiskAndGetsTheHandWrittenMigration() {
    Plan plan =
        planner.plan(
            Shapes.input(
                "3.2",
                Shapes.source(List.of(), List.of("constituents.Minister"), ""),
                Optional.empty(),
                EngineTraits.POSTGRESQL));
    assertThat(finding(plan, "mti-parent").severity()).isEqualTo(Severity.HIGH);
    assertThat(plan.risk()).isEqualTo(Severity.HIGH);
    assertThat(plan.hasFindingsAtOrAbove(Severity.HIGH)).isTrue();
    assertThat(plan.migration().text())
        .contains(
            "class RenameParentModel(migrations.RenameModel)",
            "RenameParentModel(",
            "model_name=\"minister\"",
            "old_name=\"bmparliamentmember_ptr\"",
            "new_name=\"student_ptr\"");
  }

  @Test
  void sourceOnlyPlanWithNoRelationsSaysWhatItCouldNotVerify() {
    Plan plan =
        planner.plan(
            Shapes.input(
                "4.2",
                Shapes.source(List.of(), List.of(), ""),
                Optional.empty(),
                EngineTraits.POSTGRESQL));
    assertThat(plan.ddl())
        .extracting(s -> s.sql())
        .hasSize(3)
        .first()
        .isEqualTo(
            "ALTER TABLE \"constituents_bmparliamentmember\" RENAME TO \"constituents_student\";");
    assertThat(plan.notVerified())
        .anyMatch(l -> l.startsWith("database:"))
        .anyMatch(l -> l.startsWith("backup:"));
    assertThat(plan.rollback().previousMigrationSource())
        .contains("not checked against django_migrations");
    assertThat(plan.checklist()).noneMatch(ChecklistItem::verified);
    assertThat(finding(plan, "database-not-read").severity()).isEqualTo(Severity.MEDIUM);
    assertThat(plan.findings()).noneMatch(f -> f.id().equals("referencing-rows"));
  }

  @Test
  void relatedNamesThatFollowTheClassNameAreAFindingUnlessTheMigrationAltersThem() {
    SourceFacts clean = Shapes.source(Shapes.exampleRelations(), List.of(), "");
    org.migplan.core.django.RelatedNameChange change =
        new org.migplan.core.django.RelatedNameChange(
            "student",
            "related_name",
            "constituents_bmparliamentmember_set",
            "constituents_student_set",
            Optional.empty());
    Plan unaltered =
        withoutDatabase(Shapes.variant(clean).relatedNameChanges(List.of(change)).build());

    assertThat(finding(unaltered, "templated-related-name").severity()).isEqualTo(Severity.MEDIUM);
    assertThat(finding(unaltered, "templated-related-name").evidence())
        .contains("student: constituents_bmparliamentmember_set -> constituents_student_set")
        .contains("does not write it for student");
    assertThat(unaltered.migration().text()).doesNotContain("AlterField");

    org.migplan.core.django.RelatedNameChange migrated =
        change.withMigrated(
            new org.migplan.core.django.ClassNamedIndex.MigratedCall(
                "models.ForeignKey(on_delete=models.CASCADE, related_name=",
                ", to='constituents.bmparliamentmember')",
                List.of()));
    Plan altered =
        withoutDatabase(Shapes.variant(clean).relatedNameChanges(List.of(migrated)).build());
    assertThat(finding(altered, "templated-related-name").severity()).isEqualTo(Severity.INFO);
    assertThat(altered.migration().text())
        .contains("migrations.AlterField(")
        .contains("related_name=\"constituents_student_set\"");
    assertThat(example("3.2").findings()).noneMatch(f -> f.id().equals("templated-related-name"));
  }

  @Test
  void aClassNamedConstraintNoMigrationWritesIsAFinding() {
    SourceFacts clean = Shapes.source(Shapes.exampleRelations(), List.of(), "");
    SourceFacts withConstraint =
        Shapes.variant(clean)
            .indexes(
                List.of(org.migplan.core.django.ClassNamedIndex.constraint("%(class)s_name_set")))
            .build();
    Plan plan = withoutDatabase(withConstraint);

    assertThat(finding(plan, "unmigrated-constraint").severity()).isEqualTo(Severity.MEDIUM);
    assertThat(finding(plan, "unmigrated-constraint").title()).contains("%(class)s_name_set");
    assertThat(example("3.2").findings()).noneMatch(f -> f.id().equals("unmigrated-constraint"));
  }

  @Test
  void reverseNamesThatClashAfterTheRenameBlockThePlanAndAreListed() {
    SourceFacts clean = Shapes.source(Shapes.exampleRelations(), List.of(), "");
    String clash =
        "constituents.Student.tags: its reverse query name is 'student', as is the field"
            + " constituents.Tag.student (fields.E303)";
    Plan plan = withoutDatabase(Shapes.variant(clean).clashes(List.of(clash)).build());

    assertThat(finding(plan, "reverse-name-clash").severity()).isEqualTo(Severity.HIGH);
    assertThat(finding(plan, "reverse-name-clash").evidence()).contains(clash);
    assertThat(example("3.2").findings()).noneMatch(f -> f.id().equals("reverse-name-clash"));
  }

  @Test
  void conflictingMigrationsBlockThePlanAndTheRenameDependsOnTheOneLeaf() {
    SourceFacts clean = Shapes.source(Shapes.exampleRelations(), List.of(), "");
    SourceFacts twoLeaves =
        Shapes.variant(clean).leaves(List.of("0002_tags", "0002_other")).build();
    Plan conflicting = withoutDatabase(twoLeaves);

    assertThat(finding(conflicting, "conflicting-migrations").severity()).isEqualTo(Severity.HIGH);
    assertThat(finding(conflicting, "conflicting-migrations").title())
        .contains("constituents (0002_other, 0002_tags)");
    assertThat(example("3.2").findings()).noneMatch(f -> f.id().equals("conflicting-migrations"));

    // the one leaf, not the last name, is what the rename depends on (a squash, a merge)
    SourceFacts squashed = Shapes.variant(clean).leaves(List.of("0001_initial")).build();
    assertThat(squashed.latestMigration()).contains("0001_initial");
    assertThat(clean.latestMigration()).contains("0002_tags");
  }

  @Test
  void aSwappableModelCannotBeRenamedAndTheRelationsPointingAtItAreNamed() {
    SourceFacts clean = Shapes.source(Shapes.exampleRelations(), List.of(), "");
    java.util.function.Function<String, Plan> planWith =
        setting -> withoutDatabase(Shapes.variant(clean).swappable(setting).build());
    Plan swappable = planWith.apply("PORTAL_MEMBER_MODEL");
    Finding finding = finding(swappable, "swappable-model");

    assertThat(finding.severity()).isEqualTo(Severity.HIGH);
    assertThat(finding.title()).contains("PORTAL_MEMBER_MODEL");
    List<String> pointing =
        clean.relations().stream()
            .filter(r -> r.pointsAt(Shapes.MEMBER))
            .map(r -> r.declaringModel() + "." + r.field())
            .toList();
    assertThat(pointing).isNotEmpty();
    assertThat(finding.evidence())
        .contains("to=settings.PORTAL_MEMBER_MODEL", "lazy-reference", "fresh database")
        .contains(pointing);
    assertThat(swappable.findings()).noneMatch(f -> f.id().equals("auth-user-model"));

    Plan user = planWith.apply("AUTH_USER_MODEL");
    assertThat(finding(user, "auth-user-model").severity()).isEqualTo(Severity.HIGH);
    assertThat(user.findings()).noneMatch(f -> f.id().equals("swappable-model"));
    assertThat(example("3.2").findings())
        .noneMatch(f -> f.id().equals("swappable-model") || f.id().equals("auth-user-model"));
  }

  @Test
  void relationsTheMigrationsLackMakeTheStateDirtyAndSayWhich() {
    SourceFacts clean = Shapes.source(Shapes.exampleRelations(), List.of(), "");
    String pending = "oth/models.py:14: oth.Committee.members: the migrations have no such field";
    SourceFacts dirty = Shapes.variant(clean).pending(List.of(pending)).build();
    Plan plan =
        planner.plan(
            Shapes.input(
                "3.2",
                dirty,
                Optional.of(
                    Shapes.database(EngineTraits.POSTGRESQL, "constituents_bmparliamentmember")),
                EngineTraits.POSTGRESQL));
    assertThat(finding(plan, "create-plus-delete").severity()).isEqualTo(Severity.HIGH);
    assertThat(finding(plan, "create-plus-delete").evidence()).contains(pending);
    assertThat(plan.checklist())
        .filteredOn(i -> i.item().startsWith("Migration state clean"))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.verified()).isFalse();
              assertThat(i.how()).startsWith("NOT clean").contains(pending);
            });
    assertThat(plan.notVerified()).noneMatch(l -> l.startsWith("migration state:"));
    assertThat(finding(example("3.2"), "create-plus-delete").severity()).isEqualTo(Severity.MEDIUM);
  }

  @Test
  void sqliteFlagsTableRebuilds() {
    Plan plan =
        planner.plan(
            Shapes.input(
                "3.2",
                Shapes.source(Shapes.exampleRelations(), List.of(), ""),
                Optional.of(
                    Shapes.database(EngineTraits.SQLITE, "constituents_bmparliamentmember")),
                EngineTraits.SQLITE));
    assertThat(finding(plan, "sqlite-table-rebuilds").evidence())
        .contains("constituents_constituency", "oth_committee_members");
  }

  @Test
  void samePlanTwice() {
    assertThat(example("3.2")).isEqualTo(example("3.2"));
  }
}
