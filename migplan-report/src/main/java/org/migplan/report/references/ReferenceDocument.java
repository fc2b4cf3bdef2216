package org.migplan.report.references;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.migplan.core.source.CodeReference;
import org.migplan.core.source.RelationField;
import org.migplan.core.source.RelationOptions;

/** The JSON parts {@code relations} and {@code references} of the map (see JsonDocuments). */
public final class ReferenceDocument {
  private ReferenceDocument() {}

  public static List<Map<String, Object>> relations(List<RelationField> relations) {
    return relations.stream().map(ReferenceDocument::relation).toList();
  }

  /** Relations with their {@code direction} to the model (incoming, owned or generic). */
  public static List<Map<String, Object>> relations(
      List<RelationField> relations, org.migplan.core.model.ModelLabel model) {
    return relations.stream()
        .map(
            r -> {
              Map<String, Object> json = relation(r);
              json.put("direction", org.migplan.core.source.ProjectModel.direction(r, model));
              return json;
            })
        .toList();
  }

  public static List<Map<String, Object>> references(List<CodeReference> references) {
    return references.stream()
        .sorted(CodeReference.ORDER)
        .map(ReferenceDocument::reference)
        .toList();
  }

  private static Map<String, Object> relation(RelationField relation) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("file", relation.file());
    json.put("line", relation.line());
    json.put("source_model", relation.sourceModel().toString());
    json.put("field", relation.field());
    json.put("field_class", relation.fieldClass());
    json.put("kind", relation.kind().jsonName());
    json.put("target", relation.target().map(Object::toString).orElse(null));
    json.put("target_text", relation.targetText());
    RelationOptions options = relation.options();
    put(json, "on_delete", options.onDelete());
    put(json, "null", options.nullable());
    put(json, "related_name", relation.relatedName());
    put(json, "related_query_name", options.relatedQueryName());
    put(json, "through", options.through());
    put(json, "db_column", options.dbColumn());
    put(json, "db_constraint", options.dbConstraint());
    put(json, "to_field", options.toField());
    put(json, "db_table", options.dbTable());
    relation.inheritedFrom().ifPresent(v -> json.put("inherited_from", v.toString()));
    if (relation.fromMigrations()) {
      json.put("declared_in", relation.origin().jsonName());
    }
    return json;
  }

  private static Map<String, Object> reference(CodeReference reference) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("file", reference.file());
    json.put("line", reference.line());
    json.put("column", reference.column());
    json.put("kind", reference.kind().jsonName());
    json.put("must_change", reference.mustChange());
    json.put("text", reference.text());
    return json;
  }

  private static void put(Map<String, Object> json, String key, Optional<String> value) {
    value.ifPresent(v -> json.put(key, v));
  }
}
