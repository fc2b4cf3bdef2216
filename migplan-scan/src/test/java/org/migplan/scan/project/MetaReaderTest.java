package org.migplan.scan.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migplan.core.django.ClassNamedIndex;
import org.migplan.core.model.ModelLabel;
import org.migplan.scan.ProjectScanner;

/** Meta.indexes whose names follow the model, found where Python finds the Meta attribute. */
class MetaReaderTest {
  @TempDir Path project;

  private static final String MODELS =
      """
      from django.db import models


      class Base(models.Model):
          name = models.CharField(max_length=9)

          class Meta:
              abstract = True
              indexes = [models.Index(fields=['name'])]


      class Tagged(Base):
          pass


      class Explicit(Base):
          class Meta(Base.Meta):
              verbose_name = 'explicit'


      class Own(Base):
          class Meta:
              verbose_name = 'own'


      class Concrete(models.Model):
          name = models.CharField(max_length=9)

          class Meta:
              indexes = [
                  models.Index(fields=['-name'], name='%(class)s_n_idx'),
                  models.Index(fields=['name']),
                  models.Index(fields=['name'], name='fixed_idx'),
                  models.Index(fields=['name'], condition=models.Q(name='x')),
              ]


      class Child(Concrete):
          pass


      class Fixed(Base):
          class Meta(Base.Meta):
              db_table = 'fixed_table'
      """;

  private List<ClassNamedIndex> indexes(String model) throws IOException {
    if (!Files.exists(project.resolve("school/models.py"))) {
      Files.createDirectories(project.resolve("school"));
      Files.writeString(project.resolve("school/__init__.py"), "");
      Files.writeString(project.resolve("school/models.py"), MODELS);
    }
    ScannedProject scanned = ProjectScanner.scan(project);
    return MetaReader.read(
            scanned, ProjectScanner.locate(scanned.model(), ModelLabel.parse(model), project))
        .classNamedIndexes();
  }

  @Test
  void anAbstractBasesIndexesReachSubclassesWithoutAMetaAndThoseWhoseMetaSubclassesItsMeta()
      throws IOException {
    ClassNamedIndex inherited =
        ClassNamedIndex.unnamed(List.of("name"), List.of("name"), "idx", Optional.empty());
    assertThat(indexes("school.Tagged")).containsExactly(inherited);
    assertThat(indexes("school.Explicit")).containsExactly(inherited);
    // a Meta of its own that does not subclass the base's has no indexes
    assertThat(indexes("school.Own")).isEmpty();
  }

  @Test
  void aConcreteParentsMetaIsNotInherited() throws IOException {
    // a named index keeps its name; one with options other than fields is not written out
    assertThat(indexes("school.Concrete"))
        .containsExactly(
            new ClassNamedIndex("%(class)s_n_idx", List.of("-name"), List.of("name")),
            ClassNamedIndex.unnamed(List.of("name"), List.of("name"), "idx", Optional.empty()));
    assertThat(indexes("school.Child")).isEmpty();
  }

