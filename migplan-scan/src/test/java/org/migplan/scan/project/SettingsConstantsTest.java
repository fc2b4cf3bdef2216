package org.migplan.scan.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsConstantsTest {
  @TempDir Path project;

  private SettingsConstants settings(String source) throws IOException {
    return org.migplan.scan.TestProjects.settingsOf(project, source);
  }

  @Test
  void readsBooleansAndStringsWhateverTheSpacingAndComments() throws IOException {
    SettingsConstants settings =
        settings(
            """
            # USE_TZ = False
            USE_I18N=False
            USE_TZ   =   True  # keep aware datetimes
            TIME_ZONE = 'Asia/' "Dhaka"  # joined literals
            LANGUAGE_CODE: str = "en-us"
            """);

    assertThat(settings.setting("USE_TZ"))
        .contains(new SettingValue.Bool(true, "site/settings.py:3"));
    assertThat(settings.setting("USE_I18N"))
        .contains(new SettingValue.Bool(false, "site/settings.py:2"));
    assertThat(settings.setting("TIME_ZONE"))
        .contains(new SettingValue.Text("Asia/Dhaka", "site/settings.py:4"));
    assertThat(settings.setting("LANGUAGE_CODE"))
        .contains(new SettingValue.Text("en-us", "site/settings.py:5"));
    assertThat(settings.setting("USE_L10N")).isEmpty();
  }

  @Test
  void theLastModuleLevelAssignmentWins() throws IOException {
    SettingsConstants settings =
        settings(
            """
            import environ
            env = environ.Env()
            USE_TZ = False
            TIME_ZONE = env("TIME_ZONE", default="UTC")
            USE_TZ = True
            TIME_ZONE = "Europe/Paris"
            def configure():
                TIME_ZONE = "Asia/Tokyo"
            class Defaults:
                USE_TZ = False
            """);

    assertThat(settings.setting("USE_TZ"))
        .contains(new SettingValue.Bool(true, "site/settings.py:5"));
    assertThat(settings.setting("TIME_ZONE"))
        .contains(new SettingValue.Text("Europe/Paris", "site/settings.py:6"));
  }

  /** A module-level block may or may not run: what it assigns is known only when it runs. */
  @Test
  void anAssignmentInsideAConditionIsKnownOnlyAtRunTime() throws IOException {
    SettingsConstants settings =
        settings(
            """
            import os
            USE_TZ = True
            if os.environ.get("LEGACY"):
                USE_TZ = False
            try:
                from .local import *
            except ImportError:
                TIME_ZONE = "Asia/Dhaka"
            USE_I18N = True
            """);

    assertThat(settings.setting("USE_TZ"))
        .contains(new SettingValue.Expression("False inside a block", "site/settings.py:4"));
    assertThat(settings.setting("TIME_ZONE"))
        .contains(
            new SettingValue.Expression("\"Asia/Dhaka\" inside a block", "site/settings.py:8"));
    assertThat(settings.setting("USE_I18N"))
        .contains(new SettingValue.Bool(true, "site/settings.py:9"));
  }

  /** A block's body may follow its header on the same line: it may or may not run all the same. */
  @Test
  void anAssignmentAfterABlockHeaderOnItsLineIsKnownOnlyAtRunTime() throws IOException {
    SettingsConstants settings =
        settings(
            """
            import os
            USE_TZ = True
            TIME_ZONE = "UTC"
            USE_I18N = True
            if os.environ.get("LEGACY", {"a": 1}["a"]): USE_TZ = False
            try: import local
            except ImportError: TIME_ZONE = "Asia/Dhaka"
            if False: pass
            else: USE_I18N = False
            def configure(): USE_L10N = False
            class Defaults: DEBUG = False
            """);

    assertThat(settings.setting("USE_TZ"))
        .contains(new SettingValue.Expression("False inside a block", "site/settings.py:5"));
    assertThat(settings.setting("TIME_ZONE"))
        .contains(
            new SettingValue.Expression("\"Asia/Dhaka\" inside a block", "site/settings.py:7"));
    assertThat(settings.setting("USE_I18N"))
        .contains(new SettingValue.Expression("False inside a block", "site/settings.py:9"));
    assertThat(settings.setting("else")).isEmpty();
    assertThat(settings.setting("USE_L10N")).isEmpty();
    assertThat(settings.setting("DEBUG")).isEmpty();
  }

  /** Statements joined by semicolons are each an assignment of their own. */
  @Test
  void readsEachStatementOfALineJoinedBySemicolons() throws IOException {
    SettingsConstants settings =
        settings(
            """
            USE_TZ = False; TIME_ZONE = "Asia/Dhaka";
            if True: USE_I18N = True; LANGUAGE_CODE = "bn"
            """);

    assertThat(settings.setting("USE_TZ"))
        .contains(new SettingValue.Bool(false, "site/settings.py:1"));
    assertThat(settings.setting("TIME_ZONE"))
        .contains(new SettingValue.Text("Asia/Dhaka", "site/settings.py:1"));
    assertThat(settings.setting("USE_I18N"))
        .contains(new SettingValue.Expression("True inside a block", "site/settings.py:2"));
    assertThat(settings.setting("LANGUAGE_CODE"))
        .contains(new SettingValue.Expression("\"bn\" inside a block", "site/settings.py:2"));
  }

  @Test
  void anExpressionIsKeptAsItsText() throws IOException {
    SettingsConstants settings =
        settings(
            """
            import os
            USE_TZ = True
            USE_TZ=env.bool("USE_TZ", default=True)
            TIME_ZONE = os.environ.get("TZ", "UTC")
            USE_I18N = USE_L10N = not False
            DEBUG = None
            """);

    assertThat(settings.setting("USE_TZ"))
        .contains(
            new SettingValue.Expression(
                "env.bool(\"USE_TZ\", default=True)", "site/settings.py:3"));
    assertThat(settings.setting("TIME_ZONE").map(SettingValue::location))
        .contains("site/settings.py:4");
    assertThat(settings.setting("TIME_ZONE")).get().isInstanceOf(SettingValue.Expression.class);
    assertThat(settings.setting("USE_I18N")).isEqualTo(settings.setting("USE_L10N"));
    assertThat(settings.setting("USE_L10N")).get().isInstanceOf(SettingValue.Expression.class);
    assertThat(settings.setting("DEBUG"))
        .isEqualTo(Optional.of(new SettingValue.Expression("None", "site/settings.py:6")));
  }

  @Test
  void theSettingsModuleOfManagePyWinsOverOtherSettingsModules() throws IOException {
    Files.createDirectories(project.resolve("site/conf"));
    Files.writeString(project.resolve("site/conf/__init__.py"), "");
    Files.writeString(
        project.resolve("site/conf/test_settings.py"), "USE_TZ = False\nDEBUG = True\n");
    SettingsConstants settings = settings("USE_TZ = True\n");

    assertThat(settings.setting("USE_TZ"))
        .contains(new SettingValue.Bool(true, "site/settings.py:1"));
    // a setting only the other module assigns is taken from it
    assertThat(settings.setting("DEBUG"))
        .contains(new SettingValue.Bool(true, "site/conf/test_settings.py:2"));
  }

  /**
   * A vendored app's own test project (its manage.py, its settings with a custom user model) is not
   * the project's: the project's manage.py is found first, and what the project's settings do not
   * set is Django's default, not the vendored settings' value.
   */
  @Test
  void aVendoredAppsTestSettingsDoNotStandInForDjangosDefaults() throws IOException {
    vendoredTestProject("guardian");
    Files.writeString(
        project.resolve("guardian/manage.py"),
        "import os\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'guardian.testapp.testsettings')\n");
    SettingsConstants settings = settings("DEBUG = False\n");

    assertThat(settings.settingsFile()).map(SourceFile::relative).contains("site/settings.py");
    assertThat(settings.get("AUTH_USER_MODEL")).contains("auth.User");
    assertThat(settings.setting("USE_TZ")).isEmpty();
  }

  /** A vendored package {@code app} with a test project whose settings set a custom user. */
  private void vendoredTestProject(String app) throws IOException {
    Files.createDirectories(project.resolve(app + "/testapp"));
    Files.writeString(project.resolve(app + "/__init__.py"), "");
    Files.writeString(project.resolve(app + "/testapp/__init__.py"), "");
    Files.writeString(
        project.resolve(app + "/testapp/testsettings.py"),
        "AUTH_USER_MODEL = 'testapp.CustomUser'\nUSE_TZ = False\n");
  }

  /** With the settings module at the root, the apps below it are not settings layouts. */
  @Test
  void aRootSettingsModuleTakesNothingFromSettingsModulesInApps() throws IOException {
    Files.writeString(
        project.resolve("manage.py"),
        "import os\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'settings')\n");
    Files.writeString(project.resolve("settings.py"), "DEBUG = False\n");
    Files.writeString(project.resolve("local_settings.py"), "TIME_ZONE = 'Asia/Dhaka'\n");
    vendoredTestProject("vendor");
    SettingsConstants settings = org.migplan.scan.ProjectScanner.scan(project).settings();

    assertThat(settings.get("AUTH_USER_MODEL")).contains("auth.User");
    assertThat(settings.setting("TIME_ZONE").map(SettingValue::location))
        .contains("local_settings.py:1");
  }

  /** The split layout: production settings star-import a base module, then override it. */
  @Test
  void aStarImportBringsInTheImportedModulesSettingsAtThatPoint() throws IOException {
    Files.createDirectories(project.resolve("site"));
    Files.writeString(
        project.resolve("site/common.py"),
        """
        USE_TZ = True
        TIME_ZONE = "Asia/Dhaka"
        LANGUAGE_CODE = "bn"
        from site.settings import *  # a loop, ended
        """);
    Files.writeString(project.resolve("site/local.py"), "USE_I18N = False\n");
    SettingsConstants settings =
        settings(
            """
            LANGUAGE_CODE = "en-us"
            from .common import *
            TIME_ZONE = "UTC"
            try:
                from .local import *
            except ImportError:
                pass
            from .missing import *
            """);

    assertThat(settings.setting("USE_TZ"))
        .contains(new SettingValue.Bool(true, "site/common.py:1"));
    assertThat(settings.setting("TIME_ZONE"))
        .contains(new SettingValue.Text("UTC", "site/settings.py:3"));
    assertThat(settings.setting("LANGUAGE_CODE"))
        .contains(new SettingValue.Text("bn", "site/common.py:3"));
    assertThat(settings.setting("USE_I18N"))
        .contains(new SettingValue.Expression("False inside a block", "site/local.py:1"));
  }
}
