package org.migplan.core.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.migplan.core.django.Relation;
import org.migplan.core.django.RelationKind;
import org.migplan.core.model.ModelLabel;
import org.migplan.core.naming.DjangoNames;
import org.migplan.core.plan.NameChange.Kind;

/** Every name that derives from the model name, before and after (§2). */
final class NameChanges {
  private NameChanges() {}

  static List<NameChange> of(
      PlanInput input, String oldTable, String newTable, List<Relation> relations) {
    ModelLabel old = input.model();
    ModelLabel renamed = input.newModel();
    String app = old.appLabel();
    OptionalInt max = input.engine().maxIdentifierLength();
    List<NameChange> names = new ArrayList<>();
    names.add(new NameChange(Kind.CLASS, "class", old.objectName(), renamed.objectName()));
    names.add(new NameChange(Kind.LABEL, "label", old.labelLower(), renamed.labelLower()));
    names.add(new NameChange(Kind.TABLE, "table", oldTable, newTable));
    for (Relation relation : relations) {
      if (relation.kind() != RelationKind.MANY_TO_MANY || !relation.autoCreatedThrough()) {
        continue;
      }
      boolean owned = relation.declaredBy(old);
      if (owned
          && relation
              .table()
              .equals(DjangoNames.autoManyToManyTable(oldTable, relation.field(), max))) {
        names.add(
            new NameChange(
                Kind.MANY_TO_MANY_TABLE,
                "many-to-many table " + relation.field(),
                relation.table(),
                DjangoNames.autoManyToManyTable(newTable, relation.field(), max)));
      }
      Map<String, String> renames = relation.autoManyToManyColumnRenames(old, renamed.objectName());
      List<String> columns =
          renames.isEmpty() ? List.of(relation.column()) : List.copyOf(renames.keySet());
      for (String column : columns) {
        names.add(
            new NameChange(
                Kind.MANY_TO_MANY_COLUMN,
                "many-to-many column " + relation.table() + "." + column,
                column,
                renames.getOrDefault(column, column)));
      }
    }
    names.add(
        new NameChange(
            Kind.CONTENT_TYPE,
            "content type (django_content_type)",
            app + "." + old.modelName(),
            app + "." + renamed.modelName()));
    for (String action : DjangoNames.DEFAULT_PERMISSION_ACTIONS) {
      names.add(
          new NameChange(
              Kind.PERMISSION_CODENAME,
              "permission",
              app + "." + DjangoNames.permissionCodename(action, old.objectName()),
              app + "." + DjangoNames.permissionCodename(action, renamed.objectName())));
    }
    if (input.source().verboseName().isEmpty()) {
      names.add(
          new NameChange(
              Kind.VERBOSE_NAME,
              "verbose_name",
              DjangoNames.verboseName(old.objectName()),
              DjangoNames.verboseName(renamed.objectName())));
    }
    names.add(
        new NameChange(
            Kind.REVERSE_ACCESSOR,
            "reverse accessor of the model's own FK/M2M without related_name",
            DjangoNames.reverseAccessor(old.objectName(), null, false),
            DjangoNames.reverseAccessor(renamed.objectName(), null, false)));
    names.add(
        new NameChange(
            Kind.REVERSE_QUERY_NAME,
            "reverse query name (lookups such as filter(" + old.modelName() + "__…))",
            old.modelName(),
            renamed.modelName()));
    for (String child : input.source().mtiChildren()) {
      names.add(
          new NameChange(
              Kind.PARENT_LINK,
              "parent link on " + child,
              DjangoNames.parentLinkField(old.objectName()),
              DjangoNames.parentLinkField(renamed.objectName())));
    }
    addAll(
        names,
        Kind.ADMIN_URL_NAME,
        "admin URL name",
        DjangoNames.adminUrlNames(app, old.objectName()),
        DjangoNames.adminUrlNames(app, renamed.objectName()));
    names.add(
        new NameChange(
            Kind.ADMIN_PATH,
            "admin path",
            "/admin/" + app + "/" + old.modelName() + "/",
            "/admin/" + app + "/" + renamed.modelName() + "/"));
    addAll(
        names,
        Kind.ADMIN_TEMPLATE,
        "admin template",
        DjangoNames.adminTemplateNames(app, old.objectName()),
        DjangoNames.adminTemplateNames(app, renamed.objectName()));
    addAll(
        names,
        Kind.GENERIC_VIEW_TEMPLATE,
        "generic view template",
        DjangoNames.genericViewTemplateNames(app, old.objectName()),
        DjangoNames.genericViewTemplateNames(app, renamed.objectName()));
    names.add(
        new NameChange(
            Kind.LIST_VIEW_CONTEXT_NAME,
            "ListView context name",
            old.modelName() + "_list",
            renamed.modelName() + "_list"));
    names.add(
        new NameChange(
            Kind.DETAIL_VIEW_CONTEXT_NAME,
            "DetailView context name",
            old.modelName(),
            renamed.modelName()));
    names.add(
        new NameChange(
            Kind.FIXTURE_LABEL, "fixture model label", old.labelLower(), renamed.labelLower()));
    return List.copyOf(names);
  }

  private static void addAll(
      List<NameChange> names, Kind kind, String what, List<String> before, List<String> after) {
    for (int i = 0; i < before.size(); i++) {
      names.add(new NameChange(kind, what, before.get(i), after.get(i)));
    }
  }
}