  /**
   * An index with another class or options is re-added (Django before 4.1) as the app's latest
   * migration naming it wrote it, with the imports it needs; a plain one is not looked up.
   */
  @Test
  void anIndexWithOptionsIsCarriedOverAsItsMigrationWroteIt() throws IOException {
    org.migplan.scan.TestProjects.write(project, "club/__init__.py", "");
    org.migplan.scan.TestProjects.write(
        project,
        "club/models.py",
        """
        from django.contrib.postgres.indexes import GinIndex
        from django.db import models


        class Member(models.Model):
            tags = models.JSONField()
            name = models.CharField(max_length=80)

            class Meta:
                indexes = [
                    GinIndex(fields=['tags'], name='%(class)s_tags_gin'),
                    models.Index(fields=['name'], name='%(class)s_live',
                                 condition=models.Q(name__gt='')),
                    models.Index(fields=['name'], name='%(class)s_name'),
                ]
        """);
    org.migplan.scan.TestProjects.write(project, "club/migrations/__init__.py", "");
    org.migplan.scan.TestProjects.write(
        project,
        "club/migrations/0001_initial.py",
        """
        import django.contrib.postgres.indexes
        from django.db import migrations, models


        class Migration(migrations.Migration):
            initial = True
            operations = [
                migrations.CreateModel(
                    name='Member',
                    fields=[
                        ('id', models.AutoField(primary_key=True, serialize=False)),
                        ('tags', models.JSONField()),
                        ('name', models.CharField(max_length=80)),
                    ],
                ),
                migrations.AddIndex(
                    model_name='member',
                    index=django.contrib.postgres.indexes.GinIndex(fields=['tags'], name='member_tags_gin'),
                ),
            ]
        """);
    org.migplan.scan.TestProjects.write(
        project,
        "club/migrations/0002_live.py",
        """
        from django.db import migrations, models


        class Migration(migrations.Migration):
            dependencies = [('club', '0001_initial')]
            operations = [
                migrations.AddIndex(
                    model_name='member',
                    index=models.Index(condition=models.Q(('name__gt', '')), fields=['name'], name='member_live'),
                ),
                migrations.AddIndex(
                    model_name='member',
                    index=models.Index(fields=['name'], name='member_name'),
                ),
            ]
        """);
    List<ClassNamedIndex> found = clubMemberIndexes();

    assertThat(found).hasSize(3);
    // a plain Index(fields=..., name=...) is written by migplan, not looked up
    assertThat(found.get(2).migrated()).isEmpty();
    assertThat(found.get(0).migrated())
        .hasValueSatisfying(
            call -> {
              assertThat(call.withName("'student_tags_gin'"))
                  .isEqualTo(
                      "django.contrib.postgres.indexes.GinIndex(fields=['tags'],"
                          + " name='student_tags_gin')");
              assertThat(call.imports()).containsExactly("import django.contrib.postgres.indexes");
            });
    assertThat(found.get(1).migrated())
        .hasValueSatisfying(
            call -> {
              assertThat(call.withName("'student_live'"))
                  .isEqualTo(
                      "models.Index(condition=models.Q(('name__gt', '')), fields=['name'],"
                          + " name='student_live')");
              assertThat(call.imports()).isEmpty();
            });
  }

  @Test
  void aTableSetInMetaKeepsAnUnnamedIndexsName() throws IOException {
    List<ClassNamedIndex> fixed = indexes("school.Fixed");
    assertThat(fixed).hasSize(1);
    assertThat(fixed.get(0).explicitTable()).contains("fixed_table");
    assertThat(fixed.get(0).nameFor("school", "Fixed"))
        .isEqualTo(fixed.get(0).nameFor("school", "Renamed"));
  }

