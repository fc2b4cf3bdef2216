package org.migplan.db.checksum;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import org.sqlite.Function;

/**
 * A SQLite aggregate: hashes each row's values (type tag, length and bytes of each, so {@code
 * ('ab','c')} and {@code ('a','bc')} differ) with MD5 and adds the two 64-bit halves of every hash
 * (wrapping), which makes the result independent of row order. The result is 32 hex digits.
 */
final class RowHashAggregate extends Function.Aggregate {
  private static final int INTEGER = 1;
  private static final int FLOAT = 2;
  private static final int TEXT = 3;
  private static final int BLOB = 4;

  private long high;
  private long low;
  private MessageDigest digest = newDigest();

  @Override
  protected void xStep() throws SQLException {
    for (int i = 0; i < args(); i++) {
      int type = value_type(i);
      byte[] bytes =
          switch (type) {
            case INTEGER -> Long.toString(value_long(i)).getBytes(StandardCharsets.US_ASCII);
            case FLOAT ->
                Long.toString(Double.doubleToLongBits(value_double(i)))
                    .getBytes(StandardCharsets.US_ASCII);
            case TEXT -> value_text(i).getBytes(StandardCharsets.UTF_8);
            case BLOB -> value_blob(i);
            default -> new byte[0];
          };
      digest.update((byte) type);
      digest.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
      digest.update(bytes);
    }
    ByteBuffer hash = ByteBuffer.wrap(digest.digest());
    high += hash.getLong();
    low += hash.getLong();
  }

  @Override
  protected void xFinal() throws SQLException {
    result(String.format("%016x%016x", high, low));
    high = 0;
    low = 0;
  }

  @Override
  public Object clone() throws CloneNotSupportedException {
    RowHashAggregate copy = (RowHashAggregate) super.clone();
    copy.digest = newDigest();
    copy.high = 0;
    copy.low = 0;
    return copy;
  }

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("MD5");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no MD5", e);
    }
  }
}
