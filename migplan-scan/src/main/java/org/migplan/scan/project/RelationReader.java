package org.migplan.scan.project;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.migplan.core.model.AsciiIdentifiers;
import org.migplan.core.model.ModelLabel;
import org.migplan.core.source.ModelDeclaration;
import org.migplan.core.source.RelationField;
import org.migplan.core.source.RelationKind;
import org.migplan.core.source.RelationOptions;
import org.migplan.core.source.RelationOrigin;
import org.migplan.scan.python.Call;
import org.migplan.scan.python.ClassDefinition;
import org.migplan.scan.python.Expressions;
import org.migplan.scan.python.StringLiterals;
import org.migplan.scan.python.Token;

/**
 * Reads the relational fields of concrete models: their own, those inherited from abstract bases
 * (once per concrete subclass, bare strings resolved in the subclass's app) and the implicit parent
 * link of multi-table inheritance.
 */
final class RelationReader {
  private static final java.util.regex.Pattern CONTRIB =
      java.util.regex.Pattern.compile("django\\.contrib\\.(\\w+)\\.models\\.(\\w+)");

  /**
   * The options Django gives the parent link it creates for multi-table inheritance ({@code
   * ModelBase.__new__}: {@code OneToOneField(parent, on_delete=CASCADE, auto_created=True,
   * parent_link=True)}, made the primary key by {@code Options._prepare}). Of those, only {@code
   * on_delete} is one {@link RelationOptions} records.
   */
  static final RelationOptions IMPLICIT_PARENT_LINK =
      RelationOptions.NONE.withOnDelete("models.CASCADE");

  private final CatalogueBuilder catalogue;
  private final SettingsConstants settings;
  private final AppSettingObjects appSettings;

  /** The first declared label for each ASCII-lower-cased {@code app.Model}. */
  private final Map<String, Ranked> byAsciiKey = new java.util.HashMap<>();

  /** Declared labels whose model name is not ASCII (compared one by one, as Django would). */
  private final List<Ranked> nonAscii = new ArrayList<>();

  /** Declared labels by class name, in declaration order. */
  private final Map<String, List<ModelLabel>> byClassName = new java.util.HashMap<>();

  RelationReader(
      CatalogueBuilder catalogue, SettingsConstants settings, List<ModelDeclaration> declarations) {
    this.catalogue = catalogue;
    this.settings = settings;
    this.appSettings = new AppSettingObjects(catalogue.modules(), settings);
    for (int i = 0; i < declarations.size(); i++) {
      ModelLabel label = declarations.get(i).label();
      Ranked ranked = new Ranked(i, label);
      if (isAscii(label.objectName())) {
        byAsciiKey.putIfAbsent(asciiKey(label.appLabel(), label.objectName()), ranked);
      } else {
        nonAscii.add(ranked);
      }
      byClassName.computeIfAbsent(label.objectName(), k -> new ArrayList<>()).add(label);
    }
  }

  /** A declared label with its position in the catalogue. */
  private record Ranked(int rank, ModelLabel label) {}

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static String asciiKey(String app, String model) {
    return app + "\0" + model.toLowerCase(java.util.Locale.ROOT);
  }

  List<RelationField> relationsOf(ClassRef ref, CatalogueBuilder.ModelInfo info) {
    ModelLabel owner = info.declaration().label();
    Map<String, RelationField> fields = new LinkedHashMap<>();
    Set<String> removed = new HashSet<>();
    collect(ref, owner, Optional.empty(), fields, removed, new HashSet<>());
    List<RelationField> result = new ArrayList<>(fields.values());
    for (ModelLabel contrib : catalogue.contribBases(ref)) {
      if (ContribModels.isConcrete(contrib)) {
        result.add(contribParentLink(ref, owner, contrib));
      }
    }
    for (ClassRef base : concreteParents(info.bases(), 0)) {
      ModelDeclaration parent = catalogue.info(base).declaration();
      if (!parent.isAbstract()) {
        boolean explicitLink =
            result.stream()
                .anyMatch(f -> f.kind() == RelationKind.PARENT_LINK && f.pointsAt(parent.label()));
        if (!explicitLink) {
          result.add(parentLink(ref, owner, concrete(base)));
        }
        result.addAll(privateFieldsOf(base, owner, parent.label()));
      }
    }
    return result;
  }

