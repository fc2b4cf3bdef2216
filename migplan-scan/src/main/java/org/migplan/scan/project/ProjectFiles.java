package org.migplan.scan.project;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.io.FilenameUtils;
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
  private static final Set<String> TEMPLATE_EXTENSIONS =
      Set.of("html", "htm", "txt", "xml", "jinja", "jinja2");
  private static final Set<String> FIXTURE_EXTENSIONS = Set.of("json", "yaml", "yml", "xml");

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
    String prefix =
        absolute.toString().endsWith(File.separator)
            ? absolute.toString()
            : absolute + File.separator;
    for (String relative : listFiles(absolute.toFile())) {
      SourceFile source =
          new SourceFile(Path.of(prefix + relative.replace('/', File.separatorChar)), relative);
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
   * The files under {@code root} that migplan may read (regular files, or symbolic links to them,
   * whose names end like a Python file, a template or a fixture), as paths relative to it with
   * {@code /} separators, not entering skipped directories nor following links to directories. Each
   * directory is listed by name and each entry costs one {@code stat} through {@link File#isFile}
   * or {@link File#isDirectory} (a large tree is mostly waiting on the file system's metadata, and
   * a cold JVM on the code around it); only a directory is asked again whether it is a link. The
   * root's subdirectories are walked side by side; the caller sorts what is found.
   */
  private static List<String> listFiles(File root) {
    List<String> found = new ArrayList<>();
    List<String> subdirectories = new ArrayList<>();
    for (String name : names(root)) {
      if (isWanted(root, name)) {
        found.add(name);
      } else if (isWalkable(root, name)) {
        subdirectories.add(name);
      }
    }
    subdirectories.parallelStream()
        .map(
            name -> {
              List<String> files = new ArrayList<>();
              walk(new File(root, name), name + "/", files);
              return files;
            })
        .forEachOrdered(found::addAll);
    return found;
  }

  /** Adds the files under {@code directory}, unless it is a virtualenv, to {@code found}. */
  private static void walk(File directory, String relative, List<String> found) {
    String[] names = names(directory);
    for (String name : names) {
      if (name.equals("pyvenv.cfg")) {
        return;
      }
    }
    for (String name : names) {
      if (isWanted(directory, name)) {
        found.add(relative + name);
      } else if (isWalkable(directory, name)) {
        walk(new File(directory, name), relative + name + "/", found);
      }
    }
  }

  private static String[] names(File directory) {
    String[] names = directory.list();
    if (names == null) {
      throw new UncheckedIOException(
          "cannot list the files under " + directory,
          new IOException("the directory cannot be read"));
    }
    return names;
  }

  /** Whether the entry is a file (or a link to one) with a name migplan reads. */
  private static boolean isWanted(File directory, String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    boolean candidate =
        lower.endsWith(".py")
            || hasExtension(lower, TEMPLATE_EXTENSIONS)
            || hasExtension(lower, FIXTURE_EXTENSIONS);
    return candidate && new File(directory, name).isFile();
  }

  /** Whether the entry is a directory to enter: not skipped, and not a link to a directory. */
  private static boolean isWalkable(File directory, String name) {
    if (SkippedDirectories.isSkipped(name)) {
      return false;
    }
    File entry = new File(directory, name);
    return entry.isDirectory() && !Files.isSymbolicLink(entry.toPath());
  }

  private static boolean isTemplate(SourceFile file, String name) {
    return hasExtension(name, TEMPLATE_EXTENSIONS) && file.isUnder("templates");
  }

  private static boolean isFixture(SourceFile file, String name) {
    return hasExtension(name, FIXTURE_EXTENSIONS) && file.isUnder("fixtures");
  }

  /** Whether a lower-case file name has one of the extensions (a set lookup, no stream). */
  private static boolean hasExtension(String lowerName, Set<String> extensions) {
    return extensions.contains(FilenameUtils.getExtension(lowerName));
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
    return decode(bytes, 0, length);
  }

  /** Decodes {@code length} bytes from {@code offset} as {@link #read} does. */
  public static Optional<String> decode(byte[] bytes, int offset, int length) {
    int probe = offset + Math.min(length, BINARY_PROBE);
    for (int i = offset; i < probe; i++) {
      if (bytes[i] == 0) {
        return Optional.empty();
      }
    }
    String text = new String(bytes, offset, length, StandardCharsets.UTF_8);
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
