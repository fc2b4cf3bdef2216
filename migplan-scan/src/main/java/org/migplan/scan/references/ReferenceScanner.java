package org.migplan.scan.references;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiFunction;
import org.migplan.core.model.ModelLabel;
import org.migplan.core.source.CodeReference;
import org.migplan.core.source.ModelDeclaration;
import org.migplan.core.source.ReferenceKind;
import org.migplan.core.source.RelationField;
import org.migplan.core.source.RenameSurface;
import org.migplan.scan.ProjectScanner;
import org.migplan.scan.project.ProjectFiles;
import org.migplan.scan.project.ScannedProject;
import org.migplan.scan.project.SourceFile;
import org.migplan.scan.python.SourceLines;

/**
 * Finds every place in a scanned project that a rename of one model must consider. Files that do
 * not hold the model's name (or its explicit table) in any case are skipped after a byte search;
 * the others are tokenized. Relation fields come from the model catalogue, so targets given as
 * settings constants or inherited from abstract bases are included.
 */
public final class ReferenceScanner {
  private final ScannedProject project;
  private final ModelDeclaration declaration;
  private final TargetPatterns patterns;
  private final Needle needle;
  private final Map<String, List<String>> lineCache = new java.util.HashMap<>();

  private ReferenceScanner(
      ScannedProject project, ModelDeclaration declaration, OptionalInt maxNameLength) {
    this.project = project;
    this.declaration = declaration;
    this.patterns =
        new TargetPatterns(RenameSurface.of(declaration, project.model(), maxNameLength));
    List<String> words = new ArrayList<>();
    words.add(declaration.label().modelName());
    declaration.dbTable().ifPresent(words::add);
    this.needle = new Needle(words);
  }

  /**
   * The references to {@code label}, sorted by file, line and column.
   *
   * @param maxNameLength the backend's identifier limit for table names (empty: no limit)
   */
  public static List<CodeReference> find(
      ScannedProject project, ModelLabel label, OptionalInt maxNameLength) {
    ModelDeclaration declaration =
        ProjectScanner.locate(project.model(), label, project.files().root());
    return new ReferenceScanner(project, declaration, maxNameLength).run();
  }

  private List<CodeReference> run() {
    PythonReferences python = new PythonReferences(project, patterns);
    TemplateReferences templates = new TemplateReferences(patterns);
    FixtureReferences fixtures = new FixtureReferences(patterns);
    List<CodeReference> found = new ArrayList<>();
    found.addAll(each(project.files().python(), python::scan));
    found.addAll(each(project.files().templates(), templates::scan));
    found.addAll(each(project.files().fixtures(), fixtures::scan));
    found.addAll(relationReferences());
    return deduplicate(found);
  }

  private List<CodeReference> each(
      List<SourceFile> files, BiFunction<SourceFile, String, List<CodeReference>> scanner) {
    return files.parallelStream()
        .flatMap(
            file -> read(file).map(text -> scanner.apply(file, text)).orElse(List.of()).stream())
        .toList();
  }

  /** The file's text when it may hold a reference (template paths always qualify). */
  private Optional<String> read(SourceFile file) {
    try {
      byte[] bytes = Files.readAllBytes(file.path());
      boolean pathNamesModel =
          file.relative().toLowerCase(java.util.Locale.ROOT).contains(patterns.modelName);
      if (!pathNamesModel && !needle.foundIn(bytes)) {
        return Optional.empty();
      }
      return ProjectFiles.decode(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file.relative(), e);
    }
  }

  /** A reference for every relation to the model, at the field's line. */
  private List<CodeReference> relationReferences() {
    List<CodeReference> found = new ArrayList<>();
    for (RelationField relation : project.model().relationsTo(declaration.label())) {
      boolean named =
          patterns.mentions(relation.targetText())
              || !relation.targetText().contains("'")
                  && !relation.targetText().contains("\"")
                  && !relation.targetText().startsWith("settings.");
      boolean self =
          relation.targetText().equals("'self'") || relation.targetText().equals("\"self\"");
      String text = lineText(relation.file(), relation.line());
      found.add(
          new CodeReference(
              relation.file(),
              relation.line(),
              Math.max(1, text.indexOf(relation.field()) + 1),
              text,
              ReferenceKind.RELATION_FIELD,
              named && !self));
    }
    return found;
  }

  private String lineText(String file, int line) {
    List<String> lines =
        lineCache.computeIfAbsent(
            file,
            f -> {
              try {
                return ProjectFiles.decode(Files.readAllBytes(project.files().root().resolve(f)))
                    .map(text -> List.of(SourceLines.of(text).toArray()))
                    .orElse(List.of());
              } catch (IOException e) {
                return List.of();
              }
            });
    return line - 1 < lines.size() ? lines.get(line - 1) : "";
  }

  /** One reference per file, line and kind (the first column wins), sorted. */
  private static List<CodeReference> deduplicate(Collection<CodeReference> references) {
    Map<String, CodeReference> unique = new LinkedHashMap<>();
    references.stream()
        .sorted(CodeReference.ORDER)
        .forEach(
            r -> {
              String key = r.file() + ":" + r.line() + ":" + r.kind();
              CodeReference existing = unique.get(key);
              if (existing == null) {
                unique.put(key, r);
              } else if (r.mustChange() && !existing.mustChange()) {
                unique.put(key, r);
              }
            });
    return unique.values().stream().sorted(CodeReference.ORDER).toList();
  }
}