  /** Generic relations and keys are copied from a concrete parent to its MTI children. */
  private List<RelationField> privateFieldsOf(
      ClassRef parent, ModelLabel owner, ModelLabel parentLabel) {
    Map<String, RelationField> fields = new LinkedHashMap<>();
    collect(parent, owner, Optional.of(parentLabel), fields, new HashSet<>(), new HashSet<>());
    return fields.values().stream()
        .filter(
            f ->
                f.kind() == RelationKind.GENERIC_RELATION
                    || f.kind() == RelationKind.GENERIC_FOREIGN_KEY)
        .toList();
  }

  private void collect(
      ClassRef ref,
      ModelLabel owner,
      Optional<ModelLabel> inheritedFrom,
      Map<String, RelationField> fields,
      Set<String> removed,
      Set<String> visited) {
    if (!visited.add(ref.key())) {
      return;
    }
    for (ClassDefinition.Assignment assignment : ref.definition().assignments()) {
      String name = assignment.target().text();
      if (Expressions.text(assignment.value()).equals("None")) {
        removed.add(name);
      }
      if (fields.containsKey(name) || removed.contains(name)) {
        continue;
      }
      field(ref, owner, inheritedFrom, assignment).ifPresent(f -> fields.put(name, f));
      if (!fields.containsKey(name)) {
        removed.add(name);
      }
    }
    for (ModelLabel contrib : catalogue.contribBases(ref)) {
      for (ContribModels.Inherited inherited : ContribModels.inheritedRelations(contrib)) {
        if (!fields.containsKey(inherited.field()) && !removed.contains(inherited.field())) {
          fields.put(inherited.field(), contribField(ref, owner, contrib, inherited));
        }
      }
    }
    for (ClassRef base : catalogue.info(ref).bases()) {
      ModelDeclaration declaration = catalogue.info(base).declaration();
      if (declaration.isAbstract()) {
        collect(base, owner, Optional.of(declaration.label()), fields, removed, visited);
      }
    }
  }

  private Optional<RelationField> field(
      ClassRef ref,
      ModelLabel owner,
      Optional<ModelLabel> inheritedFrom,
      ClassDefinition.Assignment assignment) {
    Optional<Call> call = Call.parse(assignment.value(), 0);
    if (call.isEmpty()) {
      return Optional.empty();
    }
    Optional<RelationKind> kind = RelationClasses.kindOf(call.get().simpleName());
    if (kind.isEmpty()) {
      return Optional.empty();
    }
    Call c = call.get();
    List<Token> to =
        kind.get() == RelationKind.GENERIC_FOREIGN_KEY
            ? List.of()
            : c.keyword("to").or(() -> c.positional(0)).orElse(List.of());
    RelationKind relationKind = kind.get();
    if (relationKind == RelationKind.ONE_TO_ONE
        && c.keyword("parent_link").map(v -> Expressions.text(v).equals("True")).orElse(false)) {
      relationKind = RelationKind.PARENT_LINK;
    }
    Optional<ModelLabel> target = to.isEmpty() ? Optional.empty() : resolveTarget(ref, owner, to);
    return Optional.of(
        new RelationField(
            ref.file().relative(),
            assignment.target().line(),
            owner,
            assignment.target().text(),
            c.callee(),
            relationKind,
            Expressions.text(to),
            target,
            options(c, relationKind),
            inheritedFrom,
            RelationOrigin.SOURCE,
            targetToken(to).map(Token::line).orElse(0),
            targetToken(to).map(t -> t.column() + 1).orElse(0)));
  }

  /** The token naming the target: a dotted name's last part ({@code cm.Member}), else the first. */
  private static Optional<Token> targetToken(List<Token> to) {
    if (to.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Expressions.dotted(to).isPresent() ? to.get(to.size() - 1) : to.get(0));
  }

  private static RelationOptions options(Call call, RelationKind kind) {
    List<String> parameters = POSITIONAL.getOrDefault(kind, List.of());
    return new RelationOptions(
        option(call, parameters, "on_delete", Expressions::text),
        option(call, parameters, "null", Expressions::value),
        option(call, parameters, "related_name", Expressions::value),
        option(call, parameters, "related_query_name", Expressions::value),
        option(call, parameters, "through", Expressions::value),
        option(call, parameters, "db_column", Expressions::value),
        option(call, parameters, "db_constraint", Expressions::value),
        option(call, parameters, "to_field", Expressions::value),
        option(call, parameters, "db_table", Expressions::value),
        option(call, parameters, "symmetrical", Expressions::value));
  }

