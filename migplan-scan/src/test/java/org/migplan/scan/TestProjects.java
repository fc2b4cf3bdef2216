package org.migplan.scan;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The tiny Django projects under {@code src/test/resources/projects/}. */
public final class TestProjects {
  private TestProjects() {}

  public static Path project(String name) {
    try {
      return Path.of(TestProjects.class.getResource("/projects/" + name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalArgumentException("no test project " + name, e);
    }
  }

  /** Writes {@code text} to {@code relative} under {@code root}, creating its directories. */
  public static Path write(Path root, String relative, String text) throws java.io.IOException {
    Path file = root.resolve(relative);
    java.nio.file.Files.createDirectories(file.getParent());
    return java.nio.file.Files.writeString(file, text);
  }

  /**
   * Writes a project whose manage.py names {@code site.settings}, holding {@code source}, under
   * {@code root}, and returns its settings as the scan reads them.
   */
  public static org.migplan.scan.project.SettingsConstants settingsOf(Path root, String source)
      throws java.io.IOException {
    java.nio.file.Files.createDirectories(root.resolve("site"));
    java.nio.file.Files.writeString(root.resolve("site/__init__.py"), "");
    java.nio.file.Files.writeString(
        root.resolve("manage.py"),
        "import os\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'site.settings')\n");
    java.nio.file.Files.writeString(root.resolve("site/settings.py"), source);
    return org.migplan.scan.ProjectScanner.scan(root).settings();
  }
}
