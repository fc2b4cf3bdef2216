package org.migplan.scan.version;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.migplan.scan.SkippedDirectories;

/**
 * An app's directory, migration files and model declarations, found by a light probe: the app is
 * the directory named after the label or whose {@code apps.py} sets {@code label = '<label>'}. The
 * full scanner reads much more; this is what {@code plan} needs to name the migration files.
 *
 * @param directory the app's directory, relative to the project root
 * @param migrations migration names ({@code NNNN_*.py} without the suffix), sorted
 */
public record AppSources(Path project, Path directory, List<String> migrations) {
  private static final Pattern LABEL =
      Pattern.compile("(?m)^\\s*label\\s*=\\s*['\"]([^'\"]+)['\"]");
  private static final Pattern MIGRATION = Pattern.compile("\\d{4}_\\w*\\.py");

  public AppSources {
    migrations = migrations.stream().sorted().toList();
  }

  /** The app with this label, if the project has one. */
  public static Optional<AppSources> find(Path project, String appLabel) {
    try (Stream<Path> walk = Files.walk(project, 6)) {
      List<Path> candidates =
          walk.filter(Files::isDirectory)
              .filter(d -> !skipped(project.relativize(d)))
              .filter(d -> Files.isDirectory(d.resolve("migrations")))
              .filter(d -> hasLabel(d, appLabel))
              .sorted()
              .toList();
      return candidates.stream()
          .findFirst()
          .map(d -> new AppSources(project, project.relativize(d), migrations(d)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code file:line} of {@code class <name>(} in the app's models module or package. */
  public Optional<String> modelLocation(String objectName) {
    Pattern declaration = Pattern.compile("^class\\s+" + Pattern.quote(objectName) + "\\s*[(:]");
    Path app = project.resolve(directory);
    List<Path> files =
        Stream.concat(Stream.of(app.resolve("models.py")), list(app.resolve("models")))
            .filter(Files::isRegularFile)
            .sorted()
            .toList();
    for (Path file : files) {
      List<String> lines = read(file).lines().toList();
      for (int i = 0; i < lines.size(); i++) {
        if (declaration.matcher(lines.get(i)).find()) {
          return Optional.of(slash(project.relativize(file)) + ":" + (i + 1));
        }
      }
    }
    return Optional.empty();
  }

  /** The migrations directory relative to the project root, with {@code /}. */
  public String migrationsDirectory() {
    return slash(directory.resolve("migrations"));
  }

  private static boolean hasLabel(Path directory, String appLabel) {
    Path apps = directory.resolve("apps.py");
    if (Files.isRegularFile(apps)) {
      Matcher label = LABEL.matcher(read(apps));
      if (label.find()) {
        return label.group(1).equals(appLabel);
      }
    }
    return directory.getFileName() != null && directory.getFileName().toString().equals(appLabel);
  }

  private static List<String> migrations(Path app) {
    return list(app.resolve("migrations"))
        .map(p -> p.getFileName().toString())
        .filter(name -> MIGRATION.matcher(name).matches())
        .map(name -> name.substring(0, name.length() - 3))
        .sorted()
        .toList();
  }

  private static Stream<Path> list(Path directory) {
    if (!Files.isDirectory(directory)) {
      return Stream.empty();
    }
    try (Stream<Path> files = Files.list(directory)) {
      return files.toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean skipped(Path relative) {
    for (Path part : relative) {
      if (SkippedDirectories.isSkipped(part.toString())) {
        return true;
      }
    }
    return false;
  }

  private static String slash(Path path) {
    return path.toString().replace('\\', '/');
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
