package org.migplan.scan;

import java.util.Set;

/** Directories a project walk never enters: virtualenvs, dependencies, VCS data, build output. */
public final class SkippedDirectories {
  private static final Set<String> NAMES =
      Set.of(
          ".git",
          ".hg",
          ".svn",
          ".tox",
          ".nox",
          ".venv",
          "venv",
          "env",
          ".env",
          "virtualenv",
          "node_modules",
          "__pycache__",
          ".mypy_cache",
          ".pytest_cache",
          ".ruff_cache",
          "site-packages",
          "dist",
          "build",
          ".eggs",
          "htmlcov",
          "staticfiles",
          ".idea",
          ".vscode",
          "target");

  private SkippedDirectories() {}

  /**
   * Whether a directory with this name is skipped. A directory holding {@code pyvenv.cfg} is a
   * virtualenv whatever its name; callers check that file separately.
   */
  public static boolean isSkipped(String directoryName) {
    return NAMES.contains(directoryName) || directoryName.endsWith(".egg-info");
  }
}
