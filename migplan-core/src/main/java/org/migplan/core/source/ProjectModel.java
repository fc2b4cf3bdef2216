package org.migplan.core.source;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.migplan.core.model.ModelLabel;
import org.migplan.core.naming.ClosestNames;

/**
 * A Django project's model catalogue as read from its sources: apps, model declarations and every
 * relational field (inherited ones once per concrete subclass).
 */
public record ProjectModel(
    List<DjangoApp> apps,
    List<ModelDeclaration> models,
    List<RelationField> relations,
    List<ModelField> fields) {
  private static final Comparator<RelationField> RELATION_ORDER =
      Comparator.comparing(RelationField::file)
          .thenComparingInt(RelationField::line)
          .thenComparing(r -> r.sourceModel().toString())
          .thenComparing(RelationField::field);

  public ProjectModel {
    apps = apps.stream().sorted(Comparator.comparing(DjangoApp::label)).toList();
    models = models.stream().sorted(Comparator.comparing(m -> m.label().toString())).toList();
    relations = relations.stream().sorted(RELATION_ORDER).toList();
    fields = List.copyOf(fields);
  }

  /** A catalogue without the non-relational fields. */
  public ProjectModel(
      List<DjangoApp> apps, List<ModelDeclaration> models, List<RelationField> relations) {
    this(apps, models, relations, List.of());
  }

  /** The non-relational fields of the model, in declaration order (own fields first). */
  public List<ModelField> fieldsOf(ModelLabel label) {
    return fields.stream().filter(f -> RelationField.sameModel(f.model(), label)).toList();
  }

  /**
   * The table that holds the model's rows: its own, or for a proxy its concrete model's (Django's
   * {@code Options.setup_proxy} gives a proxy its target's {@code db_table}).
   */
  public String storageTable(ModelDeclaration model, java.util.OptionalInt maxNameLength) {
    return concreteModel(model).table(maxNameLength);
  }

  /**
   * The model whose table holds the model's rows: itself, or for a proxy the concrete model it
   * stands for (through proxies of proxies); a proxy whose parent is not in the sources stands for
   * itself.
   */
  public ModelDeclaration concreteModel(ModelDeclaration model) {
    ModelDeclaration current = model;
    for (int depth = 0; current.proxy() && depth < 16; depth++) {
      Optional<ModelDeclaration> parent =
          current.parents().stream().map(this::find).flatMap(Optional::stream).findFirst();
      if (parent.isEmpty()) {
        break;
      }
      current = parent.get();
    }
    return current;
  }

  /** The model with this label; the model part is compared ignoring case, like Django. */
  public Optional<ModelDeclaration> find(ModelLabel label) {
    return models.stream().filter(m -> RelationField.sameModel(m.label(), label)).findFirst();
  }

  /** Relations whose target is the model (including MTI parent links to it). */
  public List<RelationField> relationsTo(ModelLabel label) {
    return relations.stream().filter(r -> r.pointsAt(label)).toList();
  }

  /** Relations the model itself owns (declared or inherited). */
  public List<RelationField> relationsFrom(ModelLabel label) {
    return relations.stream().filter(r -> RelationField.sameModel(r.sourceModel(), label)).toList();
  }

  /**
   * The relations a rename of the model must consider: those pointing at it, those it owns (their
   * reverse names and join tables carry its name) and every generic foreign key (which may hold
   * rows of it), each once.
   */
  public List<RelationField> relationsAround(ModelLabel label) {
    return relations.stream()
        .filter(
            r ->
                r.pointsAt(label)
                    || RelationField.sameModel(r.sourceModel(), label)
                    || r.kind() == RelationKind.GENERIC_FOREIGN_KEY)
        .toList();
  }

  /** How a relation stands to the model: {@code incoming}, {@code owned} or {@code generic}. */
  public static String direction(RelationField relation, ModelLabel label) {
    if (relation.pointsAt(label)) {
      return "incoming";
    }
    return RelationField.sameModel(relation.sourceModel(), label) ? "owned" : "generic";
  }

  /**
   * Models named like the label, for a "not found" message: the same class name in another app,
   * names containing one another, or names a few edits apart. At most {@code limit}, closest first.
   */
  public List<ModelLabel> similarTo(ModelLabel label, int limit) {
    String wanted = label.modelName();
    return models.stream()
        .map(ModelDeclaration::label)
        .filter(m -> distance(m, label, wanted) < Integer.MAX_VALUE)
        .sorted(
            Comparator.<ModelLabel>comparingInt(m -> distance(m, label, wanted))
                .thenComparing(ModelLabel::toString))
        .limit(limit)
        .toList();
  }

  private static int distance(ModelLabel candidate, ModelLabel label, String wanted) {
    String name = candidate.modelName();
    if (name.equals(wanted)) {
      return 0;
    }
    if (candidate.appLabel().equals(label.appLabel()) && name.length() > 0) {
      int edits = ClosestNames.distance(name, wanted);
      if (edits <= 3) {
        return edits;
      }
    }
    if (name.contains(wanted) || wanted.contains(name)) {
      return 4;
    }
    int edits = ClosestNames.distance(name, wanted.toLowerCase(Locale.ROOT));
    return edits <= Math.max(2, wanted.length() / 4) ? 5 + edits : Integer.MAX_VALUE;
  }
}
