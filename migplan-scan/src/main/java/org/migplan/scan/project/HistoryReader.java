package org.migplan.scan.project;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.migplan.core.django.HistoricalModel;
import org.migplan.core.model.ModelLabel;
import org.migplan.core.source.CodeReference;
import org.migplan.core.source.ModelDeclaration;
import org.migplan.core.source.ReferenceKind;
import org.migplan.scan.python.Call;
import org.migplan.scan.python.ClassDefinition;
import org.migplan.scan.python.Expressions;
import org.migplan.scan.python.ImportBinding;
import org.migplan.scan.python.PythonModule;
import org.migplan.scan.python.StringLiterals;
import org.migplan.scan.python.Token;
import org.migplan.scan.python.TokenType;

/**
 * Finds the models django-simple-history generates for one model: a {@code HistoricalRecords(...)}
 * class attribute of the model, one on a base with {@code inherit=True}, or a {@code
 * simple_history.register(Model, ...)} call anywhere in the project outside migrations. Runs for
 * the one model only, after the catalogue is built.
 */
public final class HistoryReader {
  private static final String RECORDS = "HistoricalRecords";
  private static final String PACKAGE = "simple_history";

  private HistoryReader() {}

  /**
   * The model's generated history models, in the order found (own, inherited, registered). A call
   * that registers the model names it, so only the files among {@code references} (the model's
   * references, as the reference scan found them) are searched for one.
   */
  public static List<HistoricalModel> read(
      ScannedProject project, ModelDeclaration model, Collection<CodeReference> references) {
    List<HistoricalModel> found = new ArrayList<>();
    classAttribute(project, model, "attribute", false).ifPresent(found::add);
    if (found.isEmpty()) {
      inherited(project, model, new HashSet<>()).ifPresent(found::add);
    }
    found.addAll(registered(project, model, references));
    return List.copyOf(found);
  }

  private static Optional<HistoricalModel> inherited(
      ScannedProject project, ModelDeclaration model, Set<String> seen) {
    for (ModelLabel parent : model.parents()) {
      if (!seen.add(parent.toString())) {
        continue;
      }
      Optional<ModelDeclaration> base = project.model().find(parent);
      if (base.isEmpty()) {
        continue;
      }
      Optional<HistoricalModel> own = classAttribute(project, base.get(), "inherited", true);
      if (own.isPresent()) {
        return own;
      }
      Optional<HistoricalModel> deeper = inherited(project, base.get(), seen);
      if (deeper.isPresent()) {
        return deeper;
      }
    }
    return Optional.empty();
  }

  /** A {@code name = HistoricalRecords(...)} in the class body (with {@code inherit=True}). */
  private static Optional<HistoricalModel> classAttribute(
      ScannedProject project, ModelDeclaration model, String form, boolean mustInherit) {
    Optional<SourceFile> file =
        project.files().python().stream()
            .filter(f -> f.relative().equals(model.file()))
            .findFirst();
    Optional<PythonModule> module = file.flatMap(project.modules()::module);
    Optional<ClassDefinition> body = module.flatMap(m -> m.findClass(model.label().objectName()));
    if (body.isEmpty()) {
      return Optional.empty();
    }
    for (ClassDefinition.Assignment assignment : body.get().assignments()) {
      Optional<Call> call = Call.parse(assignment.value(), 0);
      if (call.isEmpty() || !isRecords(call.get(), module.get())) {
        continue;
      }
      boolean inherits =
          call.get().keyword("inherit").map(v -> Expressions.text(v).equals("True")).orElse(false);
      if (mustInherit && !inherits) {
        continue;
      }
      return Optional.of(historical(form, model.file(), call.get(), assignment.target().text()));
    }
    return Optional.empty();
  }

  private static boolean isRecords(Call call, PythonModule module) {
    if (!call.simpleName().equals(RECORDS)) {
      return false;
    }
    String first = call.callee().split("\\.", 2)[0];
    ImportBinding binding = module.imports().get(first);
    // imported from simple_history, or written without an import migplan can see
    return binding == null || binding.qualified().startsWith(PACKAGE);
  }