  /**
   * Constraints named with %(class)s follow the model; their calls come from the app's migrations,
   * and one no migration writes has none.
   */
  @Test
  void classNamedConstraintsAreReadWithTheirMigratedCalls() throws IOException {
    org.migplan.scan.TestProjects.write(project, "club/__init__.py", "");
    org.migplan.scan.TestProjects.write(
        project,
        "club/models.py",
        """
        from django.db import models
        from django.db.models import Q, UniqueConstraint


        class Member(models.Model):
            name = models.CharField(max_length=80)
            code = models.CharField(max_length=8)

            class Meta:
                constraints = [
                    UniqueConstraint(fields=['code'], name='%(app_label)s_%(class)s_code'),
                    models.CheckConstraint(check=~Q(name=''), name='%(class)s_named'),
                    models.CheckConstraint(check=~Q(code=''), name='%(app_label)s_coded'),
                    models.CheckConstraint(check=Q(code__gt='0'), name='member_fixed'),
                    models.CheckConstraint(check=Q(code__lt='9'), name='%(class)s_new'),
                ]
        """);
    org.migplan.scan.TestProjects.write(project, "club/migrations/__init__.py", "");
    org.migplan.scan.TestProjects.write(
        project,
        "club/migrations/0001_initial.py",
        """
        from django.db import migrations, models


        class Migration(migrations.Migration):
            initial = True
            operations = [
                migrations.CreateModel(
                    name='Member',
                    fields=[
                        ('id', models.AutoField(primary_key=True, serialize=False)),
                        ('name', models.CharField(max_length=80)),
                        ('code', models.CharField(max_length=8)),
                    ],
                ),
                migrations.AddConstraint(
                    model_name='member',
                    constraint=models.UniqueConstraint(fields=('code',), name='club_member_code'),
                ),
                migrations.AddConstraint(
                    model_name='member',
                    constraint=models.CheckConstraint(check=models.Q(('name', ''), _negated=True), name='member_named'),
                ),
            ]
        """);
    List<ClassNamedIndex> found = clubMemberIndexes();

    assertThat(found)
        .allMatch(ClassNamedIndex::constraint)
        .extracting(ClassNamedIndex::template)
        .containsExactly("%(app_label)s_%(class)s_code", "%(class)s_named", "%(class)s_new");
    assertThat(found.get(0).migrated().map(c -> c.withName("'club_student_code'")))
        .contains("models.UniqueConstraint(fields=('code',), name='club_student_code')");
    assertThat(found.get(1).migrated().map(c -> c.withName("'student_named'")))
        .contains(
            "models.CheckConstraint(check=models.Q(('name', ''), _negated=True),"
                + " name='student_named')");
    assertThat(found.get(2).migrated()).isEmpty();
  }

  /**
   * A related_name written with %(class)s on an abstract base: the field is altered to the new name
   * as the app's migration wrote it.
   */
  @Test
  void aTemplatedRelatedNameIsFoundInTheMigrationThatDefinesTheField() throws IOException {
    org.migplan.scan.TestProjects.write(project, "club/__init__.py", "");
    org.migplan.scan.TestProjects.write(
        project,
        "club/models.py",
        """
        from django.db import models


        class Owned(models.Model):
            owner = models.ForeignKey(
                "auth.User", models.CASCADE, related_name="%(app_label)s_%(class)s_set")

            class Meta:
                abstract = True


        class Member(Owned):
            name = models.CharField(max_length=80)
        """);
    org.migplan.scan.TestProjects.write(project, "club/migrations/__init__.py", "");
    org.migplan.scan.TestProjects.write(
        project,
        "club/migrations/0001_initial.py",
        """
        import django.db.models.deletion
        from django.db import migrations, models


        class Migration(migrations.Migration):
            initial = True
            operations = [
                migrations.CreateModel(
                    name='Member',
                    fields=[
                        ('id', models.AutoField(primary_key=True, serialize=False)),
                        ('name', models.CharField(max_length=80)),
                        ('owner', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='club_member_set', to='auth.user')),
                    ],
                ),
            ]
        """);
    ScannedProject scanned = ProjectScanner.scan(project);
    List<org.migplan.core.django.RelatedNameChange> found =
        MetaReader.relatedNameChanges(
            scanned,
            ProjectScanner.locate(scanned.model(), ModelLabel.parse("club.Member"), project),
            "Student");

    assertThat(found).hasSize(1);
    assertThat(found.get(0).field()).isEqualTo("owner");
    assertThat(found.get(0).after()).isEqualTo("club_student_set");
    assertThat(found.get(0).migrated().get().withName("'club_student_set'"))
        .isEqualTo(
            "models.ForeignKey(on_delete=django.db.models.deletion.CASCADE,"
                + " related_name='club_student_set', to='auth.user')");
    assertThat(found.get(0).migrated().get().imports())
        .containsExactly("import django.db.models.deletion");
  }

  private List<ClassNamedIndex> clubMemberIndexes() {
    ScannedProject scanned = ProjectScanner.scan(project);
    return MetaReader.read(
            scanned,
            ProjectScanner.locate(scanned.model(), ModelLabel.parse("club.Member"), project))
        .classNamedIndexes();
  }
}
