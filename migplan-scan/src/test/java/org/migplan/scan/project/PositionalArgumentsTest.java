package org.migplan.scan.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migplan.core.source.ProjectModel;
import org.migplan.core.source.RelationField;
import org.migplan.scan.ProjectScanner;
import org.migplan.scan.TestProjects;

/** Relation options given by position are read in each class's own parameter order. */
class PositionalArgumentsTest {
  @TempDir Path project;
  private ProjectModel model;

  @BeforeEach
  void scan() throws IOException {
    TestProjects.write(project, "club/__init__.py", "");
    TestProjects.write(
        project,
        "club/models.py",
        """
        from django.contrib.contenttypes.fields import GenericForeignKey, GenericRelation
        from django.db import models

        class Tag(models.Model):
            name = models.CharField(max_length=10, unique=True)

        class Member(models.Model):
            mentor = models.ForeignKey("self", models.SET_NULL, "mentees", "mentee", null=True)
            tags = models.ManyToManyField(Tag, "members", "member")
            badge = models.OneToOneField(Tag, models.CASCADE, "name")
            notes = GenericRelation("Note", "target_id", "target_type")

        class Note(models.Model):
            target_type = models.ForeignKey("contenttypes.ContentType", on_delete=models.CASCADE)
            target_id = models.PositiveIntegerField()
            target = GenericForeignKey("target_type", "target_id")
        """);
    model = ProjectScanner.catalogue(project);
  }

  private RelationField relation(String source, String field) {
    return model.relations().stream()
        .filter(r -> r.sourceModel().toString().equals(source) && r.field().equals(field))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + source + "." + field));
  }

  @Test
  void aForeignKeyTakesOnDeleteThenRelatedNames() {
    RelationField mentor = relation("club.Member", "mentor");

    assertThat(mentor.options().onDelete()).contains("models.SET_NULL");
    assertThat(mentor.options().relatedName()).contains("mentees");
    assertThat(mentor.options().relatedQueryName()).contains("mentee");
  }

  @Test
  void aManyToManyTakesRelatedNamesSecondAndHasNoOnDelete() {
    RelationField tags = relation("club.Member", "tags");

    assertThat(tags.options().relatedName()).contains("members");
    assertThat(tags.options().relatedQueryName()).contains("member");
    assertThat(tags.options().onDelete()).isEmpty();
  }

  @Test
  void aOneToOneTakesToFieldThird() {
    RelationField badge = relation("club.Member", "badge");

    assertThat(badge.options().onDelete()).contains("models.CASCADE");
    assertThat(badge.options().toField()).contains("name");
    assertThat(badge.options().relatedName()).isEmpty();
  }

  @Test
  void genericRelationsAndForeignKeysHaveNoOnDelete() {
    assertThat(relation("club.Member", "notes").options().onDelete()).isEmpty();
    assertThat(relation("club.Note", "target").options().onDelete()).isEmpty();
    assertThat(relation("club.Note", "target").options().relatedName()).isEmpty();
  }
}
