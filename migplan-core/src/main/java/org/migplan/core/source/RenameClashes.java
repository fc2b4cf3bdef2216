package org.migplan.core.source;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.migplan.core.django.RelatedNameChange;
import org.migplan.core.model.ModelLabel;

/**
 * The reverse names a rename gives other models, checked as Django's system checks will check them
 * ({@code RelatedField._check_clashes}, fields.E302 to E305). A relation the renamed model declares
 * without {@code related_name} puts an accessor named after the model on its target ({@code
 * student_set}, or {@code student} for a one-to-one and a parent link), and without {@code
 * related_query_name} a query name ({@code student}); a {@code related_name} written with {@code
 * %(class)s} or {@code %(model_name)s} changes too. After the rename each may clash with a field of
 * the target or with the accessor of another relation to it, and Django then refuses to start. Only
 * the sources' declarations count (relations found only in migrations are not checked by Django's
 * system checks).
 */
public final class RenameClashes {
  private RenameClashes() {}

  /**
   * The clashes renaming {@code renamed} to {@code newObjectName} would cause, one line each, as
   * {@code app.Model.field: what}; sorted, empty when none.
   */
  public static List<String> of(ProjectModel project, ModelLabel renamed, String newObjectName) {
    ModelLabel after = renamed.renamedTo(newObjectName);
    Set<String> found = new java.util.TreeSet<>();
    for (RelationField relation : project.relationsFrom(renamed)) {
      Optional<Names> names = names(relation, after, renamed);
      if (names.isEmpty() || !names.get().changed() || relation.target().isEmpty()) {
        continue;
      }
      Names reverse = names.get();
      ModelLabel target = relation.target().get();
      String field = displayed(relation, renamed, newObjectName);
      Set<String> fields = new HashSet<>();
      project.fieldsOf(target).forEach(f -> fields.add(f.field()));
      project.relationsFrom(target).stream()
          .filter(r -> r.origin() == RelationOrigin.SOURCE)
          .forEach(r -> fields.add(r.field()));
      if (!reverse.hidden() && fields.contains(reverse.accessor())) {
        found.add(clash(field, "accessor", reverse.accessor(), "the field " + target, "E302"));
      }
      if (!reverse.queryName().isEmpty() && fields.contains(reverse.queryName())) {
        found.add(clash(field, "query name", reverse.queryName(), "the field " + target, "E303"));
      }
      for (RelationField other : project.relationsTo(target)) {
        Optional<Names> theirs =
            other.origin() != RelationOrigin.SOURCE || same(other, relation)
                ? Optional.empty()
                : names(other, after, renamed).filter(n -> !n.hidden());
        if (theirs.isEmpty()) {
          continue;
        }
        String otherField = displayed(other, renamed, newObjectName);
        String accessor = theirs.get().accessor();
        // Django reports a clash of two relations once for each of them
        if (!reverse.hidden() && accessor.equals(reverse.accessor())) {
          found.add(
              clash(field, "accessor", accessor, "the reverse accessor of " + otherField, "E304"));
          found.add(clash(otherField, "accessor", accessor, "the one of " + field, "E304"));
        }
        if (!reverse.queryName().isEmpty() && accessor.equals(reverse.queryName())) {
          found.add(
              clash(
                  field, "query name", accessor, "the reverse accessor of " + otherField, "E305"));
        }
        if (!reverse.hidden() && theirs.get().queryName().equals(reverse.accessor())) {
          found.add(
              clash(
                  otherField,
                  "query name",
                  reverse.accessor(),
                  "the reverse accessor of " + field,
                  "E305"));
        }
      }
    }
    return List.copyOf(found);
  }

  /**
   * One clash: {@code field}'s reverse {@code what} is {@code name} after the rename, as is {@code
   * with}'s; {@code with} ending in a model label is followed by {@code .name} (a field of it).
   */
  private static String clash(String field, String what, String name, String with, String code) {
    String other = with.startsWith("the field ") ? with + "." + name : with;
    return field
        + ": its reverse "
        + what
        + " is '"
        + name
        + "', as is "
        + other
        + " (fields."
        + code
        + ")";
  }

