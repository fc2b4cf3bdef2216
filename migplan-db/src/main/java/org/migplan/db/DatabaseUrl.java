package org.migplan.db;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.migplan.core.ErrorCode;
import org.migplan.core.MigplanException;

/**
 * A database location as the user gave it, parsed: Django-style URLs ({@code
 * postgres://user:pass@host:port/name}, {@code postgresql://…}, {@code sqlite:///relative/path},
 * {@code sqlite:////absolute/path}) or JDBC URLs ({@code jdbc:postgresql://…}, {@code
 * jdbc:sqlite:path}). {@link #toString()} never shows the password.
 *
 * @param engine {@code postgresql} or {@code sqlite}
 * @param host PostgreSQL host (empty for SQLite)
 * @param port PostgreSQL port, 5432 when not given (0 for SQLite)
 * @param database PostgreSQL database name, or the SQLite file path
 * @param user PostgreSQL user, may be empty
 * @param password PostgreSQL password, may be empty; never printed
 * @param parameters extra query parameters (PostgreSQL JDBC properties such as {@code sslmode})
 */
public record DatabaseUrl(
    String engine,
    String host,
    int port,
    String database,
    String user,
    String password,
    Map<String, String> parameters) {

  public static final String POSTGRESQL = "postgresql";
  public static final String SQLITE = "sqlite";
  static final String ACCEPTED_FORMS =
      "use postgres://user:password@host:port/name, postgresql://…, sqlite:///relative/path,"
          + " sqlite:////absolute/path, or a jdbc:postgresql:// or jdbc:sqlite: URL";

  public DatabaseUrl {
    Objects.requireNonNull(engine, "engine");
    host = Objects.requireNonNullElse(host, "");
    database = Objects.requireNonNull(database, "database");
    user = Objects.requireNonNullElse(user, "");
    password = Objects.requireNonNullElse(password, "");
    parameters = Map.copyOf(parameters);
  }

  /** Parses a URL in one of the accepted forms; anything else is a one-line usage error. */
  public static DatabaseUrl parse(String text) {
    String url = text == null ? "" : text.strip();
    if (url.startsWith("jdbc:sqlite:")) {
      return sqlite(stripSqliteUri(url.substring("jdbc:sqlite:".length())), url);
    }
    if (url.startsWith("sqlite:///")) {
      return sqlite(url.substring("sqlite:///".length()), url);
    }
    if (url.startsWith("jdbc:postgresql://")) {
      return postgres(url.substring("jdbc:".length()), url, true);
    }
    if (url.startsWith("postgres://") || url.startsWith("postgresql://")) {
      return postgres(url, url, false);
    }
    throw unreadable(url);
  }

  /** A SQLite database file. */
  public static DatabaseUrl sqliteFile(Path file) {
    return new DatabaseUrl(SQLITE, "", 0, file.toString(), "", "", Map.of());
  }

  public boolean isSqlite() {
    return SQLITE.equals(engine);
  }

  public boolean isPostgres() {
    return POSTGRESQL.equals(engine);
  }

  /** The SQLite database file (relative paths resolve against the working directory). */
  public Path sqlitePath() {
    if (!isSqlite()) {
      throw new IllegalStateException("not a SQLite URL: " + this);
    }
    return Path.of(database);
  }

  /** The same server with another database name (PostgreSQL), keeping user and password. */
  public DatabaseUrl withDatabase(String name) {
    return new DatabaseUrl(engine, host, port, name, user, password, parameters);
  }

  public Optional<String> passwordIfAny() {
    return password.isEmpty() ? Optional.empty() : Optional.of(password);
  }

  /** The URL in Django form without the password, e.g. {@code postgresql://app@db:5432/madaris}. */
  public String redacted() {
    if (isSqlite()) {
      return "sqlite:///" + database;
    }
    String credentials = user.isEmpty() ? "" : user + "@";
    return "postgresql://" + credentials + host + ":" + port + "/" + database;
  }

  /** Never shows the password. */
  @Override
  public String toString() {
    return redacted();
  }

  private static DatabaseUrl sqlite(String path, String original) {
    if (path.isBlank() || path.equals(":memory:")) {
      throw unreadable(original);
    }
    return new DatabaseUrl(SQLITE, "", 0, path, "", "", Map.of());
  }

  private static String stripSqliteUri(String rest) {
    String path = rest.startsWith("file:") ? rest.substring("file:".length()) : rest;
    int query = path.indexOf('?');
    return query >= 0 ? path.substring(0, query) : path;
  }

  private static DatabaseUrl postgres(String url, String original, boolean jdbc) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw unreadable(original);
    }
    String name = uri.getRawPath() == null ? "" : decode(uri.getRawPath().replaceFirst("^/", ""));
    if (uri.getHost() == null || name.isEmpty()) {
      throw unreadable(original);
    }
    Map<String, String> query = query(uri.getRawQuery());
    String user = query.remove("user");
    String password = query.remove("password");
    String userInfo = uri.getRawUserInfo();
    if (!jdbc && userInfo != null) {
      int colon = userInfo.indexOf(':');
      user = decode(colon >= 0 ? userInfo.substring(0, colon) : userInfo);
      password = colon >= 0 ? decode(userInfo.substring(colon + 1)) : null;
    }
    int port = uri.getPort() > 0 ? uri.getPort() : 5432;
    return new DatabaseUrl(POSTGRESQL, uri.getHost(), port, name, user, password, query);
  }

  private static Map<String, String> query(String rawQuery) {
    Map<String, String> result = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return result;
    }
    for (String pair : rawQuery.split("&")) {
      int equals = pair.indexOf('=');
      String key = decode(equals >= 0 ? pair.substring(0, equals) : pair);
      String value = equals >= 0 ? decode(pair.substring(equals + 1)) : "";
      result.put(key, value);
    }
    return result;
  }

  private static String decode(String text) {
    return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  private static MigplanException unreadable(String url) {
    return new MigplanException(
        ErrorCode.BAD_DATABASE_URL,
        "--db '"
            + Redaction.redactPassword(url)
            + "' is not a URL migplan reads; "
            + ACCEPTED_FORMS);
  }
}
