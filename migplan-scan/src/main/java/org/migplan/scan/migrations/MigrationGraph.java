package org.migplan.scan.migrations;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The order Django applies a project's migrations in, simplified from its loader and graph:
 *
 * <ul>
 *   <li>A squashed migration ({@code replaces}) is used instead of the migrations it replaces, and
 *       dependencies on those point at it. Django does so when none or all of the replaced ones are
 *       applied; it cannot know without a database, and neither do we (when only some are applied
 *       Django keeps the replaced ones, which by design end in the same state).
 *   <li>{@code __first__} is the app's root migration, {@code __latest__} its leaves; a dependency
 *       on a migration that is not in the project (an installed app's) is left out.
 *   <li>The order: for each leaf in label order, the migrations it needs, parents first and in
 *       label order, each once, as Django's {@code project_state()} does. A cycle is broken where
 *       it is met instead of failing.
 * </ul>
 */
final class MigrationGraph {
  private final Map<MigrationKey, MigrationFile> nodes = new TreeMap<>();
  private final Map<MigrationKey, Set<MigrationKey>> parents = new TreeMap<>();

  private MigrationGraph(List<MigrationFile> files) {
    for (MigrationFile file : files) {
      nodes.put(file.key(), file);
    }
    Map<MigrationKey, MigrationKey> replacedBy = new TreeMap<>();
    for (MigrationFile file : files) {
      for (MigrationKey replaced : file.replaces()) {
        if (!replaced.equals(file.key())) {
          replacedBy.putIfAbsent(replaced, file.key());
        }
      }
    }
    replacedBy.keySet().forEach(nodes::remove);
    for (MigrationFile file : nodes.values()) {
      Set<MigrationKey> needs = new TreeSet<>();
      for (MigrationKey dependency : file.dependencies()) {
        for (MigrationKey resolved : resolve(dependency)) {
          MigrationKey key = replacedBy.getOrDefault(resolved, resolved);
          if (nodes.containsKey(key) && !key.equals(file.key())) {
            needs.add(key);
          }
        }
      }
      // a squashed migration also needs what its replaced migrations needed outside themselves
      parents.put(file.key(), needs);
    }
    for (MigrationFile file : files) {
      MigrationKey squashed = replacedBy.get(file.key());
      if (squashed != null && nodes.containsKey(squashed)) {
        for (MigrationKey dependency : file.dependencies()) {
          for (MigrationKey resolved : resolve(dependency)) {
            MigrationKey key = replacedBy.getOrDefault(resolved, resolved);
            if (nodes.containsKey(key) && !key.equals(squashed)) {
              parents.get(squashed).add(key);
            }
          }
        }
      }
    }
  }

  /** The graph of a project's migration files. */
  static MigrationGraph of(List<MigrationFile> files) {
    return new MigrationGraph(files);
  }

  /** The migrations in the order Django applies them. */
  static List<MigrationFile> order(List<MigrationFile> files) {
    return of(files).ordered();
  }

  /**
   * Each app's leaf migrations, sorted: those no other migration of the same app depends on, as
   * Django's {@code graph.leaf_nodes(app)} finds them. More than one is a conflict: {@code migrate}
   * refuses to run until a merge migration depends on all of them.
   */
  Map<String, List<String>> leaves() {
    Set<MigrationKey> sameAppParents = new HashSet<>();
    parents.forEach(
        (child, needs) ->
            needs.stream().filter(p -> p.app().equals(child.app())).forEach(sameAppParents::add));
    Map<String, List<String>> leaves = new TreeMap<>();
    for (MigrationKey key : nodes.keySet()) {
      if (!sameAppParents.contains(key)) {
        leaves.computeIfAbsent(key.app(), a -> new ArrayList<>()).add(key.name());
      }
    }
    leaves.values().forEach(names -> names.sort(null));
    return leaves;
  }

  List<MigrationFile> ordered() {
    Set<MigrationKey> hasChildren = new HashSet<>();
    parents.values().forEach(hasChildren::addAll);
    Set<MigrationKey> done = new LinkedHashSet<>();
    for (MigrationKey key : nodes.keySet()) {
      if (!hasChildren.contains(key)) {
        visit(key, done, new HashSet<>());
      }
    }
    for (MigrationKey key : nodes.keySet()) {
      visit(key, done, new HashSet<>()); // nodes only reachable through a cycle
    }
    List<MigrationFile> ordered = new ArrayList<>();
    done.forEach(k -> ordered.add(nodes.get(k)));
    return ordered;
  }

  private void visit(MigrationKey start, Set<MigrationKey> done, Set<MigrationKey> onPath) {
    // iterative depth-first walk, parents before children (deep graphs must not overflow the stack)
    List<MigrationKey> stack = new ArrayList<>();
    List<Boolean> expanded = new ArrayList<>();
    stack.add(start);
    expanded.add(false);
    while (!stack.isEmpty()) {
      int top = stack.size() - 1;
      MigrationKey key = stack.get(top);
      if (done.contains(key)) {
        stack.remove(top);
        expanded.remove(top);
        continue;
      }
      if (expanded.get(top)) {
        stack.remove(top);
        expanded.remove(top);
        onPath.remove(key);
        done.add(key);
        continue;
      }
      expanded.set(top, true);
      onPath.add(key);
      List<MigrationKey> needs = new ArrayList<>(parents.getOrDefault(key, Set.of()));
      // pushed in reverse so that the first in label order is visited first
      for (int i = needs.size() - 1; i >= 0; i--) {
        MigrationKey parent = needs.get(i);
        if (!done.contains(parent) && !onPath.contains(parent)) {
          stack.add(parent);
          expanded.add(false);
        }
      }
    }
  }

  /** A dependency as graph keys: {@code __first__} and {@code __latest__} resolved in its app. */
  private List<MigrationKey> resolve(MigrationKey dependency) {
    if (!dependency.name().equals("__first__") && !dependency.name().equals("__latest__")) {
      return List.of(dependency);
    }
    List<MigrationKey> app =
        nodes.keySet().stream().filter(k -> k.app().equals(dependency.app())).toList();
    if (dependency.name().equals("__first__")) {
      return app.stream()
          .filter(
              k ->
                  nodes.get(k).dependencies().stream()
                      .noneMatch(d -> d.app().equals(k.app()) && !d.name().startsWith("__")))
          .limit(1)
          .toList();
    }
    Set<MigrationKey> needed = new HashSet<>();
    app.forEach(
        k ->
            nodes.get(k).dependencies().stream()
                .filter(d -> d.app().equals(k.app()))
                .forEach(needed::add));
    return app.stream().filter(k -> !needed.contains(k)).toList();
  }
}