  /** {@code register(Model, ...)} calls whose callee comes from simple_history. */
  private static List<HistoricalModel> registered(
      ScannedProject project, ModelDeclaration model, Collection<CodeReference> references) {
    Map<String, List<CodeReference>> naming = new HashMap<>();
    for (CodeReference reference : references) {
      naming.computeIfAbsent(reference.file(), f -> new ArrayList<>()).add(reference);
    }
    List<HistoricalModel> found = new ArrayList<>();
    List<SourceFile> candidates =
        project.files().python().stream()
            .filter(f -> naming.containsKey(f.relative()) && !f.isUnder("migrations"))
            .toList();
    for (SourceFile file : candidates) {
      Optional<PythonModule> module = project.modules().parsedModule(file);
      if (module.isEmpty()) {
        module = project.modules().module(file);
      }
      if (module.isEmpty()
          || module.get().imports().values().stream().noneMatch(HistoryReader::fromPackage)) {
        continue;
      }
      List<Token> tokens = module.get().tokens();
      for (int i = 0; i < tokens.size(); i++) {
        Token token = tokens.get(i);
        if (token.type() != TokenType.NAME || (i > 0 && tokens.get(i - 1).is("."))) {
          continue;
        }
        Optional<Call> call = Call.parse(tokens, i);
        if (call.isEmpty() || !registersFromPackage(call.get(), module.get())) {
          continue;
        }
        Optional<List<Token>> argument = call.get().positional(0);
        Optional<String> target = argument.flatMap(Expressions::dotted);
        if (target.isPresent()
            && (names(project, file, module.get(), target.get(), model)
                || usesModel(argument.get(), naming.get(file.relative())))) {
          String manager =
              call.get()
                  .keyword("manager_name")
                  .flatMap(StringLiterals::constant)
                  .orElse("history");
          found.add(historical("register", file.relative(), call.get(), manager));
        }
      }
    }
    return found;
  }

  private static boolean fromPackage(ImportBinding binding) {
    return binding.qualified().startsWith(PACKAGE);
  }

  private static boolean registersFromPackage(Call call, PythonModule module) {
    String first = call.callee().split("\\.", 2)[0];
    ImportBinding binding = module.imports().get(first);
    if (binding == null) {
      return false;
    }
    // the callee resolved through the file's imports, whatever it is called there
    return (binding.qualified() + call.callee().substring(first.length()))
        .equals(PACKAGE + ".register");
  }

  private static boolean names(
      ScannedProject project,
      SourceFile file,
      PythonModule module,
      String dotted,
      ModelDeclaration model) {
    Optional<ModelLabel> label = project.modelLabel(file, module, dotted);
    if (label.isPresent()) {
      return label.get().equals(model.label());
    }
    String simple = dotted.substring(dotted.lastIndexOf('.') + 1);
    return simple.equals(model.label().objectName());
  }

  /**
   * Whether the reference scan found the model used inside the argument (a name bound to it through
   * a chain of imports the label lookup does not follow, such as a re-export).
   */
  private static boolean usesModel(List<Token> argument, List<CodeReference> references) {
    for (CodeReference reference : references) {
      if (reference.kind() != ReferenceKind.CLASS_USAGE) {
        continue;
      }
      for (Token token : argument) {
        if (token.line() == reference.line() && token.column() + 1 == reference.column()) {
          return true;
        }
      }
    }
    return false;
  }

  private static HistoricalModel historical(String form, String file, Call call, String attribute) {
    Map<String, String> literals = new TreeMap<>();
    List<String> dynamic = new ArrayList<>();
    for (String option : HistoricalModel.SHAPING) {
      Optional<List<Token>> value = call.keyword(option);
      if (value.isEmpty() || Expressions.text(value.get()).equals("None")) {
        continue;
      }
      Optional<String> literal = MetaReader.literal(value.get());
      if (literal.isPresent()) {
        literals.put(option, literal.get());
      } else {
        dynamic.add(option);
      }
    }
    return new HistoricalModel(
        form, file + ":" + call.calleeToken().line(), attribute, literals, dynamic);
  }
}
