package org.migplan.scan;

import java.nio.file.Path;

/** Prints a project's relations as {@code source field -> target} lines (a development aid). */
public final class PrintRelations {
  private PrintRelations() {}

  public static void main(String[] args) {
    ProjectScannerTest.triples(ProjectScanner.catalogue(Path.of(args[0])).relations())
        .forEach(System.out::println);
  }
}
