package org.migplan.core.model;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * What the planner needs to know about a database engine, filled in by the database side.
 *
 * @param engine a stable engine name: {@code postgresql}, {@code sqlite}
 * @param transactionalDdl whether DDL runs inside a transaction that can be rolled back
 * @param maxIdentifierLength Django's {@code ops.max_name_length()}; empty when Django does not
 *     truncate (SQLite)
 * @param rebuildsTablesToAlterFields whether Django's schema editor rebuilds a table (copying every
 *     row) to alter a field, as it does on SQLite
 */
public record EngineTraits(
    String engine,
    boolean transactionalDdl,
    OptionalInt maxIdentifierLength,
    boolean rebuildsTablesToAlterFields) {

  public EngineTraits {
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(maxIdentifierLength, "maxIdentifierLength");
  }

  public static final EngineTraits POSTGRESQL =
      new EngineTraits("postgresql", true, OptionalInt.of(63), false);
  public static final EngineTraits SQLITE =
      new EngineTraits("sqlite", true, OptionalInt.empty(), true);
}
