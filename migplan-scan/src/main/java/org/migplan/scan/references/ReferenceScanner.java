package org.migplan.scan.references;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
import org.migplan.scan.python.PythonModule;
import org.migplan.scan.python.SourceLines;

/**
 * Finds every place in a scanned project that a rename of one model must consider, in two steps
 * over the files: a byte search keeps only the files that may hold a reference, which are then
 * tokenized. A reference needs the model's name in some case (every name Django derives from it
 * contains it: accessors, lookups, permissions, templates, labels), its explicit table, or a name
 * an import binds to the model: the byte search looks for those, and the names bound by imports in
 * the files it keeps are added to it until none is new (re-exports through other modules). Relation
 * fields come from the model catalogue, so targets given as settings constants or inherited from
 * abstract bases are included.
 */
public final class ReferenceScanner {
  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(ReferenceScanner.class);
  private final ScannedProject project;
  private final ModelDeclaration declaration;
  private final TargetPatterns patterns;
  private final Needle needle;
  private final boolean prefilter;
  private final long keptBudget;
  private final SearchAhead ahead;
  private static final ThreadLocal<FileBuffer> BUFFERS = ThreadLocal.withInitial(FileBuffer::new);

  private final Map<String, String> texts = new ConcurrentHashMap<>();
  private final Map<String, SourceLines> lineIndexes = new HashMap<>();

  private ReferenceScanner(
      ScannedProject project,
      ModelDeclaration declaration,
      OptionalInt maxNameLength,
      boolean prefilter,
      long keptBudget,
      SearchAhead ahead) {
    this.project = project;
    this.keptBudget = keptBudget;
    this.declaration = declaration;
    this.patterns =
        new TargetPatterns(RenameSurface.of(declaration, project.model(), maxNameLength));
    List<String> words = new ArrayList<>();
    words.add(declaration.label().modelName());
    declaration.dbTable().ifPresent(words::add);
    this.needle = Needle.of(words, List.of());
    this.prefilter = prefilter && needle.searchable();
    this.ahead =
        this.prefilter && ahead != null && ahead.serves(project.files(), declaration.label())
            ? ahead
            : null;
  }

  /**
   * The references to {@code label}, sorted by file, line and column.
   *
   * @param maxNameLength the backend's identifier limit for table names (empty: no limit)
   */
  public static List<CodeReference> find(
      ScannedProject project, ModelLabel label, OptionalInt maxNameLength) {
    return find(project, label, maxNameLength, true);
  }

  /**
   * Like {@link #find(ScannedProject, ModelLabel, OptionalInt)}, taking the first round of the byte
   * search from {@code ahead} when it was started on the same walk for the same model (else it is
   * ignored). The caller closes the search ahead.
   */
  public static List<CodeReference> find(
      ScannedProject project, ModelLabel label, OptionalInt maxNameLength, SearchAhead ahead) {
    ModelDeclaration declaration =
        ProjectScanner.locate(project.model(), label, project.files().root());
    return new ReferenceScanner(
            project,
            declaration,
            maxNameLength,
            true,
            KeptBytes.budgetForThisJvm(),
            java.util.Objects.requireNonNull(ahead, "ahead"))
        .run();
  }

  /** Like {@link #find(ScannedProject, ModelLabel, OptionalInt)}; without the byte search. */
  static List<CodeReference> find(
      ScannedProject project, ModelLabel label, OptionalInt maxNameLength, boolean prefilter) {
    return find(project, label, maxNameLength, prefilter, KeptBytes.budgetForThisJvm());
  }

  /**
   * Like {@link #find(ScannedProject, ModelLabel, OptionalInt, boolean)}, keeping at most {@code
   * keptBudget} bytes of the files a search round leaves out for the next round.
   */
  static List<CodeReference> find(
      ScannedProject project,
      ModelLabel label,
      OptionalInt maxNameLength,
      boolean prefilter,
      long keptBudget) {
    ModelDeclaration declaration =
        ProjectScanner.locate(project.model(), label, project.files().root());
    return new ReferenceScanner(project, declaration, maxNameLength, prefilter, keptBudget, null)
        .run();
  }

  private List<CodeReference> run() {
    TemplateReferences templates = new TemplateReferences(patterns);
    FixtureReferences fixtures = new FixtureReferences(patterns);
    List<CodeReference> found = new ArrayList<>(python());
    found.addAll(each(project.files().templates(), templates::scan));
    found.addAll(each(project.files().fixtures(), fixtures::scan));
    found.addAll(relationReferences());
    LOG.debug("templates, fixtures and relations searched");
    return deduplicate(found);
  }

  /**
   * The references in Python files. Rounds: the files the search keeps are scanned, and the names
   * their imports bind to a known name of the model join the search for the files left out, until a
   * round adds no name.
   */
  private List<CodeReference> python() {
    PythonReferences python = new PythonReferences(project, patterns);
    KeptBytes kept;
    Needle search;
    List<Pending> pending;
    if (ahead != null) {
      // the model's name was searched ahead; the files left out are searched for its table
      kept = ahead.kept();
      pending = ahead.result();
      search =
          Needle.of(
              declaration.dbTable().filter(t -> !lowerCase(t).contains(patterns.modelName)).stream()
                  .toList(),
              List.of());
    } else {
      kept = new KeptBytes(keptBudget);
      pending = project.files().python().stream().map(f -> new Pending(f, null, null)).toList();
      search = needle;
    }
    BoundNames names = new BoundNames(declaration.label().objectName());
    List<CodeReference> found = new ArrayList<>();
    while (!pending.isEmpty()) {
      Needle round = search;
      List<Pending> left = java.util.Collections.synchronizedList(new ArrayList<>());
      List<CodeReference> references =
          pending.parallelStream()
              .flatMap(
                  next -> {
                    SourceFile file = next.file();
                    Optional<String> text = read(next, round, kept, left);
                    if (text.isEmpty()) {
                      return java.util.stream.Stream.empty();
                    }
                    texts.put(file.relative(), text.get());
                    PythonModule module = python.module(file, text.get());
                    names.add(module.imports());
                    return python.scan(file, module, text.get()).stream();
                  })
              .toList();
      found.addAll(references);
      LOG.debug(
          "searched {} Python files: {} read, {} references",
          pending.size(),
          pending.size() - left.size(),
          references.size());
      Set<String> bound = names.unsearched();
      if (!prefilter || bound.isEmpty()) {
        break;
      }
      search = Needle.of(List.of(), bound);
      pending = left.stream().sorted(Comparator.comparing(p -> p.file().relative())).toList();
    }
    return found;
  }

