package org.migplan.cli.server;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What the scan server and its clients say to each other over the Unix socket. A request is the
 * magic {@code MIGPLAN1}, a count, and that many strings (each a length and UTF-8 bytes); its first
 * string is the verb ({@link #RUN}, {@link #STATUS}, {@link #STOP}). The answer is a series of
 * frames, each a type byte, a length and the payload: {@link #ACCEPTED}, then {@link #OUT} and
 * {@link #ERR} output, then {@link #EXIT} with the exit code; or {@link #REFUSED} with the reason,
 * after which the client runs the command itself. Integers are big-endian, as Perl's {@code N}
 * packs them (the {@code migplan} wrapper's client is a few lines of Perl).
 */
public final class ServerProtocol {
  static final byte[] MAGIC = "MIGPLAN1".getBytes(StandardCharsets.US_ASCII);
  public static final String RUN = "run";
  public static final String STATUS = "status";
  public static final String STOP = "stop";

  public static final byte ACCEPTED = 'A';
  public static final byte REFUSED = 'R';
  public static final byte OUT = 'O';
  public static final byte ERR = 'E';
  public static final byte EXIT = 'X';

  /** Bounds that keep a garbled request from making the server allocate without limit. */
  static final int MAX_STRINGS = 4096;

  static final int MAX_STRING_BYTES = 1 << 20;

  private ServerProtocol() {}

  /** One answer frame. */
  public record Frame(byte type, byte[] payload) {
    public String text() {
      return new String(payload, StandardCharsets.UTF_8);
    }

    /** The exit code an {@link #EXIT} frame carries. */
    public int exitCode() {
      if (payload.length != 4) {
        throw new IllegalStateException("an exit frame carries 4 bytes, not " + payload.length);
      }
      return ((payload[0] & 0xff) << 24)
          | ((payload[1] & 0xff) << 16)
          | ((payload[2] & 0xff) << 8)
          | (payload[3] & 0xff);
    }
  }

  public static void writeRequest(OutputStream out, List<String> strings) throws IOException {
    DataOutputStream data = new DataOutputStream(out);
    data.write(MAGIC);
    data.writeInt(strings.size());
    for (String string : strings) {
      byte[] bytes = string.getBytes(StandardCharsets.UTF_8);
      data.writeInt(bytes.length);
      data.write(bytes);
    }
    data.flush();
  }

  /** Reads one request; an IOException says what was wrong with it. */
  public static List<String> readRequest(InputStream in) throws IOException {
    DataInputStream data = new DataInputStream(in);
    byte[] magic = new byte[MAGIC.length];
    data.readFully(magic);
    if (!Arrays.equals(magic, MAGIC)) {
      throw new IOException("not a migplan request (bad magic)");
    }
    int count = data.readInt();
    if (count < 1 || count > MAX_STRINGS) {
      throw new IOException("a request holds 1 to " + MAX_STRINGS + " strings, not " + count);
    }
    List<String> strings = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int length = data.readInt();
      if (length < 0 || length > MAX_STRING_BYTES) {
        throw new IOException("a request string of " + length + " bytes");
      }
      byte[] bytes = new byte[length];
      data.readFully(bytes);
      strings.add(new String(bytes, StandardCharsets.UTF_8));
    }
    return strings;
  }

  public static void writeFrame(OutputStream out, byte type, byte[] payload) throws IOException {
    DataOutputStream data = new DataOutputStream(out);
    data.writeByte(type);
    data.writeInt(payload.length);
    data.write(payload);
    data.flush();
  }

  public static void writeFrame(OutputStream out, byte type, String payload) throws IOException {
    writeFrame(out, type, payload.getBytes(StandardCharsets.UTF_8));
  }

  public static void writeExit(OutputStream out, int code) throws IOException {
    writeFrame(
        out,
        EXIT,
        new byte[] {(byte) (code >>> 24), (byte) (code >>> 16), (byte) (code >>> 8), (byte) code});
  }

  /** The next frame, or empty at the end of the stream; a frame cut short is an IOException. */
  public static Optional<Frame> readFrame(InputStream in) throws IOException {
    int type = in.read();
    if (type < 0) {
      return Optional.empty();
    }
    DataInputStream data = new DataInputStream(in);
    try {
      int length = data.readInt();
      if (length < 0) {
        throw new IOException("a frame of " + length + " bytes");
      }
      byte[] payload = new byte[length];
      data.readFully(payload);
      return Optional.of(new Frame((byte) type, payload));
    } catch (EOFException e) {
      throw new IOException("the server's answer was cut short", e);
    }
  }
}
