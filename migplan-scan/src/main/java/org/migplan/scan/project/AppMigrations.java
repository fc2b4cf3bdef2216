package org.migplan.scan.project;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.migplan.core.source.DjangoApp;
import org.migplan.core.source.ModelDeclaration;

/**
 * An app's migration files as the scan found them.
 *
 * @param directory the migrations directory, relative to the project root with {@code /}
 * @param names the migration names ({@code NNNN_*.py} without the suffix), sorted
 * @param leaves the app's leaf migrations (none depends on them), sorted; more than one is a
 *     conflict Django refuses to migrate until it is merged
 */
public record AppMigrations(String directory, List<String> names, List<String> leaves) {
  private static final Pattern MIGRATION = Pattern.compile("\\d{4}_\\w*\\.py");

  public AppMigrations {
    Objects.requireNonNull(directory, "directory");
    names = names.stream().sorted().toList();
    leaves = leaves.stream().sorted().toList();
  }

  /**
   * The migrations of the model's app: the {@code migrations} package of the app with the model's
   * label, else the one beside the file declaring the model.
   */
  public static AppMigrations of(ScannedProject project, ModelDeclaration model) {
    return of(project, model.label().appLabel(), model.file());
  }

  /**
   * The migrations of an app: the {@code migrations} package of the app with that label, else the
   * one beside {@code modelFile}, a file declaring one of its models.
   */
  public static AppMigrations of(ScannedProject project, String appLabel, String modelFile) {
    String appDirectory =
        project.model().apps().stream()
            .filter(a -> a.label().equals(appLabel))
            .map(DjangoApp::directory)
            .findFirst()
            .orElseGet(() -> directoryOf(modelFile));
    String directory = appDirectory.isEmpty() ? "migrations" : appDirectory + "/migrations";
    List<String> names =
        project.files().python().stream()
            .filter(f -> f.directory().equals(directory))
            .map(SourceFile::fileName)
            .filter(name -> MIGRATION.matcher(name).matches())
            .map(name -> name.substring(0, name.length() - 3))
            .toList();
    return new AppMigrations(
        directory,
        names,
        project.migrationLeaves().getOrDefault(appLabel, List.of()).stream()
            .filter(names::contains)
            .toList());
  }

  private static String directoryOf(String file) {
    String directory = file.contains("/") ? file.substring(0, file.lastIndexOf('/')) : "";
    // a models package: the app is its parent
    return directory.endsWith("/models")
        ? directory.substring(0, directory.lastIndexOf('/'))
        : directory;
  }
}