  /**
   * A Python file of a search round: with its text when the search ahead found the model's name in
   * it (to scan, not to search), else with its bytes when an earlier round kept them (else both
   * null: read it from disk).
   */
  record Pending(SourceFile file, KeptBytes.Kept bytes, String text) {}

  /**
   * Like {@link #read(SourceFile, Needle)} for a file of a search round: from the bytes an earlier
   * round kept when it did; a file the search leaves out joins {@code left}, with its bytes when
   * {@code kept} has room for them.
   */
  private Optional<String> read(Pending next, Needle search, KeptBytes kept, List<Pending> left) {
    if (next.text() != null) {
      return Optional.of(next.text());
    }
    KeptBytes.Kept bytes = next.bytes();
    if (bytes == null && prefilter && search.isEmpty() && !namesModel(next.file())) {
      left.add(next); // nothing to look for: not worth reading
      return Optional.empty();
    }
    Optional<String> text =
        bytes == null
            ? read(next.file(), search)
            : textIfFound(next.file(), search, bytes.slab(), bytes.offset(), bytes.length());
    if (text.isEmpty()) {
      if (bytes == null) {
        FileBuffer buffer = BUFFERS.get();
        bytes = kept.keep(buffer.bytes(), buffer.length());
      }
      left.add(new Pending(next.file(), bytes, null));
    }
    return text;
  }

  private List<CodeReference> each(
      List<SourceFile> files, BiFunction<SourceFile, String, List<CodeReference>> scanner) {
    return files.parallelStream()
        .flatMap(
            file ->
                read(file, needle)
                    .map(text -> scanner.apply(file, text))
                    .orElse(List.of())
                    .stream())
        .toList();
  }

  /**
   * The file's text when it may hold a reference (paths naming the model always qualify). The bytes
   * are read into a buffer the thread reuses, so a file the search leaves out allocates nothing.
   */
  private Optional<String> read(SourceFile file, Needle search) {
    FileBuffer buffer = BUFFERS.get();
    int length = buffer.read(file); // first: reading may grow the buffer
    return textIfFound(file, search, buffer.bytes(), 0, length);
  }

  /**
   * The text of a file's {@code length} bytes from {@code from} when the search finds a word in
   * them or the file's path names the model; empty otherwise, and for a binary file.
   */
  private Optional<String> textIfFound(
      SourceFile file, Needle search, byte[] bytes, int from, int length) {
    return prefilter
        ? textIfFound(file, patterns.modelName, search, bytes, from, length)
        : ProjectFiles.decode(bytes, from, length);
  }

  /**
   * The text of a file's {@code length} bytes from {@code from} when {@code search} finds a word in
   * them or the file's path holds the model's lower-case name; empty otherwise, and for a binary
   * file. The one rule for which files a round reads, the search ahead's included.
   */
  static Optional<String> textIfFound(
      SourceFile file, String lowerModelName, Needle search, byte[] bytes, int from, int length) {
    if (!pathNames(file, lowerModelName) && !search.foundIn(bytes, from, from + length)) {
      return Optional.empty();
    }
    return ProjectFiles.decode(bytes, from, length);
  }

  /** Whether the file's path names the model (such a file is always read). */
  private boolean namesModel(SourceFile file) {
    return pathNames(file, patterns.modelName);
  }

  /** Whether the file's path holds the model's lower-case name. */
  private static boolean pathNames(SourceFile file, String lowerModelName) {
    return lowerCase(file.relative()).contains(lowerModelName);
  }

  private static String lowerCase(String text) {
    return text.toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * A reference for every relation to the model. One the rename must edit is placed where its
   * target is written; the others ({@code 'self'}, a settings constant) and those whose target the
   * catalogue did not see written (an implicit parent link, a field only the migrations hold) at
   * the field's line.
   */
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
      boolean placed = named && !self && relation.targetLine() > 0;
      int line = placed ? relation.targetLine() : relation.line();
      String text = lineText(relation.file(), line);
      int column =
          placed ? relation.targetColumn() : Math.max(1, text.indexOf(relation.field()) + 1);
      found.add(
          new CodeReference(
              relation.file(), line, column, text, ReferenceKind.RELATION_FIELD, named && !self));
    }
    return found;
  }

  /** A line of a file, from the text the scan read when it did, else read now. */
  private String lineText(String file, int line) {
    SourceLines lines = lineIndexes.computeIfAbsent(file, f -> SourceLines.of(fileText(f)));
    return line >= 1 && line <= lines.count() ? lines.get(line - 1) : "";
  }

  private String fileText(String file) {
    return texts.computeIfAbsent(
        file,
        f -> {
          try {
            return ProjectFiles.decode(Files.readAllBytes(project.files().root().resolve(f)))
                .orElse("");
          } catch (IOException e) {
            return "";
          }
        });
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
