package org.migplan.db.backup;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.migplan.core.ErrorCode;
import org.migplan.core.MigplanException;

/**
 * Passes SQL text through unchanged, but stops at a psql {@code \connect} (or {@code \c}) at the
 * start of a line: a plain dump that switches databases would restore outside migplan's scratch
 * database.
 */
final class SingleDatabaseSqlStream extends FilterInputStream {
  private int previous = '\n';
  private boolean backslashAtLineStart;

  SingleDatabaseSqlStream(InputStream in) {
    super(in);
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    for (int i = offset; i < offset + Math.max(n, 0); i++) {
      int b = buffer[i];
      if (backslashAtLineStart && b == 'c') {
        throw new MigplanException(
            ErrorCode.BACKUP_NOT_VERIFIED,
            "the plain SQL backup switches databases (\\connect); migplan restores only into its"
                + " own scratch database, so dump without --create");
      }
      backslashAtLineStart = previous == '\n' && b == '\\';
      previous = b;
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    throw new IOException("skipping is not supported");
  }
}
