package org.migplan.core.plan;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.migplan.core.django.DjangoVersion;
import org.migplan.core.model.EngineTraits;
import org.migplan.core.model.ModelLabel;

/**
 * Everything the planner is told.
 *
 * @param model the model to rename
 * @param newObjectName its new class name
 * @param version the project's Django version
 * @param versionSource where the version came from, e.g. {@code requirements.txt: Django==3.2.25}
 * @param source the sources' facts
 * @param database the database's facts, empty for a source-only plan
 * @param backup the backup the rollback relies on, empty when none was given
 * @param staging the verified staging copy, shown without password; empty when none
 * @param assumedEngine the engine to predict DDL for when there are no database facts
 * @param missing what migplan could not gather this run and why, one line each
 */
public record PlanInput(
    ModelLabel model,
    String newObjectName,
    DjangoVersion version,
    String versionSource,
    SourceFacts source,
    Optional<DatabaseFacts> database,
    Optional<BackupFacts> backup,
    Optional<String> staging,
    EngineTraits assumedEngine,
    List<String> missing) {

  public PlanInput {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(newObjectName, "newObjectName");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(versionSource, "versionSource");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(database, "database");
    Objects.requireNonNull(backup, "backup");
    Objects.requireNonNull(staging, "staging");
    Objects.requireNonNull(assumedEngine, "assumedEngine");
    missing = List.copyOf(missing);
  }

  public EngineTraits engine() {
    return database.map(DatabaseFacts::engine).orElse(assumedEngine);
  }

  public ModelLabel newModel() {
    return model.renamedTo(newObjectName);
  }
}
