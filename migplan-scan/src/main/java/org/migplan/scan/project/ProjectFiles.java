package org.migplan.scan.project;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.io.file.SimplePathVisitor;
import org.migplan.core.ErrorCode;
import org.migplan.core.MigplanException;
import org.migplan.scan.SkippedDirectories;

/**
 * The files of a Django project that migplan reads: Python sources, templates and fixtures. Skips
 * virtualenvs (any directory holding {@code pyvenv.cfg}) and the directories of {@link
 * SkippedDirectories}.
 */
public final class ProjectFiles {
  private static final int BINARY_PROBE = 8000;

  private final Path root;
  private final List<SourceFile> python;
  private final List<SourceFile> templates;
  private final List<SourceFile> fixtures;

  private ProjectFiles(
      Path root, List<SourceFile> python, List<SourceFile> templates, List<SourceFile> fixtures) {
    this.root = root;
    this.python = List.copyOf(python);
    this.templates = List.copyOf(templates);
    this.fixtures = List.copyOf(fixtures);
  }

  /** Walks the project under {@code root}; a missing directory is a PROJECT_NOT_FOUND error. */
  public static ProjectFiles walk(Path root) {
    Path absolute = root.toAbsolutePath().normalize();
    if (!Files.isDirectory(absolute)) {
      throw new MigplanException(
          ErrorCode.PROJECT_NOT_FOUND,
          "--project '"
              + root
              + "' is not a directory; give the Django project root (where manage.py is)");
    }
    List<SourceFile> python = new ArrayList<>();
    List<SourceFile> templates = new ArrayList<>();
    List<SourceFile> fixtures = new ArrayList<>();
    for (Path path : listFiles(absolute)) {
      String relative = absolute.relativize(path).toString().replace(File.separatorChar, '/');
      SourceFile source = new SourceFile(path, relative);
      String name = source.fileName().toLowerCase(Locale.ROOT);
      if (name.endsWith(".py")) {
        python.add(source);
      } else if (isTemplate(source, name)) {
        templates.add(source);
      } else if (isFixture(source, name)) {
        fixtures.add(source);
      }
    }
    Comparator<SourceFile> order = Comparator.comparing(SourceFile::relative);
    python.sort(order);
    templates.sort(order);
    fixtures.sort(order);
    return new ProjectFiles(absolute, python, templates, fixtures);
  }

  /**
   * The regular files under {@code root} (symbolic links to files included, links to directories
   * not followed), not entering skipped directories; reading each entry's attributes once. The
   * root's subdirectories are walked side by side (a large tree is mostly waiting on the file
   * system's metadata); the caller sorts what is found.
   */
  private static List<Path> listFiles(Path root) {
    List<Path> found = new ArrayList<>();
    List<Path> subdirectories = new ArrayList<>();
    try (java.nio.file.DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
      for (Path entry : entries) {
        BasicFileAttributes attributes =
            Files.readAttributes(
                entry, BasicFileAttributes.class, java.nio.file.LinkOption.NOFOLLOW_LINKS);
        if (attributes.isDirectory()) {
          if (accept(entry)) {
            subdirectories.add(entry);
          }
        } else if (isFile(entry, attributes)) {
          found.add(entry);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the files under " + root, e);
    }
    subdirectories.parallelStream().map(ProjectFiles::walkTree).forEachOrdered(found::addAll);
    return found;
  }

  private static List<Path> walkTree(Path top) {
    List<Path> found = new ArrayList<>();
    try {
      Files.walkFileTree(
          top,
          new SimplePathVisitor() {
            @Override
            public FileVisitResult preVisitDirectory(
                Path directory, BasicFileAttributes attributes) {
              return directory.equals(top) || accept(directory)
                  ? FileVisitResult.CONTINUE
                  : FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
              if (isFile(file, attributes)) {
                found.add(file);
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the files under " + top, e);
    }
    return found;
  }

  private static boolean isFile(Path path, BasicFileAttributes attributes) {
    return attributes.isRegularFile() || (attributes.isSymbolicLink() && Files.isRegularFile(path));
  }

  private static boolean accept(Path directory) {
    Path name = directory.getFileName();
    // java.io.File asks the file system directly; Files.exists on Java 17 throws and catches a
    // NoSuchFileException for every directory without the file, i.e. nearly all of them
    return (name == null || !SkippedDirectories.isSkipped(name.toString()))
        && !new File(directory.toFile(), "pyvenv.cfg").exists();
  }

  private static boolean isTemplate(SourceFile file, String name) {
    return file.isUnder("templates")
        && (name.endsWith(".html")
            || name.endsWith(".txt")
            || name.endsWith(".htm")
            || name.endsWith(".xml")
            || name.endsWith(".jinja")
            || name.endsWith(".jinja2"));
  }

  private static boolean isFixture(SourceFile file, String name) {
    return file.isUnder("fixtures")
        && (name.endsWith(".json")
            || name.endsWith(".yaml")
            || name.endsWith(".yml")
            || name.endsWith(".xml"));
  }

  /**
   * The file's text decoded as UTF-8 (malformed bytes replaced, a BOM dropped); empty for a binary
   * file (a NUL byte in its first 8000 bytes).
   */
  public static Optional<String> read(SourceFile file) {
    try {
      return decode(Files.readAllBytes(file.path()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file.relative(), e);
    }
  }

  /** Decodes bytes as {@link #read} does. */
  public static Optional<String> decode(byte[] bytes) {
    return decode(bytes, bytes.length);
  }

  /** Decodes the first {@code length} bytes as {@link #read} does. */
  public static Optional<String> decode(byte[] bytes, int length) {
    int probe = Math.min(length, BINARY_PROBE);
    for (int i = 0; i < probe; i++) {
      if (bytes[i] == 0) {
        return Optional.empty();
      }
    }
    String text = new String(bytes, 0, length, StandardCharsets.UTF_8);
    return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
  }

  public Path root() {
    return root;
  }

  public List<SourceFile> python() {
    return python;
  }

  public List<SourceFile> templates() {
    return templates;
  }

  public List<SourceFile> fixtures() {
    return fixtures;
  }
}