  /**
   * The model's relations whose {@code related_name} or {@code related_query_name} is written with
   * {@code %(class)s} or {@code %(model_name)s} (its own, or an abstract base's): the name Django
   * fills in changes with the class, and makemigrations then writes an AlterField for it. One
   * change each (the accessor, else the query name), sorted by field, none migrated yet.
   */
  public static List<RelatedNameChange> relatedNameChanges(
      ProjectModel project, ModelLabel renamed, String newObjectName) {
    ModelLabel after = renamed.renamedTo(newObjectName);
    java.util.Map<String, RelatedNameChange> found = new java.util.TreeMap<>();
    for (RelationField relation : project.relationsFrom(renamed)) {
      boolean templated =
          relation.options().relatedName().map(RenameClashes::templated).orElse(false)
              || relation.options().relatedQueryName().map(RenameClashes::templated).orElse(false);
      if (!templated || relation.origin() != RelationOrigin.SOURCE) {
        continue;
      }
      RelationField renamedCopy = moved(relation, after);
      // the related_name when it follows the class, else the query name (which then does)
      boolean name = relation.options().relatedName().map(RenameClashes::templated).orElse(false);
      String before = (name ? relation.relatedName() : relation.reverseQueryName()).orElse("");
      String now = (name ? renamedCopy.relatedName() : renamedCopy.reverseQueryName()).orElse("");
      if (!before.equals(now)) {
        found.put(
            relation.field(),
            new RelatedNameChange(
                relation.field(),
                name ? "related_name" : "related_query_name",
                before,
                now,
                Optional.empty()));
      }
    }
    return List.copyOf(found.values());
  }

  private static boolean templated(String name) {
    return name.contains("%(class)s") || name.contains("%(model_name)s");
  }

  /** The relation as the renamed model declares it. */
  private static RelationField moved(RelationField relation, ModelLabel after) {
    return new RelationField(
        relation.file(),
        relation.line(),
        after,
        relation.field(),
        relation.fieldClass(),
        relation.kind(),
        relation.targetText(),
        relation.target(),
        relation.options(),
        relation.inheritedFrom(),
        relation.origin(),
        relation.targetLine(),
        relation.targetColumn());
  }

  /** A relation's reverse names; {@code changed} when the rename changes one of them. */
  private record Names(String accessor, String queryName, boolean hidden, boolean changed) {}

  /**
   * The reverse names of {@code relation} once {@code renamed} is called {@code after}: empty for a
   * relation without reverse names on its target (generic ones, a symmetrical self many-to-many).
   */
  private static Optional<Names> names(
      RelationField relation, ModelLabel after, ModelLabel renamed) {
    RelationKind kind = relation.kind();
    if (kind == RelationKind.GENERIC_FOREIGN_KEY || kind == RelationKind.GENERIC_RELATION) {
      return Optional.empty();
    }
    boolean selfManyToMany =
        kind == RelationKind.MANY_TO_MANY
            && relation
                .target()
                .filter(t -> RelationField.sameModel(t, relation.sourceModel()))
                .isPresent();
    if (selfManyToMany && !relation.options().symmetrical().map("False"::equals).orElse(false)) {
      return Optional.empty(); // symmetrical: Django hides its reverse side
    }
    RelationField renamedCopy = asRenamed(relation, renamed, after);
    Optional<String> accessor = renamedCopy.reverseAccessor();
    Optional<String> query = renamedCopy.reverseQueryName();
    if (accessor.isEmpty() && query.isEmpty()) {
      return Optional.of(new Names("", "", true, false));
    }
    boolean changed =
        !accessor.equals(relation.reverseAccessor()) || !query.equals(relation.reverseQueryName());
    return Optional.of(
        new Names(accessor.orElse(""), query.orElse(""), accessor.isEmpty(), changed));
  }

  /** {@code app.Model.field} as Django names the field after the rename. */
  private static String displayed(
      RelationField relation, ModelLabel renamed, String newObjectName) {
    RelationField after = asRenamed(relation, renamed, renamed.renamedTo(newObjectName));
    return after.sourceModel() + "." + after.field();
  }

  /**
   * The relation as it stands after the rename: moved to {@code after} if the model declares it.
   */
  private static RelationField asRenamed(
      RelationField relation, ModelLabel renamed, ModelLabel after) {
    return RelationField.sameModel(relation.sourceModel(), renamed)
        ? moved(relation, after)
        : relation;
  }

  private static boolean same(RelationField a, RelationField b) {
    return RelationField.sameModel(a.sourceModel(), b.sourceModel()) && a.field().equals(b.field());
  }
}
