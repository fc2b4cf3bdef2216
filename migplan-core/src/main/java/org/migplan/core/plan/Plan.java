package org.migplan.core.plan;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.migplan.core.django.DdlStatement;
import org.migplan.core.django.Relation;
import org.migplan.core.django.RenameMigration;

/**
 * The planner's answer: what changes, what is at risk, what to check, how to do it and undo it.
 *
 * @param input the facts it was made from
 * @param oldTable the model's table now
 * @param newTable the table after the rename
 * @param names every name derived from the model, before and after
 * @param relations every relation, from the sources and the database, merged and sorted
 * @param ddl the statements migrate will run, in order
 * @param locks how long they hold their locks
 * @param findings sorted by severity (highest first), then id
 * @param checklist the pre-migration checklist
 * @param steps the migration steps, in order
 * @param migration the migration file to drop into the app
 * @param rollback how to undo it
 * @param testingPlan what to test, derived from what the scan found
 * @param codeChanges references that must change, grouped by file
 * @param notVerified what migplan could not verify in this run
 */
public record Plan(
    PlanInput input,
    String oldTable,
    String newTable,
    List<NameChange> names,
    List<Relation> relations,
    List<DdlStatement> ddl,
    LockEstimate locks,
    List<Finding> findings,
    List<ChecklistItem> checklist,
    List<String> steps,
    RenameMigration migration,
    RollbackPlan rollback,
    List<String> testingPlan,
    List<FileChanges> codeChanges,
    List<String> notVerified) {

  public Plan {
    Objects.requireNonNull(input, "input");
    names = List.copyOf(names);
    relations = List.copyOf(relations);
    ddl = List.copyOf(ddl);
    findings =
        findings.stream()
            .sorted(Comparator.comparing(Finding::severity).reversed().thenComparing(Finding::id))
            .toList();
    checklist = List.copyOf(checklist);
    steps = List.copyOf(steps);
    testingPlan = List.copyOf(testingPlan);
    codeChanges = List.copyOf(codeChanges);
    notVerified = List.copyOf(notVerified);
  }

  /** The overall risk: the highest severity among the findings. */
  public Severity risk() {
    return findings.stream()
        .map(Finding::severity)
        .max(Comparator.naturalOrder())
        .orElse(Severity.INFO);
  }

  /** Whether any finding is at or above the level. */
  public boolean hasFindingsAtOrAbove(Severity level) {
    return findings.stream().anyMatch(f -> f.severity().compareTo(level) >= 0);
  }

  public Optional<DatabaseFacts> database() {
    return input.database();
  }

  /** Rows in the model's table, when counted. */
  public Optional<Long> rows() {
    return input.database().map(d -> d.target().rows());
  }
}
