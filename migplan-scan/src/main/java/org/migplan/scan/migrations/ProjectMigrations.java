package org.migplan.scan.migrations;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

  /** The project's migration files with their keys, in path order (read side by side). */
  static List<MigrationState.Source> sources(ScannedProject project) {
    Map<String, String> labels = new HashMap<>();
    for (DjangoApp app : project.model().apps()) {
      labels.putIfAbsent(app.directory(), app.label());
    }
    return project.files().python().parallelStream()
        .map(file -> source(file, labels))
        .flatMap(Optional::stream)
        .toList();
  }

  private static Optional<MigrationState.Source> source(
      SourceFile file, Map<String, String> labels) {
    String directory = file.directory();
    boolean inMigrations = directory.equals("migrations") || directory.endsWith("/migrations");
    String fileName = file.fileName();
    if (!inMigrations || fileName.startsWith("_") || !fileName.endsWith(".py")) {
      return Optional.empty();
    }
    String appDirectory =
        directory.equals("migrations")
            ? ""
            : directory.substring(0, directory.length() - "/migrations".length());
    String app =
        labels.getOrDefault(
            appDirectory, appDirectory.substring(appDirectory.lastIndexOf('/') + 1));
    if (app.isEmpty()) {
      return Optional.empty();
    }
    String name = fileName.substring(0, fileName.length() - 3);
    return ProjectFiles.read(file)
        .map(t -> new MigrationState.Source(new MigrationKey(app, name), file.relative(), t));
  }
}
