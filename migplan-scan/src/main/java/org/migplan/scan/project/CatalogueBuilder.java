package org.migplan.scan.project;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.migplan.core.model.AsciiIdentifiers;
import org.migplan.core.model.ModelLabel;
import org.migplan.core.source.DjangoApp;
import org.migplan.core.source.ModelDeclaration;
import org.migplan.core.source.ModelField;
import org.migplan.core.source.ProjectModel;
import org.migplan.core.source.RelationField;
import org.migplan.scan.python.Expressions;
import org.migplan.scan.python.PythonModule;
import org.migplan.scan.python.StringLiterals;
import org.migplan.scan.python.Token;

/** Builds the model catalogue: which classes are models, their labels, Meta and relations. */
public final class CatalogueBuilder {
  private static final Set<String> DJANGO_MODEL =
      Set.of("django.db.models.Model", "django.db.models.base.Model");

  private final ProjectFiles files;
  private final ModuleIndex modules;
  private final ClassResolver resolver;
  private final Map<String, DjangoApp> apps;
  private final Map<String, Boolean> isModel = new HashMap<>();
  private final Map<String, ClassRef> models = new LinkedHashMap<>();
  private final Map<String, ModelInfo> infos = new HashMap<>();

  private CatalogueBuilder(ProjectFiles files) {
    this.files = files;
    this.modules = new ModuleIndex(files.python(), files.root());
    this.resolver = new ClassResolver(modules);
    // parse the app configs and models modules on all cores first; the passes below then only
    // read the parsed modules, in file order, so the result does not depend on thread timing
    files.python().parallelStream()
        .filter(f -> isAppConfig(f) || isModelsModule(f))
        .forEach(modules::module);
    this.apps = AppFinder.find(files, modules);
  }

  /** Scans the project's models. */
  public static ScannedProject build(ProjectFiles files) {
    return new CatalogueBuilder(files).build();
  }

  private ScannedProject build() {
    List<SourceFile> modelModules =
        files.python().stream().filter(CatalogueBuilder::isModelsModule).toList();
    for (SourceFile file : modelModules) {
      modules
          .module(file)
          .ifPresent(
              module ->
                  module
                      .classes()
                      .forEach(c -> isModel(new ClassRef(file, module, c), new HashSet<>())));
    }
    SettingsConstants settings = SettingsConstants.read(files, modules);
    List<ModelDeclaration> declarations = new ArrayList<>();
    Map<String, ModelLabel> labels = new HashMap<>();
    for (ClassRef ref : models.values()) {
      ModelInfo info = info(ref);
      declarations.add(info.declaration());
      labels.put(ref.key(), info.declaration().label());
    }
    RelationReader relations = new RelationReader(this, settings, declarations);
    FieldReader plainFields = new FieldReader(this);
    List<RelationField> fields = new ArrayList<>();
    List<ModelField> columns = new ArrayList<>();
    for (ClassRef ref : models.values()) {
      ModelInfo info = info(ref);
      if (info.declaration().isConcrete()) {
        fields.addAll(relations.relationsOf(ref, info));
        columns.addAll(plainFields.fieldsOf(ref, info));
      }
    }
    ProjectModel model =
        new ProjectModel(List.copyOf(new HashSet<>(apps.values())), declarations, fields, columns);
    return new ScannedProject(files, modules, settings, model, labels);
  }

  private static boolean isModelsModule(SourceFile file) {
    return AppFinder.modelsDirectory(file).isPresent() && !file.isUnder("migrations");
  }

  private static boolean isAppConfig(SourceFile file) {
    return file.fileName().equals("apps.py") && !file.isUnder("migrations");
  }

  /** Whether the class is a Django model, following its bases through the project. */
  private boolean isModel(ClassRef ref, Set<String> visiting) {
    Boolean known = isModel.get(ref.key());
    if (known != null) {
      return known;
    }
    if (!visiting.add(ref.key())) {
      return false;
    }
    boolean result = false;
    for (List<Token> base : ref.definition().bases()) {
      result |= isModelBase(ref, base, visiting);
    }
    isModel.put(ref.key(), result);
    if (result) {
      models.put(ref.key(), ref);
    }
    return result;
  }

  private boolean isModelBase(ClassRef ref, List<Token> base, Set<String> visiting) {
    Optional<String> dotted = Expressions.dotted(base);
    if (dotted.isEmpty()) {
      return false;
    }
    String text = dotted.get();
    String qualified = ClassResolver.qualify(ref.module(), text);
    if (DJANGO_MODEL.contains(qualified)
        || text.equals("models.Model")
        || ContribModels.model(qualified).isPresent()) {
      return true;
    }
    Optional<ClassRef> resolved = resolver.resolve(ref.file(), ref.module(), text);
    if (resolved.isPresent()) {
      return isModel(resolved.get(), visiting);
    }
    String simple = text.substring(text.lastIndexOf('.') + 1);
    return simple.equals("Model") || (simple.endsWith("Model") && !text.startsWith("forms."));
  }

  /** The django.contrib models among a class's bases. */
  List<ModelLabel> contribBases(ClassRef ref) {
    List<ModelLabel> bases = new ArrayList<>();
    for (List<Token> base : ref.definition().bases()) {
      Expressions.dotted(base)
          .flatMap(text -> ContribModels.model(ClassResolver.qualify(ref.module(), text)))
          .ifPresent(bases::add);
    }
    return bases;
  }

