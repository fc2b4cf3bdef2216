package org.migplan.scan.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migplan.scan.TestProjects;

class DatabaseSettingsReaderTest {
  @TempDir Path project;

  private void write(String settings) throws IOException {
    Files.writeString(
        project.resolve("manage.py"),
        "import os\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'site_config.settings')\n");
    Files.createDirectories(project.resolve("site_config"));
    Files.writeString(project.resolve("site_config/__init__.py"), "");
    Files.writeString(project.resolve("site_config/settings.py"), settings);
  }

  @Test
  void sqliteRelativeToBaseDirBecomesAnAbsoluteUrl() {
    Path traps = TestProjects.project("traps");

    assertThat(DatabaseSettingsReader.read(traps))
        .contains("sqlite:///" + traps.toAbsolutePath().normalize().resolve("db.sqlite3"));
  }

  @Test
  void theExampleProjectsDefaultIsItsSqliteFile() {
    Path madaris = Path.of("..", "example", "madaris").toAbsolutePath().normalize();

    assertThat(DatabaseSettingsReader.read(madaris))
        .contains("sqlite:///" + madaris.resolve("db.sqlite3"));
  }

  @Test
  void osPathJoinOnADirnameBaseDir() throws IOException {
    write(
        "import os\n"
            + "BASE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))\n"
            + "DATABASES = {'default': {'ENGINE': 'django.db.backends.sqlite3',"
            + " 'NAME': os.path.join(BASE_DIR, 'data', 'site.db')}}\n");

    assertThat(DatabaseSettingsReader.read(project))
        .contains("sqlite:///" + project.toAbsolutePath().resolve("data/site.db"));
  }

  @Test
  void postgresLiteralsBecomeAUrlWithEncodedCredentials() throws IOException {
    write(
        "DATABASES = {\n"
            + "    \"default\": {\n"
            + "        \"ENGINE\": \"django.db.backends.postgresql_psycopg2\",\n"
            + "        \"NAME\": \"shop\", \"USER\": \"app\", \"PASSWORD\": \"p@ss:word\",\n"
            + "        \"HOST\": \"db.internal\", \"PORT\": 6432,\n"
            + "    },\n"
            + "}\n");

    assertThat(DatabaseSettingsReader.read(project))
        .contains("postgresql://app:p%40ss%3Aword@db.internal:6432/shop");
  }

  @Test
  void valuesFromTheEnvironmentCannotBeReadStatically() throws IOException {
    write(
        "import os\n"
            + "DATABASES = {'default': {'ENGINE': 'django.db.backends.postgresql',"
            + " 'NAME': os.environ['DB_NAME']}}\n");

    assertThat(DatabaseSettingsReader.read(project)).isEmpty();
  }

  @Test
  void noSettingsModuleGivesNothing() throws IOException {
    Files.writeString(project.resolve("app.py"), "DATABASES = {}\n");

    assertThat(DatabaseSettingsReader.read(project)).isEmpty();
    assertThat(DatabaseSettingsReader.read(project.resolve("missing"))).isEmpty();
  }
}
