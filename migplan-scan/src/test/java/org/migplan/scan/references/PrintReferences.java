package org.migplan.scan.references;

import java.nio.file.Path;
import java.util.OptionalInt;
import org.migplan.core.model.ModelLabel;
import org.migplan.scan.ProjectScanner;

/**
 * Prints the references of a model (a development aid: {@code java ... PrintReferences DIR LABEL}).
 */
public final class PrintReferences {
  private PrintReferences() {}

  public static void main(String[] args) {
    var project = ProjectScanner.scan(Path.of(args[0]));
    for (var r : ReferenceScanner.find(project, ModelLabel.parse(args[1]), OptionalInt.empty())) {
      System.out.println(
          r.file()
              + ":"
              + r.line()
              + ":"
              + r.column()
              + " "
              + r.kind().jsonName()
              + (r.mustChange() ? " *" : "")
              + "  "
              + r.text());
    }
  }
}
