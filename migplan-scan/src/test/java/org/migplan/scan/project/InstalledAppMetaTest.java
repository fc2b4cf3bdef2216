package org.migplan.scan.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migplan.core.source.ModelDeclaration;
import org.migplan.core.source.ProjectModel;
import org.migplan.scan.ProjectScanner;

/**
 * Meta flags written as a test of whether an app is installed, as Django REST framework's authtoken
 * models write them: the app the scan finds counts as installed.
 */
class InstalledAppMetaTest {
  @TempDir Path project;

  private void write(String path, String text) throws IOException {
    org.migplan.scan.TestProjects.write(project, path, text);
  }

  @Test
  void aFoundAppIsInstalledAndAnUnknownOneLeavesTheFlagUnset() throws IOException {
    write("restkit/__init__.py", "");
    write("restkit/tokens/__init__.py", "");
    write(
        "restkit/tokens/apps.py",
        """
        from django.apps import AppConfig

        class TokensConfig(AppConfig):
            name = "restkit.tokens"
            label = "tokens"
        """);
    write(
        "restkit/tokens/models.py",
        """
        from django.conf import settings
        from django.db import models

        class Token(models.Model):
            user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)

            class Meta:
                abstract = 'restkit.tokens' not in settings.INSTALLED_APPS

        class TokenProxy(Token):
            class Meta:
                proxy = 'restkit.tokens' in settings.INSTALLED_APPS
                abstract = 'restkit.tokens' not in settings.INSTALLED_APPS

        class Elsewhere(Token):
            class Meta:
                proxy = 'another.app' in settings.INSTALLED_APPS
        """);

    ProjectModel model = ProjectScanner.catalogue(project);

    ModelDeclaration token =
        model.find(org.migplan.core.model.ModelLabel.parse("tokens.Token")).orElseThrow();
    ModelDeclaration proxy =
        model.find(org.migplan.core.model.ModelLabel.parse("tokens.TokenProxy")).orElseThrow();
    ModelDeclaration elsewhere =
        model.find(org.migplan.core.model.ModelLabel.parse("tokens.Elsewhere")).orElseThrow();
    assertThat(token.isAbstract()).isFalse();
    assertThat(token.proxy()).isFalse();
    assertThat(proxy.proxy()).isTrue();
    assertThat(proxy.isAbstract()).isFalse();
    assertThat(elsewhere.proxy()).as("an app the scan does not find").isFalse();
    assertThat(model.relations())
        .extracting(r -> r.sourceModel() + "." + r.field())
        .containsExactlyInAnyOrder("tokens.Token.user", "tokens.Elsewhere.token_ptr");
  }
}
