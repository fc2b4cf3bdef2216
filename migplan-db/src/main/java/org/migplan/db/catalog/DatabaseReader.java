package org.migplan.db.catalog;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.Slf4JSqlLogger;
import org.migplan.core.ErrorCode;
import org.migplan.core.MigplanException;
import org.migplan.core.database.DatabaseMap;
import org.migplan.core.database.DbRelation;
import org.migplan.core.database.DjangoState;
import org.migplan.core.database.TableAudit;
import org.migplan.core.database.TableName;
import org.migplan.core.database.TableSchema;
import org.migplan.core.database.TableStatistics;
import org.migplan.core.model.ModelLabel;
import org.migplan.core.naming.ClosestNames;
import org.migplan.db.Connections;
import org.migplan.db.DatabaseUrl;
import org.migplan.db.Dialect;
import org.migplan.db.Dialects;
import org.migplan.db.Redaction;
import org.migplan.db.django.DjangoTables;

/**
 * The entry point for the database side of {@code audit} and {@code map}: opens the source
 * read-only, finds the model's table and gathers the facts.
 */
public final class DatabaseReader {
  /** Default statement timeout for the source database. */
  public static final Duration STATEMENT_TIMEOUT = Duration.ofMinutes(10);

  private final DatabaseUrl url;
  private final Dialect dialect;
  private final Jdbi jdbi;

  public DatabaseReader(DatabaseUrl url, Duration statementTimeout) {
    this.url = url;
    this.dialect = Dialects.forUrl(url);
    this.jdbi = dialect.openReadOnly(url, statementTimeout);
    this.jdbi.setSqlLogger(new Slf4JSqlLogger());
  }

  public Dialect dialect() {
    return dialect;
  }

  /** The model's table: counts, breakdowns, ranges and structure. */
  public TableAudit audit(ModelLabel model, String tableName) {
    return read(
        "auditing table " + tableName,
        handle -> {
          Catalog catalog = Catalogs.of(dialect, handle);
          TableSchema schema = catalog.schema(requireTable(catalog, tableName));
          return new TableAudit(
              model,
              dialect.engine(),
              schema,
              new TableAuditor(catalog, handle, jdbi).statistics(schema));
        });
  }

  /** Every reference to the model's table, and Django's records of the model. */
  public DatabaseMap map(ModelLabel model, String tableName) {
    return read(
        "mapping references to table " + tableName,
        handle -> {
          Catalog catalog = Catalogs.of(dialect, handle);
          TableSchema schema = catalog.schema(requireTable(catalog, tableName));
          ReferenceMapper mapper = new ReferenceMapper(catalog, handle, jdbi);
          DjangoTables django = new DjangoTables(catalog, handle);
          DjangoState state = django.read(model);
          List<DbRelation> relations = new ArrayList<>(mapper.foreignKeys(schema));
          if (state.contentType().isPresent()) {
            TableSchema contentTypes = catalog.schema(django.contentTypeTable().orElseThrow());
            relations.addAll(mapper.generic(contentTypes, state.contentType().get()));
          }
          return new DatabaseMap(model, schema.table(), relations, state);
        });
  }

  /** Whether a table with this exact name exists (e.g. the name a rename would create). */
  public boolean tableExists(String tableName) {
    return read(
        "looking for table " + tableName,
        handle -> Catalogs.of(dialect, handle).find(tableName).isPresent());
  }

  /** Django's records of a model by label: its content type, permissions, applied migrations. */
  public DjangoState django(ModelLabel model) {
    return read(
        "reading Django's tables for " + model,
        handle -> new DjangoTables(Catalogs.of(dialect, handle), handle).read(model));
  }

  /**
   * Row counts ({@code count(*)}) and catalog sizes of tables, by name; tables not in the database
   * are left out. No breakdowns: this is for tables the rename locks, not for the model's own.
   */
  public Map<String, TableStatistics> sizes(Collection<String> tableNames) {
    return sizes(tableNames, Map.of());
  }

  /**
   * As {@link #sizes(Collection)}, and for the columns named per table (those the table has) the
   * NULLs in {@link TableStatistics#nullCounts()}, counted in the same scan: e.g. columns declared
   * as relations without a foreign key in the catalog ({@code db_constraint=False}).
   *
   * @param tableNames the tables to count
   * @param columns per table name, columns whose non-NULL values to count as well
   */
  public Map<String, TableStatistics> sizes(
      Collection<String> tableNames, Map<String, ? extends Collection<String>> columns) {
    return read(
        "counting rows of " + String.join(", ", new TreeSet<>(tableNames)),
        handle -> {
          Catalog catalog = Catalogs.of(dialect, handle);
          Map<String, TableStatistics> sizes = new TreeMap<>();
          for (String name : new TreeSet<>(tableNames)) {
            Optional<TableName> table = catalog.find(name);
            if (table.isEmpty()) {
              continue;
            }
            TableSize size = catalog.size(table.get());
            List<String> counted = new ArrayList<>();
            Collection<String> wanted = columns.get(name);
            if (wanted != null && !wanted.isEmpty()) {
              TableSchema schema = catalog.schema(table.get());
              new TreeSet<>(wanted)
                  .stream().filter(c -> schema.column(c).isPresent()).forEach(counted::add);
            }
            StringBuilder sql = new StringBuilder("SELECT count(*)");
            counted.forEach(c -> sql.append(", count(").append(catalog.quote(c)).append(')'));
            sql.append(" FROM ").append(catalog.qualified(table.get()));
            long[] counts =
                handle
                    .createQuery(sql.toString())
                    .map(
                        (rs, ctx) -> {
                          long[] values = new long[counted.size() + 1];
                          for (int i = 0; i < values.length; i++) {
                            values[i] = rs.getLong(i + 1);
                          }
                          return values;
                        })
                    .one();
            Map<String, Long> nulls = new TreeMap<>();
            for (int i = 0; i < counted.size(); i++) {
              nulls.put(counted.get(i), counts[0] - counts[i + 1]);
            }
            sizes.put(
                name,
                new TableStatistics(
                    counts[0],
                    size.estimatedRows(),
                    size.tableBytes(),
                    size.indexBytes(),
                    nulls,
                    Map.of(),
                    Map.of()));
          }
          return sizes;
        });
  }

  /**
   * The table by its exact name; when it is missing, a one-line error naming the closest tables.
   */
  public static TableName requireTable(Catalog catalog, String tableName) {
    return catalog
        .find(tableName)
        .orElseThrow(
            () -> {
              List<String> names = catalog.tables().stream().map(TableName::name).toList();
              List<String> closest = ClosestNames.closest(tableName, names, 3);
              String hint =
                  closest.isEmpty()
                      ? "no table has a similar name; check --db and --model"
                      : "closest: " + String.join(", ", closest);
              return new MigplanException(
                  ErrorCode.TABLE_NOT_FOUND,
                  "table '" + tableName + "' is not in the database; " + hint);
            });
  }

  private <T> T read(String purpose, Function<Handle, T> work) {
    try (Handle handle = Connections.open(jdbi, url)) {
      return work.apply(handle);
    } catch (JdbiException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      String message = cause.getMessage() == null ? cause.toString() : cause.getMessage();
      int newline = message.indexOf('\n');
      throw new MigplanException(
          ErrorCode.DATABASE_ERROR,
          purpose
              + " on "
              + url.redacted()
              + " failed: "
              + Redaction.redact(newline < 0 ? message : message.substring(0, newline), url)
              + "; rerun with --debug",
          e);
    }
  }
}