  /** The model bases of a model class that resolve to project models. */
  List<ClassRef> modelBases(ClassRef ref) {
    List<ClassRef> bases = new ArrayList<>();
    for (List<Token> base : ref.definition().bases()) {
      Expressions.dotted(base)
          .flatMap(text -> resolver.resolve(ref.file(), ref.module(), text))
          .filter(b -> models.containsKey(b.key()))
          .ifPresent(bases::add);
    }
    return bases;
  }

  ModelInfo info(ClassRef ref) {
    ModelInfo cached = infos.get(ref.key());
    if (cached != null) {
      return cached;
    }
    Map<String, List<Token>> meta = effectiveMeta(ref, 0);
    boolean isAbstract = isTrue(ref.definition().meta().get("abstract"));
    boolean proxy = isTrue(meta.get("proxy"));
    boolean managed = !"False".equals(text(meta.get("managed")));
    Optional<String> dbTable =
        Optional.ofNullable(meta.get("db_table")).flatMap(StringLiterals::constant);
    String appLabel =
        Optional.ofNullable(meta.get("app_label"))
            .flatMap(StringLiterals::constant)
            .orElseGet(() -> appLabelOf(ref.file()));
    ModelLabel label = new ModelLabel(appLabel, ref.definition().name());
    List<ClassRef> bases = modelBases(ref);
    List<ModelLabel> parents = bases.stream().map(b -> info(b).declaration().label()).toList();
    ModelDeclaration declaration =
        new ModelDeclaration(
            label,
            ref.file().relative(),
            ref.definition().line(),
            ref.definition().bases().stream().map(Expressions::text).toList(),
            dbTable,
            isAbstract,
            proxy,
            managed,
            parents);
    ModelInfo info = new ModelInfo(declaration, bases);
    infos.put(ref.key(), info);
    return info;
  }

  /** The class's own Meta, else the Meta of its first abstract base that has one. */
  private Map<String, List<Token>> effectiveMeta(ClassRef ref, int depth) {
    if (ref.definition().hasMeta() || depth > 8) {
      return ref.definition().meta();
    }
    for (ClassRef base : modelBases(ref)) {
      if (isTrue(base.definition().meta().get("abstract")) || !base.definition().hasMeta()) {
        Map<String, List<Token>> inherited = new HashMap<>(effectiveMeta(base, depth + 1));
        inherited.remove("abstract");
        inherited.remove("db_table");
        if (!inherited.isEmpty()) {
          return inherited;
        }
      }
    }
    return Map.of();
  }

  String appLabelOf(SourceFile file) {
    String directory = file.directory();
    while (true) {
      DjangoApp app = apps.get(directory);
      if (app != null) {
        return app.label();
      }
      if (directory.isEmpty()) {
        break;
      }
      int slash = directory.lastIndexOf('/');
      directory = slash < 0 ? "" : directory.substring(0, slash);
    }
    String own = file.directory();
    String last = own.substring(own.lastIndexOf('/') + 1);
    return last.isEmpty() || !AsciiIdentifiers.is(last) ? "project" : last;
  }

  /** A string constant a name imported into {@code module} stands for, if the project has it. */
  Optional<String> importedConstant(PythonModule module, String name) {
    var binding = module.imports().get(name);
    if (binding == null || binding.name().isEmpty()) {
      return Optional.empty();
    }
    return modules
        .find(binding.module())
        .flatMap(modules::module)
        .map(m -> m.constants().get(binding.name()));
  }

  ClassResolver resolver() {
    return resolver;
  }

  ModuleIndex modules() {
    return modules;
  }

  boolean isKnownModel(ClassRef ref) {
    return models.containsKey(ref.key());
  }

  /**
   * Whether a Meta flag is set: {@code True}, or a test of whether an app is installed ({@code
   * 'rest_framework.authtoken' in settings.INSTALLED_APPS}, or {@code not in}), as Django REST
   * framework's Token models write {@code abstract} and {@code proxy}. Every app the scan finds
   * counts as installed, as everywhere else in the catalogue; an app it does not find, or any other
   * expression, leaves the flag unset.
   */
  private boolean isTrue(List<Token> value) {
    if (value == null) {
      return false;
    }
    if (value.size() == 1) {
      return value.get(0).isName("True");
    }
    int operator = value.get(1).isName("not") ? 2 : 1;
    boolean negated = operator == 2;
    if (value.size() != operator + 4
        || !value.get(operator).isName("in")
        || !Expressions.text(value.subList(operator + 1, value.size()))
            .equals("settings.INSTALLED_APPS")) {
      return false;
    }
    Optional<String> module = StringLiterals.constant(value.subList(0, 1));
    if (module.isEmpty()) {
      return false;
    }
    boolean found = apps.values().stream().anyMatch(app -> app.name().equals(module.get()));
    return found && !negated;
  }

  private static String text(List<Token> value) {
    return value == null ? "" : Expressions.text(value);
  }

  /** A model's declaration and its model bases. */
  record ModelInfo(ModelDeclaration declaration, List<ClassRef> bases) {}
}
