package org.migplan.scan.migrations;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.migplan.core.source.DjangoApp;
import org.migplan.scan.project.ProjectFiles;
import org.migplan.scan.project.ScannedProject;
import org.migplan.scan.project.SourceFile;

/**
 * Finds a scanned project's migration files and replays them. A migration is a module (not starting
 * with {@code _}) in a {@code migrations} package; its app label is that of the app whose directory
 * holds the package, else the package's parent directory name. {@code MIGRATION_MODULES} is not
 * read.
 */
public final class ProjectMigrations {
  private ProjectMigrations() {}

  /** The migration state of the project's own migration files. */
  public static MigrationState state(ScannedProject project) {
    return MigrationState.replay(sources(project), project.settings()::get);
  }

  /** The project's migration files with their keys, in path order. */
  static List<MigrationState.Source> sources(ScannedProject project) {
    List<MigrationState.Source> sources = new ArrayList<>();
    for (SourceFile file : project.files().python()) {
      String directory = file.directory();
      boolean inMigrations = directory.equals("migrations") || directory.endsWith("/migrations");
      String fileName = file.fileName();
      if (!inMigrations || fileName.startsWith("_") || !fileName.endsWith(".py")) {
        continue;
      }
      String appDirectory =
          directory.equals("migrations")
              ? ""
              : directory.substring(0, directory.length() - "/migrations".length());
      String app =
          project.model().apps().stream()
              .filter(a -> a.directory().equals(appDirectory))
              .map(DjangoApp::label)
              .findFirst()
              .orElseGet(() -> appDirectory.substring(appDirectory.lastIndexOf('/') + 1));
      if (app.isEmpty()) {
        continue;
      }
      Optional<String> text = ProjectFiles.read(file);
      String name = fileName.substring(0, fileName.length() - 3);
      text.ifPresent(
          t ->
              sources.add(
                  new MigrationState.Source(new MigrationKey(app, name), file.relative(), t)));
    }
    return sources;
  }
}