  /**
   * The parameters each relation class takes by position, in Django's order (the same from 3.2 to
   * 5.x): {@code ForeignKey(to, on_delete, related_name, ...)}, but {@code ManyToManyField(to,
   * related_name, ...)} and {@code GenericForeignKey(ct_field, fk_field, ...)}. A subclass is taken
   * to keep its base class's order.
   */
  private static final Map<RelationKind, List<String>> POSITIONAL =
      Map.of(
          RelationKind.FOREIGN_KEY,
          List.of(
              "to",
              "on_delete",
              "related_name",
              "related_query_name",
              "limit_choices_to",
              "parent_link",
              "to_field",
              "db_constraint"),
          RelationKind.ONE_TO_ONE,
          List.of("to", "on_delete", "to_field"),
          RelationKind.PARENT_LINK,
          List.of("to", "on_delete", "to_field"),
          RelationKind.FOREIGN_OBJECT,
          List.of("to", "on_delete", "from_fields", "to_fields", "rel", "related_name"),
          RelationKind.MANY_TO_MANY,
          List.of(
              "to",
              "related_name",
              "related_query_name",
              "limit_choices_to",
              "symmetrical",
              "through",
              "through_fields",
              "db_constraint",
              "db_table"),
          RelationKind.GENERIC_RELATION,
          List.of(
              "to",
              "object_id_field",
              "content_type_field",
              "for_concrete_model",
              "related_query_name"),
          RelationKind.GENERIC_FOREIGN_KEY,
          List.of("ct_field", "fk_field", "for_concrete_model"));

  /** An argument given by keyword, else by its position in the class's parameters. */
  private static Optional<String> option(
      Call call,
      List<String> parameters,
      String name,
      java.util.function.Function<List<Token>, String> text) {
    Optional<List<Token>> value = call.keyword(name);
    int position = parameters.indexOf(name);
    if (value.isEmpty() && position >= 0) {
      value = call.positional(position);
    }
    return value.map(text);
  }

  /** Resolves a relation's target expression as Django would, for the concrete owner. */
  Optional<ModelLabel> resolveTarget(ClassRef declaring, ModelLabel owner, List<Token> expression) {
    Optional<String> literal = StringLiterals.constant(expression);
    if (literal.isPresent()) {
      return fromString(literal.get(), owner);
    }
    if (!expression.isEmpty() && expression.get(0).isName("getattr")) {
      return getattrTarget(expression, owner);
    }
    Optional<String> dotted = Expressions.dotted(expression);
    if (expression.size() >= 3
        && expression.get(0).type() == org.migplan.scan.python.TokenType.NAME
        && expression.get(0).text().equals("get_user_model")) {
      return settings.get("AUTH_USER_MODEL").flatMap(s -> fromString(s, owner));
    }
    if (dotted.isEmpty()) {
      return Optional.empty();
    }
    String text = dotted.get();
    if (text.startsWith("settings.") || text.startsWith("django.conf.settings.")) {
      return settings
          .get(text.substring(text.lastIndexOf('.') + 1))
          .flatMap(s -> fromString(s, owner));
    }
    Optional<ClassRef> resolved =
        catalogue
            .resolver()
            .resolve(declaring.file(), declaring.module(), text)
            .filter(catalogue::isKnownModel);
    if (resolved.isPresent()) {
      return Optional.of(catalogue.info(resolved.get()).declaration().label());
    }
    Optional<ModelLabel> contrib = contribModel(ClassResolver.qualify(declaring.module(), text));
    if (contrib.isPresent()) {
      return contrib;
    }
    Optional<String> constant =
        text.indexOf('.') < 0
            ? Optional.ofNullable(declaring.module().constants().get(text))
                .or(() -> catalogue.importedConstant(declaring.module(), text))
            : appSettings
                .value(declaring.module(), text)
                .or(() -> settings.get(text.substring(text.lastIndexOf('.') + 1)));
    if (constant.isPresent()) {
      return fromString(constant.get(), owner);
    }
    return byClassName(text.substring(text.lastIndexOf('.') + 1), owner);
  }

