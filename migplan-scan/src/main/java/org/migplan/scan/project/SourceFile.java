package org.migplan.scan.project;

import java.nio.file.Path;

/**
 * A file of the project.
 *
 * @param path its absolute path
 * @param relative its path relative to the project root, with {@code /} separators
 */
public record SourceFile(Path path, String relative) {
  /** The file's name. */
  public String fileName() {
    int slash = relative.lastIndexOf('/');
    return relative.substring(slash + 1);
  }

  /** The directory part of the relative path ({@code ""} at the root). */
  public String directory() {
    int slash = relative.lastIndexOf('/');
    return slash < 0 ? "" : relative.substring(0, slash);
  }

  /** Whether a directory of the relative path has this name. */
  public boolean isUnder(String directoryName) {
    return relative.startsWith(directoryName + "/") || relative.contains("/" + directoryName + "/");
  }

  /** The dotted module name of a {@code .py} file ({@code a/b/__init__.py} is {@code a.b}). */
  public String moduleName() {
    String withoutSuffix = relative.substring(0, relative.length() - 3);
    if (withoutSuffix.endsWith("/__init__")) {
      withoutSuffix = withoutSuffix.substring(0, withoutSuffix.length() - "/__init__".length());
    } else if (withoutSuffix.equals("__init__")) {
      return "";
    }
    return withoutSuffix.replace('/', '.');
  }

  public boolean isPackageInit() {
    return fileName().equals("__init__.py");
  }
}
