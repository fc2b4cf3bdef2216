package org.migplan.scan.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migplan.core.model.ModelLabel;
import org.migplan.core.source.ModelDeclaration;
import org.migplan.core.source.RelationField;
import org.migplan.scan.ProjectScanner;
import org.migplan.scan.TestProjects;

/**
 * Relation targets named through an app's settings object, the way django-oauth-toolkit names its
 * swappable models ({@code ForeignKey(oauth2_settings.APPLICATION_MODEL, ...)}), and the swappable
 * setting that stands for a model.
 */
class AppSettingObjectsTest {
  @TempDir Path project;

  /** An app shaped like django-oauth-toolkit 1.7: defaults read Django settings first. */
  private void writeApp(String projectSettings) throws IOException {
    TestProjects.write(
        project,
        "manage.py",
        "import os\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'site_cfg.settings')\n");
    TestProjects.write(project, "site_cfg/__init__.py", "");
    TestProjects.write(project, "site_cfg/settings.py", projectSettings);
    TestProjects.write(project, "auth2/__init__.py", "");
    TestProjects.write(
        project,
        "auth2/settings.py",
        """
        from django.conf import settings

        USER_SETTINGS = getattr(settings, "AUTH2", None)
        CLIENT_MODEL = getattr(settings, "AUTH2_CLIENT_MODEL", "auth2.Client")
        if settings.DEBUG:
            GRANT_MODEL = "auth2.Grant"
        DEFAULTS = {
            "CLIENT_MODEL": CLIENT_MODEL,
            "TOKEN_MODEL": "auth2.Token",
            "GRANT_MODEL": GRANT_MODEL,
            "SCOPES": {"read": "Reading"},
        }


        class AppSettings:
            def __init__(self, user_settings=None, defaults=None):
                self.user_settings = user_settings or {}
                self.defaults = defaults or {}


        auth2_settings = AppSettings(USER_SETTINGS, DEFAULTS)
        """);
    TestProjects.write(
        project,
        "auth2/models.py",
        """
        from django.db import models

        from .settings import auth2_settings
        from . import settings as app_settings


        class Client(models.Model):
            name = models.CharField(max_length=20)

            class Meta:
                swappable = "AUTH2_CLIENT_MODEL"


        class Token(models.Model):
            client = models.ForeignKey(auth2_settings.CLIENT_MODEL, on_delete=models.CASCADE)
            also = models.ForeignKey(
                app_settings.auth2_settings.CLIENT_MODEL, models.CASCADE, related_name="+")

            class Meta:
                swappable = "AUTH2_TOKEN_MODEL"


        class Grant(models.Model):
            token = models.ForeignKey(auth2_settings.TOKEN_MODEL, on_delete=models.CASCADE)
            odd = models.ForeignKey(auth2_settings.GRANT_MODEL, on_delete=models.CASCADE)
        """);
    TestProjects.write(project, "shop/__init__.py", "");
    TestProjects.write(
        project,
        "shop/models.py",
        """
        from django.db import models


        class Partner(models.Model):
            name = models.CharField(max_length=20)
        """);
  }

  private static Optional<ModelLabel> target(
      ScannedProjectView scanned, String source, String field) {
    return scanned.relation(source, field).target();
  }

  /** The catalogue and the scanned project, for the lookups below. */
  private record ScannedProjectView(ScannedProject project) {
    RelationField relation(String source, String field) {
      return project.model().relations().stream()
          .filter(r -> r.sourceModel().toString().equals(source) && r.field().equals(field))
          .findFirst()
          .orElseThrow(() -> new AssertionError("no " + source + "." + field));
    }

    Optional<String> swappable(String label) {
      ModelDeclaration model = project.model().find(ModelLabel.parse(label)).orElseThrow();
      return MetaReader.swappableSetting(project, model);
    }
  }

  private ScannedProjectView scan() {
    return new ScannedProjectView(ProjectScanner.scan(project));
  }

  @Test
  void anAttributeOfTheSettingsObjectReadsTheAppsDefaults() throws IOException {
    writeApp("INSTALLED_APPS = ['auth2', 'shop']\n");
    ScannedProjectView scanned = scan();

    assertThat(target(scanned, "auth2.Token", "client")).contains(ModelLabel.parse("auth2.Client"));
    assertThat(target(scanned, "auth2.Token", "also")).contains(ModelLabel.parse("auth2.Client"));
    assertThat(target(scanned, "auth2.Grant", "token")).contains(ModelLabel.parse("auth2.Token"));
  }

  @Test
  void theProjectsDjangoSettingComesBeforeTheDefault() throws IOException {
    writeApp("INSTALLED_APPS = ['auth2', 'shop']\nAUTH2_CLIENT_MODEL = 'shop.Partner'\n");
    ScannedProjectView scanned = scan();

    assertThat(target(scanned, "auth2.Token", "client")).contains(ModelLabel.parse("shop.Partner"));
    assertThat(scanned.swappable("shop.Partner")).contains("AUTH2_CLIENT_MODEL");
    assertThat(scanned.swappable("auth2.Client")).isEmpty(); // swapped out
  }

  @Test
  void theProjectsOwnDictionaryComesFirst() throws IOException {
    writeApp(
        "INSTALLED_APPS = ['auth2', 'shop']\nAUTH2 = {'TOKEN_MODEL': 'shop.Partner', 'X': 1}\n");
    ScannedProjectView scanned = scan();

    assertThat(target(scanned, "auth2.Grant", "token")).contains(ModelLabel.parse("shop.Partner"));
    assertThat(target(scanned, "auth2.Token", "client")).contains(ModelLabel.parse("auth2.Client"));
  }

  @Test
  void aValueAssignedInsideABlockIsNotGuessed() throws IOException {
    writeApp("INSTALLED_APPS = ['auth2', 'shop']\n");
    ScannedProjectView scanned = scan();

    assertThat(target(scanned, "auth2.Grant", "odd")).isEmpty();
  }

  @Test
  void anObjectWhoseSettingsAreNotDjangosIsNotRead() throws IOException {
    writeApp("INSTALLED_APPS = ['auth2', 'shop']\nAUTH2_CLIENT_MODEL = 'shop.Partner'\n");
    TestProjects.write(
        project,
        "auth2/settings.py",
        """
        from myconf import settings

        DEFAULTS = {"CLIENT_MODEL": getattr(settings, "AUTH2_CLIENT_MODEL", "auth2.Client")}
        auth2_settings = object(DEFAULTS)
        """);
    ScannedProjectView scanned = scan();

    assertThat(target(scanned, "auth2.Token", "client")).isEmpty();
  }

  @Test
  void theModelDeclaringASwappableSettingStandsForItWhenTheProjectLeavesItUnset()
      throws IOException {
    writeApp("INSTALLED_APPS = ['auth2', 'shop']\n");
    ScannedProjectView scanned = scan();

    assertThat(scanned.swappable("auth2.Client")).contains("AUTH2_CLIENT_MODEL");
    assertThat(scanned.swappable("auth2.Token")).contains("AUTH2_TOKEN_MODEL");
    assertThat(scanned.swappable("auth2.Grant")).isEmpty();
    assertThat(scanned.swappable("shop.Partner")).isEmpty();
  }

  @Test
  void theUserModelIsTheOneAuthUserModelNames() throws IOException {
    writeApp("INSTALLED_APPS = ['auth2', 'shop']\nAUTH_USER_MODEL = 'shop.Partner'\n");
    ScannedProjectView scanned = scan();

    assertThat(scanned.swappable("shop.Partner")).contains("AUTH_USER_MODEL");
  }
}
