package org.migplan.report.references;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.migplan.core.source.CodeReference;
import org.migplan.core.source.ReferenceKind;
import org.migplan.core.source.RelationField;
import org.migplan.core.source.RelationKind;

/**
 * The source side of the map as text: relations, then references grouped by kind with one {@code
 * path:line: text} line each (the body of {@code foreign_key_references.txt}).
 */
public final class ReferenceText {
  private ReferenceText() {}

  /** References grouped by kind, in the kinds' order; kinds without references are left out. */
  public static String references(List<CodeReference> references) {
    Map<ReferenceKind, List<CodeReference>> byKind = new TreeMap<>();
    for (CodeReference reference : references) {
      byKind.computeIfAbsent(reference.kind(), k -> new java.util.ArrayList<>()).add(reference);
    }
    StringBuilder text = new StringBuilder();
    for (Map.Entry<ReferenceKind, List<CodeReference>> group : byKind.entrySet()) {
      List<CodeReference> items = group.getValue().stream().sorted(CodeReference.ORDER).toList();
      long mustChange = items.stream().filter(CodeReference::mustChange).count();
      text.append("# ")
          .append(group.getKey().jsonName())
          .append(": ")
          .append(items.size())
          .append(items.size() == 1 ? " place" : " places")
          .append(", ")
          .append(mustChange)
          .append(" to change\n");
      for (CodeReference reference : items) {
        text.append(reference.file())
            .append(':')
            .append(reference.line())
            .append(": ")
            .append(reference.text())
            .append('\n');
      }
      text.append('\n');
    }
    return text.toString();
  }

  /** One line per relation: {@code path:line: app.Source.field -> target (kind, options)}. */
  public static String relations(List<RelationField> relations) {
    StringBuilder text = new StringBuilder();
    for (RelationField relation : relations) {
      text.append(relation.file())
          .append(':')
          .append(relation.line())
          .append(": ")
          .append(relation.sourceModel())
          .append('.')
          .append(relation.field())
          .append(" -> ")
          .append(
              relation
                  .target()
                  .map(Object::toString)
                  .orElse(
                      relation.kind() == RelationKind.GENERIC_FOREIGN_KEY
                          ? "(any model, by content type)"
                          : "(unresolved: " + relation.targetText() + ")"))
          .append(" (")
          .append(relation.kind().jsonName());
      relation.options().onDelete().ifPresent(v -> text.append(", on_delete=").append(v));
      relation.relatedName().ifPresent(v -> text.append(", related_name=").append(v));
      relation.options().through().ifPresent(v -> text.append(", through=").append(v));
      if (relation.options().withoutConstraint()) {
        text.append(", db_constraint=False");
      }
      relation.inheritedFrom().ifPresent(v -> text.append(", inherited from ").append(v));
      if (relation.fromMigrations()) {
        text.append(", only in the migrations");
      }
      text.append(")\n");
    }
    return text.toString();
  }
}
