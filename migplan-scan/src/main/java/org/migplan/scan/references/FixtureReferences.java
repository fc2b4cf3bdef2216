package org.migplan.scan.references;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.migplan.core.source.CodeReference;
import org.migplan.core.source.ReferenceKind;
import org.migplan.scan.project.SourceFile;

/** Model labels in JSON, YAML and XML fixtures, and content-type natural keys. */
final class FixtureReferences {
  private final TargetPatterns patterns;

  FixtureReferences(TargetPatterns patterns) {
    this.patterns = patterns;
  }

  List<CodeReference> scan(SourceFile file, String text) {
    List<CodeReference> found = new ArrayList<>();
    String[] lines = org.migplan.scan.python.SourceLines.of(text).toArray();
    for (int i = 0; i < lines.length; i++) {
      Matcher label = patterns.fixtureLabel.matcher(lines[i]);
      if (label.find()) {
        found.add(
            new CodeReference(
                file.relative(),
                i + 1,
                label.start() + 1,
                lines[i],
                ReferenceKind.FIXTURE_LABEL,
                true));
      }
    }
    return found;
  }
}
