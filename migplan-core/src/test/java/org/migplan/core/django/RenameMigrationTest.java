package org.migplan.core.django;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RenameMigrationTest {
  private static RenameMigration migration(String version, List<String> otherAppChildren) {
    return migration(version, otherAppChildren, List.of());
  }

  private static RenameMigration migration(
      String version, List<String> otherAppChildren, List<ClassNamedIndex> indexes) {
    return migration(version, otherAppChildren, indexes, List.of());
  }

  private static RenameMigration migration(
      String version,
      List<String> otherAppChildren,
      List<ClassNamedIndex> indexes,
      List<RelatedNameChange> alterations) {
    return new RenameMigration(
        "constituents",
        "BMParliamentMember",
        "Student",
        "bm parliament member",
        "student",
        Optional.of("0005_proxy"),
        6,
        List.of(),
        indexes,
        new RenameBehaviour(DjangoVersion.parse(version)),
        "migplan test",
        true,
        List.of(
            new MigrationFiles("hostel", "src/apps/hostel/migrations", List.of("0001_initial")),
            new MigrationFiles(
                "alumni", "src/apps/alumni/migrations", List.of("0002_b", "0001_initial")),
            new MigrationFiles("constituents", "ignored", List.of("0005_proxy")),
            new MigrationFiles("nomig", "src/nomig/migrations", List.of())),
        otherAppChildren,
        List.of(),
        alterations,
        List.of());
  }

  @Test
  void dependsOnTheLatestMigrationOfEveryRelatedAppAndOnAuthWhereItRenamesPermissions() {
    assertThat(migration("3.2.25", List.of()).dependencies())
        .containsExactly(
            Map.entry("constituents", "0005_proxy"),
            Map.entry("alumni", "0002_b"),
            Map.entry("hostel", "0001_initial"),
            Map.entry("auth", "0012_alter_user_first_name_max_length"),
            Map.entry("contenttypes", "0002_remove_content_type_name"));
    assertThat(migration("6.1.1", List.of()).dependencies())
        .containsExactly(
            Map.entry("constituents", "0005_proxy"),
            Map.entry("alumni", "0002_b"),
            Map.entry("hostel", "0001_initial"));
    assertThat(migration("3.2.25", List.of()).text())
        .contains("        (\"alumni\", \"0002_b\"),\n")
        .contains("class RenameParentModel(migrations.RenameModel):")
        .contains("def database_forwards(self, app_label, schema_editor, from_state, to_state):")
        .contains("RenameParentModel(\n            old_name=\"BMParliamentMember\"");
  }

  @Test
  void childrenInOtherAppsGetAParentLinkMigrationInTheirApp() {
    RenameMigration rename =
        migration("3.2.25", List.of("alumni.Graduate", "alumni.Alumnus", "nomig.Orphan"));
    assertThat(rename.text()).doesNotContain("RenameField");
    List<ParentLinkMigration> companions = rename.companions();
    assertThat(companions).hasSize(1); // an app without migrations has no child in its state
    ParentLinkMigration alumni = companions.get(0);
    assertThat(alumni.path())
        .isEqualTo("src/apps/alumni/migrations/0003_rename_bmparliamentmember_ptr_student_ptr.py");
    assertThat(alumni.text())
        .contains(
            "    dependencies = [\n"
                + "        (\"alumni\", \"0002_b\"),\n"
                + "        (\"constituents\", \"0006_rename_bmparliamentmember_student\"),\n"
                + "    ]\n")
        .contains(
            "        migrations.RenameField(\n"
                + "            model_name=\"alumnus\",\n"
                + "            old_name=\"bmparliamentmember_ptr\",\n"
                + "            new_name=\"student_ptr\",\n"
                + "        ),\n"
                + "        migrations.RenameField(\n"
                + "            model_name=\"graduate\",");
  }

  /**
   * An index written without a name is named after the table: renaming a model whose table is the
   * default renames it (names as Django 3.2's Index.set_name_with_model gives them); one whose
   * table is set in its Meta keeps it.
   */
  @Test
  void anUnnamedIndexFollowsTheDefaultTableOnly() {
    ClassNamedIndex unnamed =
        ClassNamedIndex.unnamed(
            List.of("-born", "name"), List.of("born", "name"), "idx", Optional.empty());
    String before = unnamed.nameFor("constituents", "BMParliamentMember");
    String after = unnamed.nameFor("constituents", "Student");
    assertThat(before).startsWith("constituent_born_").endsWith("_idx").isNotEqualTo(after);

    assertThat(migration("3.2.25", List.of(), List.of(unnamed)).text())
        .contains(
            "migrations.RemoveIndex(\n            model_name=\"student\",\n            name=\""
                + before)
        .contains("index=models.Index(fields=[\"-born\", \"name\"], name=\"" + after + "\")");
    assertThat(migration("4.2.28", List.of(), List.of(unnamed)).text())
        .contains("new_name=\"" + after + "\",\n            old_name=\"" + before + "\"");

    ClassNamedIndex fixedTable =
        ClassNamedIndex.unnamed(List.of("name"), List.of("name"), "idx", Optional.of("members"));
    assertThat(migration("3.2.25", List.of(), List.of(fixedTable)).text())
        .doesNotContain("RemoveIndex")
        .doesNotContain("AddIndex");
  }

  /**
   * On Django before 4.1 an index with another class or options is re-added as its app's migration
   * wrote it, under the new name and with that migration's imports; from 4.1 RenameIndex keeps it.
   */
  @Test
  void anIndexWithOptionsIsReAddedAsItsMigrationWroteIt() {
    ClassNamedIndex gin =
        new ClassNamedIndex("%(class)s_tags_gin", List.of("tags"), List.of("tags"))
            .withMigrated(
                new ClassNamedIndex.MigratedCall(
                    "django.contrib.postgres.indexes.GinIndex(fields=['tags'], name=",
                    ", opclasses=['jsonb_path_ops'])",
                    List.of("import django.contrib.postgres.indexes")));

    String text = migration("3.2.25", List.of(), List.of(gin)).text();
    assertThat(text)
        .contains(
            "import django.contrib.postgres.indexes\nfrom django.db import migrations, models\n")
        .contains(
            "index=django.contrib.postgres.indexes.GinIndex(fields=['tags'],"
                + " name=\"student_tags_gin\", opclasses=['jsonb_path_ops']),")
        .doesNotContain("models.Index(");
    assertThat(migration("4.2.28", List.of(), List.of(gin)).text())
        .contains("migrations.RenameIndex(")
        .doesNotContain("import django.contrib.postgres.indexes");
  }

  /**
   * A constraint named with %(class)s is removed and added again under the new name on every Django
   * version (none renames a constraint), as its app's migration wrote it; one no migration names is
   * left alone (the plan says so).
   */
  @Test
  void aClassNamedConstraintIsRemovedAndAddedAgainOnEveryVersion() {
    ClassNamedIndex unique =
        ClassNamedIndex.constraint("%(app_label)s_%(class)s_adm_uniq")
            .withMigrated(
                new ClassNamedIndex.MigratedCall(
                    "models.UniqueConstraint(fields=('admission_number', 'name'), name=",
                    ")",
                    List.of()));
    ClassNamedIndex unmigrated = ClassNamedIndex.constraint("%(class)s_unmigrated");

    for (String version : List.of("3.2.25", "4.2.28")) {
      String text = migration(version, List.of(), List.of(unique, unmigrated)).text();
      assertThat(text)
          .contains("from django.db import migrations, models\n")
          .contains(
              "        migrations.RemoveConstraint(\n            model_name=\"student\",\n"
                  + "            name=\"constituents_bmparliamentmember_adm_uniq\",\n        ),\n")
          .contains(
              "constraint=models.UniqueConstraint(fields=('admission_number', 'name'),"
                  + " name=\"constituents_student_adm_uniq\"),")
          .doesNotContain("unmigrated")
          .doesNotContain("RenameIndex")
          .doesNotContain("RemoveIndex");
    }
  }

  /** A %(class)s related_name the rename changes is altered after the RenameModel, no SQL. */
  @Test
  void aTemplatedRelatedNameIsAlteredAsItsMigrationWroteTheField() {
    RelatedNameChange owner =
        new RelatedNameChange(
                "owner",
                "related_name",
                "constituents_bmparliamentmember_set",
                "constituents_student_set",
                Optional.empty())
            .withMigrated(
                new ClassNamedIndex.MigratedCall(
                    "models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name=",
                    ", to='auth.user')",
                    List.of("import django.db.models.deletion")));
    RenameMigration migration = migration("4.2.28", List.of(), List.of(), List.of(owner));

    assertThat(migration.text())
        .contains("import django.db.models.deletion\nfrom django.db import migrations, models\n")
        .contains(
            "        migrations.AlterField(\n            model_name=\"student\",\n"
                + "            name=\"owner\",\n            field=models.ForeignKey("
                + "on_delete=django.db.models.deletion.CASCADE,"
                + " related_name=\"constituents_student_set\", to='auth.user'),\n        ),\n");
  }
}
