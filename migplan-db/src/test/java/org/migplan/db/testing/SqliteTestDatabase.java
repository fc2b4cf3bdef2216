package org.migplan.db.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jdbi.v3.core.Jdbi;
import org.migplan.db.DatabaseUrl;
import org.migplan.db.sqlite.SqliteDialect;

/** A SQLite database in a temporary file, built from SQL scripts. */
public final class SqliteTestDatabase {
  private final Path file;

  private SqliteTestDatabase(Path file) {
    this.file = file;
  }

  /** An empty database file in {@code directory} (typically a JUnit {@code @TempDir}). */
  public static SqliteTestDatabase in(Path directory, String name) {
    return new SqliteTestDatabase(directory.resolve(name));
  }

  public Path file() {
    return file;
  }

  public DatabaseUrl url() {
    return DatabaseUrl.sqliteFile(file);
  }

  /** {@code sqlite:////absolute/path}, for passing to the CLI. */
  public String djangoUrl() {
    return "sqlite:///" + file.toAbsolutePath();
  }

  public Jdbi jdbi() {
    return new SqliteDialect().openReadWrite(url());
  }

  public SqliteTestDatabase runResource(String resource) {
    String sql = Resources.read(resource);
    jdbi().useHandle(handle -> handle.createScript(sql).execute());
    return this;
  }

  public SqliteTestDatabase runSql(String sql) {
    jdbi().useHandle(handle -> handle.createScript(sql).execute());
    return this;
  }

  public boolean exists() {
    return Files.exists(file);
  }

  public void delete() throws IOException {
    Files.deleteIfExists(file);
  }
}
