package org.migplan.scan.project;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.migplan.core.model.ModelLabel;
import org.migplan.core.source.ModelField;
import org.migplan.scan.python.Call;
import org.migplan.scan.python.ClassDefinition;
import org.migplan.scan.python.Expressions;
import org.migplan.scan.python.StringLiterals;

/**
 * Reads the non-relational fields of concrete models: body assignments whose value calls a class
 * named {@code …Field} that is not a relation, the model's own and those of its abstract bases
 * (fields of a multi-table parent belong to the parent's table). A field class migplan cannot see
 * (a name not ending in {@code Field}, a field built by a helper function) is simply absent; the
 * callers fall back to the database's column for it.
 */
final class FieldReader {
  private final CatalogueBuilder catalogue;

  FieldReader(CatalogueBuilder catalogue) {
    this.catalogue = catalogue;
  }

  List<ModelField> fieldsOf(ClassRef ref, CatalogueBuilder.ModelInfo info) {
    Map<String, ModelField> fields = new LinkedHashMap<>();
    collect(ref, info.declaration().label(), fields, new HashSet<>(), new HashSet<>());
    return new ArrayList<>(fields.values());
  }

  private void collect(
      ClassRef ref,
      ModelLabel owner,
      Map<String, ModelField> fields,
      Set<String> shadowed,
      Set<String> visited) {
    if (!visited.add(ref.key())) {
      return;
    }
    for (ClassDefinition.Assignment assignment : ref.definition().assignments()) {
      String name = assignment.target().text();
      if (fields.containsKey(name) || !shadowed.add(name)) {
        continue; // a subclass's assignment (a field, None or anything else) wins
      }
      field(owner, ref.file().relative(), name, assignment).ifPresent(f -> fields.put(name, f));
    }
    for (ClassRef base : catalogue.info(ref).bases()) {
      if (catalogue.info(base).declaration().isAbstract()) {
        collect(base, owner, fields, shadowed, visited);
      }
    }
  }

  /** One to three ASCII digits. */
  private static boolean isSmallNumber(String text) {
    if (text.isEmpty() || text.length() > 3) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static Optional<ModelField> field(
      ModelLabel owner, String file, String name, ClassDefinition.Assignment assignment) {
    Optional<Call> call = Call.parse(assignment.value(), 0);
    if (call.isEmpty()) {
      return Optional.empty();
    }
    Call c = call.get();
    String simple = c.simpleName();
    if (!simple.endsWith("Field") || RelationClasses.kindOf(simple).isPresent()) {
      return Optional.empty();
    }
    Optional<String> dbColumn = c.keyword("db_column").flatMap(StringLiterals::constant);
    OptionalInt places = OptionalInt.empty();
    Optional<String> placesText = c.keyword("decimal_places").map(Expressions::text);
    if (placesText.isPresent() && isSmallNumber(placesText.get())) {
      places = OptionalInt.of(Integer.parseInt(placesText.get()));
    }
    boolean primaryKey =
        c.keyword("primary_key").map(v -> Expressions.text(v).equals("True")).orElse(false);
    return Optional.of(
        new ModelField(
            owner,
            name,
            simple,
            dbColumn,
            places,
            primaryKey,
            file,
            assignment.target().line(),
            assignment.conditional()));
  }
}
