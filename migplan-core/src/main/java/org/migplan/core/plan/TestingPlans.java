package org.migplan.core.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.migplan.core.django.Relation;
import org.migplan.core.django.RelationKind;

/** The testing plan, derived from the kinds of references the scan found. */
final class TestingPlans {
  private TestingPlans() {}

  static List<String> of(PlanInput input, List<Relation> relations) {
    String app = input.model().appLabel();
    String old = input.model().modelName();
    String renamed = input.newModel().modelName();
    Set<String> kinds =
        input.source().references().stream()
            .map(r -> r.kind().toLowerCase(Locale.ROOT))
            .collect(Collectors.toCollection(TreeSet::new));
    List<String> tests = new ArrayList<>();
    tests.add(
        "Migration: apply forward and backward on the staging copy; row counts of every table in"
            + " the plan are unchanged both ways.");
    tests.add(
        "Content type: django_content_type has "
            + app
            + "."
            + renamed
            + " with the old id and no "
            + app
            + "."
            + old
            + " row.");
    tests.add(
        "Permission checks: a user granted "
            + app
            + ".change_"
            + old
            + " before has "
            + app
            + ".change_"
            + renamed
            + " after, and no ungranted duplicate permissions were added.");
    if (has(kinds, "admin")) {
      tests.add(
          "Admin pages: changelist, add, change, delete and history of "
              + input.newObjectName()
              + " at /admin/"
              + app
              + "/"
              + renamed
              + "/; reverse('admin:"
              + app
              + "_"
              + renamed
              + "_changelist') resolves; moved admin template overrides are used.");
    }
    if (has(kinds, "form")) {
      tests.add("Forms: every ModelForm of the model validates and saves.");
    }
    if (has(kinds, "view") || has(kinds, "url")) {
      tests.add("Views: each view using the model renders and its URLs resolve.");
    }
    if (has(kinds, "template")) {
      tests.add(
          "Templates: pages render the model's data (context names "
              + renamed
              + "_list / "
              + renamed
              + " are no longer empty) and moved template files are found.");
    }
    if (has(kinds, "serializer") || has(kinds, "api")) {
      tests.add("API endpoints: list, detail and write endpoints return the same data as before.");
    }
    if (has(kinds, "permission")) {
      tests.add(
          "Permission-protected code: has_perm, @permission_required and {{ perms }} checks use"
              + " the new codenames and still grant access.");
    }
    if (has(kinds, "fixture")) {
      tests.add("Fixtures: loaddata of every fixture with the label " + app + "." + renamed + ".");
    }
    if (has(kinds, "signal")) {
      tests.add("Signals: handlers connected with the model (or its label string) still fire.");
    }
    if (has(kinds, "sql")) {
      tests.add("Raw SQL: each query naming the old table or columns runs against the new names.");
    }
    if (has(kinds, "lookup") || has(kinds, "accessor") || !relations.isEmpty()) {
      tests.add(
          "Relations: queries across each relation (reverse accessors, filter("
              + renamed
              + "__…), select_related/prefetch_related) return the same rows.");
    }
    if (relations.stream().anyMatch(r -> r.kind() == RelationKind.GENERIC_RELATION)
        || input.database().map(DatabaseFacts::genericRows).orElse(0L) > 0) {
      tests.add("Generic relations: objects attached through the content type still resolve.");
    }
    tests.add("The project's test suite passes on the migrated staging copy.");
    return List.copyOf(tests);
  }

  private static boolean has(Set<String> kinds, String word) {
    return kinds.stream().anyMatch(k -> k.contains(word));
  }
}
