package org.migplan.scan.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migplan.core.source.DjangoApp;
import org.migplan.core.source.ModelDeclaration;
import org.migplan.core.source.ProjectModel;
import org.migplan.core.source.RelationField;
import org.migplan.scan.ProjectScanner;
import org.migplan.scan.TestProjects;

/**
 * A project that carries a copy of Django's source at its root is read as if Django were installed:
 * its framework packages are not apps, and names are not followed into it.
 */
class VendoredDjangoTest {
  @TempDir Path installed;
  @TempDir Path vendored;

  private static final String SHOP_MODELS =
      """
      from django.contrib.auth.models import AbstractUser, Group
      from django.db import models

      class Status(models.TextChoices):
          OPEN = "open"

      class Member(AbstractUser):
          nickname = models.CharField(max_length=10)

      class Store(models.Model):
          owner = models.ForeignKey(Member, models.CASCADE)
          team = models.ForeignKey(Group, models.PROTECT)
          status = models.CharField(max_length=10, choices=Status.choices)
      """;

  /** A small copy of Django's layout: the ORM package, a form module and one contrib app. */
  private static final Map<String, String> DJANGO =
      Map.ofEntries(
          Map.entry("django/__init__.py", ""),
          Map.entry("django/db/__init__.py", ""),
          Map.entry(
              "django/db/models/__init__.py",
              """
              from django.db.models.base import Model
              from django.db.models.enums import TextChoices
              from django.db.models.fields import CharField
              from django.db.models.fields.related import ForeignKey, ManyToManyField
              """),
          Map.entry(
              "django/db/models/base.py",
              "class ModelBase(type):\n    pass\n\nclass Model(metaclass=ModelBase):\n    pass\n"),
          Map.entry(
              "django/db/models/enums.py",
              "import enum\n\nclass Choices(enum.Enum):\n    pass\n\n"
                  + "class TextChoices(str, Choices):\n    pass\n"),
          Map.entry(
              "django/db/models/fields/__init__.py",
              "class Field:\n    pass\n\nclass CharField(Field):\n    pass\n"),
          Map.entry(
              "django/db/models/fields/related.py",
              "from django.db.models.fields import Field\n\nclass ForeignKey(Field):\n    pass\n\n"
                  + "class ManyToManyField(Field):\n    pass\n"),
          Map.entry(
              "django/forms/models.py",
              "class BaseModelForm:\n    pass\n\nclass ModelForm(BaseModelForm):\n    pass\n"),
          Map.entry("django/contrib/__init__.py", ""),
          Map.entry("django/contrib/auth/__init__.py", ""),
          Map.entry(
              "django/contrib/auth/models.py",
              """
              from django.db import models

              class Group(models.Model):
                  name = models.CharField(max_length=150)

              class PermissionsMixin(models.Model):
                  groups = models.ManyToManyField(Group, blank=True)

                  class Meta:
                      abstract = True

              class AbstractUser(PermissionsMixin):
                  class Meta:
                      abstract = True
              """));

  private static void shop(Path root) throws IOException {
    TestProjects.write(root, "shop/__init__.py", "");
    TestProjects.write(root, "shop/models.py", SHOP_MODELS);
  }

  private ProjectModel both() throws IOException {
    shop(installed);
    shop(vendored);
    for (Map.Entry<String, String> file : DJANGO.entrySet()) {
      TestProjects.write(vendored, file.getKey(), file.getValue());
    }
    return ProjectScanner.catalogue(vendored);
  }

  @Test
  void onlyDjangoContribPackagesAreApps() throws IOException {
    ProjectModel model = both();

    assertThat(model.apps())
        .extracting(DjangoApp::directory)
        .containsExactlyInAnyOrder("shop", "django/contrib/auth");
  }

  @Test
  void theProjectsModelsAndRelationsAreThoseOfAnInstalledDjango() throws IOException {
    ProjectModel withCopy = both();
    ProjectModel without = ProjectScanner.catalogue(installed);

    assertThat(shopModels(withCopy)).isEqualTo(shopModels(without)).hasSize(2);
    assertThat(shopRelations(withCopy))
        .isEqualTo(shopRelations(without))
        .extracting(RelationField::field)
        .containsExactlyInAnyOrder("owner", "team", "groups", "user_permissions");
  }

  @Test
  void namesAreNotFollowedIntoTheCopy() throws IOException {
    both();
    ProjectFiles files = ProjectFiles.walk(vendored);
    ModuleIndex modules = new ModuleIndex(files.python(), files.root());
    SourceFile shop =
        files.python().stream()
            .filter(f -> f.relative().equals("shop/models.py"))
            .findFirst()
            .orElseThrow();
    var module = modules.module(shop).orElseThrow();
    ClassResolver resolver = new ClassResolver(modules);

    assertThat(resolver.resolve(shop, module, "models.TextChoices")).isEmpty();
    assertThat(resolver.resolve(shop, module, "AbstractUser")).isEmpty();
    assertThat(resolver.resolve(shop, module, "Member"))
        .map(r -> r.definition().name())
        .contains("Member");
  }

  private static List<String> shopModels(ProjectModel model) {
    return model.models().stream()
        .filter(m -> m.label().appLabel().equals("shop"))
        .map(ModelDeclaration::toString)
        .sorted()
        .toList();
  }

  private static List<RelationField> shopRelations(ProjectModel model) {
    return model.relations().stream()
        .filter(r -> r.sourceModel().appLabel().equals("shop"))
        .sorted(java.util.Comparator.comparing(RelationField::field))
        .toList();
  }
}