  /**
   * {@code getattr(settings, 'NAME', 'app.Model')}: the setting if the project has it, else the
   * default.
   */
  private Optional<ModelLabel> getattrTarget(List<Token> expression, ModelLabel owner) {
    Optional<Call> call = Call.parse(expression, 0);
    Optional<String> setting = call.flatMap(c -> c.positional(1)).flatMap(StringLiterals::constant);
    Optional<String> fallback =
        call.flatMap(c -> c.positional(2)).flatMap(StringLiterals::constant);
    return setting.flatMap(settings::get).or(() -> fallback).flatMap(s -> fromString(s, owner));
  }

  /** A model of django.contrib, e.g. {@code django.contrib.auth.models.Group} is auth.Group. */
  static Optional<ModelLabel> contribModel(String qualified) {
    if (!qualified.startsWith("django.contrib.")) {
      return Optional.empty(); // most names: no regex run
    }
    java.util.regex.Matcher matcher = CONTRIB.matcher(qualified);
    return matcher.matches()
        ? Optional.of(new ModelLabel(matcher.group(1), matcher.group(2)))
        : Optional.empty();
  }

  private Optional<ModelLabel> fromString(String value, ModelLabel owner) {
    if (value.equals("self")) {
      return Optional.of(owner);
    }
    int dot = value.indexOf('.');
    String app = dot < 0 ? owner.appLabel() : value.substring(0, dot);
    String model = value.substring(dot + 1);
    if (model.isEmpty()
        || model.contains(".")
        || !AsciiIdentifiers.is(model)
        || !AsciiIdentifiers.is(app)) {
      return Optional.empty();
    }
    ModelLabel label = new ModelLabel(app, model);
    // the first declaration that is the same model (app equal, name equal ignoring case); the
    // name here is ASCII, so only ASCII names or non-ASCII ones equal ignoring case can match
    Ranked first = byAsciiKey.get(asciiKey(app, model));
    for (Ranked candidate : nonAscii) {
      if ((first == null || candidate.rank() < first.rank())
          && RelationField.sameModel(candidate.label(), label)) {
        first = candidate;
        break;
      }
    }
    return Optional.of(first == null ? label : first.label());
  }

  /** A class name that is not imported visibly: the model with that name, same app first. */
  private Optional<ModelLabel> byClassName(String className, ModelLabel owner) {
    List<ModelLabel> matches = byClassName.getOrDefault(className, List.of());
    return matches.stream()
        .filter(l -> l.appLabel().equals(owner.appLabel()))
        .findFirst()
        .or(() -> matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty());
  }

  private static RelationField contribField(
      ClassRef ref, ModelLabel owner, ModelLabel base, ContribModels.Inherited inherited) {
    return new RelationField(
        ref.file().relative(),
        ref.definition().line(),
        owner,
        inherited.field(),
        "(inherited from " + base + ")",
        inherited.kind(),
        inherited.target().toString(),
        Optional.of(inherited.target()),
        RelationOptions.NONE,
        Optional.of(base),
        RelationOrigin.SOURCE);
  }

  private static RelationField contribParentLink(
      ClassRef ref, ModelLabel owner, ModelLabel parent) {
    return new RelationField(
        ref.file().relative(),
        ref.definition().line(),
        owner,
        org.migplan.core.naming.DjangoNames.parentLinkField(parent.objectName()),
        "(multi-table inheritance)",
        RelationKind.PARENT_LINK,
        parent.objectName(),
        Optional.of(parent),
        IMPLICIT_PARENT_LINK,
        Optional.empty(),
        RelationOrigin.SOURCE);
  }

  /** The concrete models among the bases, looking through abstract ones (which add no table). */
  private List<ClassRef> concreteParents(List<ClassRef> bases, int depth) {
    List<ClassRef> parents = new ArrayList<>();
    for (ClassRef base : bases) {
      if (!catalogue.info(base).declaration().isAbstract()) {
        parents.add(base);
      } else if (depth < 8) {
        parents.addAll(concreteParents(catalogue.info(base).bases(), depth + 1));
      }
    }
    return parents;
  }

  private ClassRef concrete(ClassRef base) {
    ClassRef current = base;
    for (int i = 0; i < 8 && catalogue.info(current).declaration().proxy(); i++) {
      List<ClassRef> bases = catalogue.info(current).bases();
      if (bases.isEmpty()) {
        break;
      }
      current = bases.get(0);
    }
    return current;
  }

  private RelationField parentLink(ClassRef ref, ModelLabel owner, ClassRef parent) {
    return contribParentLink(ref, owner, catalogue.info(parent).declaration().label());
  }
}
