package org.migplan.db.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.migplan.core.ErrorCode;
import org.migplan.core.MigplanException;
import org.migplan.core.backup.BackupFormat;

/** Recognises a backup by its content (magic bytes), never by its file name. */
public final class BackupFormats {
  private static final int HEAD = 8192;
  private static final byte[] CUSTOM = "PGDMP".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] SQLITE = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

  private BackupFormats() {}

  /** The format of {@code path}, or a one-line refusal saying what the file is instead. */
  public static BackupFormat detect(Path path) throws IOException {
    if (Files.isDirectory(path)) {
      if (Files.isRegularFile(path.resolve("toc.dat"))) {
        return BackupFormat.POSTGRES_DIRECTORY;
      }
      throw refuse(path, "a directory without toc.dat (not a pg_dump -Fd archive)");
    }
    if (!Files.isRegularFile(path)) {
      throw new MigplanException(
          ErrorCode.FILE_ERROR, "backup " + path + " does not exist; check --backup");
    }
    byte[] head = head(path);
    if (head.length == 0) {
      throw refuse(path, "an empty file (0 bytes)");
    }
    if (startsWith(head, CUSTOM)) {
      return BackupFormat.POSTGRES_CUSTOM;
    }
    if (startsWith(head, SQLITE)) {
      return BackupFormat.SQLITE;
    }
    if (isTar(head)) {
      return BackupFormat.POSTGRES_TAR;
    }
    if (head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
      if (looksLikeSql(gunzippedHead(path))) {
        return BackupFormat.PLAIN_SQL_GZIP;
      }
      throw refuse(path, "a gzip file that does not hold SQL text");
    }
    if (looksLikeSql(head)) {
      return BackupFormat.PLAIN_SQL;
    }
    throw refuse(path, describe(head));
  }

  /** Plain SQL text: no NUL bytes, and a line that starts like pg_dump's output or SQL. */
  static boolean looksLikeSql(byte[] head) {
    for (byte b : head) {
      if (b == 0) {
        return false;
      }
    }
    String text = new String(head, StandardCharsets.ISO_8859_1);
    for (String line : text.split("\n")) {
      String upper = line.strip().toUpperCase(Locale.ROOT);
      if (upper.startsWith("-- POSTGRESQL DATABASE DUMP")
          || upper.startsWith("CREATE TABLE")
          || upper.startsWith("SET STATEMENT_TIMEOUT")
          || upper.startsWith("SELECT PG_CATALOG.SET_CONFIG")
          || upper.startsWith("BEGIN TRANSACTION")
          || upper.startsWith("PRAGMA FOREIGN_KEYS")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isTar(byte[] head) {
    return head.length >= 263
        && new String(head, 257, 5, StandardCharsets.US_ASCII).equals("ustar");
  }

  private static String describe(byte[] head) {
    if (startsWith(head, "PK\3\4".getBytes(StandardCharsets.ISO_8859_1))) {
      return "a zip file";
    }
    if (startsWith(head, "%PDF".getBytes(StandardCharsets.ISO_8859_1))) {
      return "a PDF document";
    }
    boolean text = true;
    for (byte b : head) {
      text &= b != 0;
    }
    return text ? "a text file that is not an SQL dump" : "a binary file of an unknown kind";
  }

  private static MigplanException refuse(Path path, String what) {
    return new MigplanException(
        ErrorCode.BACKUP_NOT_VERIFIED,
        "backup "
            + path.getFileName()
            + " is "
            + what
            + "; migplan reads pg_dump archives (custom, directory, tar), plain SQL dumps (also"
            + " gzip-compressed) and SQLite database files");
  }

  private static byte[] head(Path path) throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      return in.readNBytes(HEAD);
    }
  }

  private static byte[] gunzippedHead(Path path) {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(path))) {
      return in.readNBytes(HEAD);
    } catch (IOException e) {
      return new byte[0];
    }
  }

  private static boolean startsWith(byte[] head, byte[] prefix) {
    return head.length >= prefix.length
        && Arrays.equals(head, 0, prefix.length, prefix, 0, prefix.length);
  }
}
