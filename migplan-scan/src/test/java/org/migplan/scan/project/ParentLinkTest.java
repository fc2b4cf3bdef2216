package org.migplan.scan.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migplan.core.source.ProjectModel;
import org.migplan.core.source.RelationField;
import org.migplan.core.source.RelationKind;
import org.migplan.scan.ProjectScanner;

/** The parent link Django creates for multi-table inheritance, with the options it gives it. */
class ParentLinkTest {
  @TempDir Path project;

  private ProjectModel scan() throws IOException {
    Files.createDirectories(project.resolve("shop"));
    Files.writeString(project.resolve("shop/__init__.py"), "");
    Files.writeString(
        project.resolve("shop/models.py"),
        """
        from django.contrib.auth.models import Group
        from django.db import models

        class Place(models.Model):
            name = models.CharField(max_length=10)

        class Shop(Place):
            owner_name = models.CharField(max_length=10)

        class Kiosk(Place):
            site = models.OneToOneField(Place, models.PROTECT, parent_link=True)

        class Team(Group):
            motto = models.CharField(max_length=10)
        """);
    return ProjectScanner.catalogue(project);
  }

  private static RelationField relation(ProjectModel model, String source, String field) {
    return model.relations().stream()
        .filter(r -> r.sourceModel().toString().equals(source) && r.field().equals(field))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + source + "." + field));
  }

  @Test
  void theImplicitLinkToAProjectModelCascades() throws IOException {
    RelationField link = relation(scan(), "shop.Shop", "place_ptr");

    assertThat(link.kind()).isEqualTo(RelationKind.PARENT_LINK);
    assertThat(link.options().onDelete()).contains("models.CASCADE");
    assertThat(link.options().nullable()).isEmpty();
    assertThat(link.options().relatedName()).isEmpty();
  }

  @Test
  void theImplicitLinkToAContribModelCascades() throws IOException {
    RelationField link = relation(scan(), "shop.Team", "group_ptr");

    assertThat(link.kind()).isEqualTo(RelationKind.PARENT_LINK);
    assertThat(link.target().map(Object::toString)).contains("auth.Group");
    assertThat(link.options().onDelete()).contains("models.CASCADE");
  }

  @Test
  void anExplicitLinkKeepsItsOwnOnDelete() throws IOException {
    ProjectModel model = scan();
    RelationField link = relation(model, "shop.Kiosk", "site");

    assertThat(link.kind()).isEqualTo(RelationKind.PARENT_LINK);
    assertThat(link.options().onDelete()).contains("models.PROTECT");
    assertThat(model.relations())
        .noneMatch(
            r -> r.sourceModel().toString().equals("shop.Kiosk") && r.field().equals("place_ptr"));
  }
}
