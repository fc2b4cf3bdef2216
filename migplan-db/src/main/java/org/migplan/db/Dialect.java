package org.migplan.db;

import java.time.Duration;
import org.jdbi.v3.core.Jdbi;
import org.migplan.core.model.EngineTraits;

/**
 * Everything migplan does differently per database engine. One implementation per engine ({@link
 * org.migplan.db.postgres.PostgresDialect}, {@link org.migplan.db.sqlite.SqliteDialect}); choose
 * one with {@link Dialects#forUrl(DatabaseUrl)}.
 */
public interface Dialect {

  /** The engine name used in URLs and reports: {@code postgresql}, {@code sqlite}. */
  String engine();

  /** The character that quotes identifiers. */
  char quoteCharacter();

  /** Quotes an identifier, doubling any quote character inside it. */
  default String quote(String identifier) {
    return Identifiers.quote(identifier, quoteCharacter());
  }

  /** What the planner needs to know about this engine. */
  EngineTraits traits();

  /**
   * Opens the source database for reading only: writes fail inside the database itself, and every
   * statement is cancelled after {@code statementTimeout}.
   */
  Jdbi openReadOnly(DatabaseUrl url, Duration statementTimeout);

  /** Opens a database migplan owns (scratch or staging) for reading and writing. */
  Jdbi openReadWrite(DatabaseUrl url);
}
