package org.migplan.scan.references;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * A byte buffer one thread reuses to read file after file: most files of a large tree are searched
 * and dropped, so reading them into a fresh array each would only feed the garbage collector. Not
 * thread-safe; the content is valid until the next {@link #read}.
 */
final class FileBuffer {
  private byte[] bytes = new byte[64 * 1024];
  private int length;

  /** Reads the whole file into the buffer (growing it when needed) and returns its length. */
  int read(Path path) throws IOException {
    length = 0; // a failed read leaves nothing to keep
    length = readFile(path);
    return length;
  }

  /** Like {@link #read(Path)} for a project file; a failure names it. */
  int read(org.migplan.scan.project.SourceFile file) {
    try {
      return read(file.path());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot read " + file.relative(), e);
    }
  }

  private int readFile(Path path) throws IOException {
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
      long size = channel.size();
      if (size > Integer.MAX_VALUE - 16) {
        throw new IOException("file too large: " + size + " bytes");
      }
      if (size + 1 > bytes.length) {
        bytes = new byte[(int) Math.max(size + 1, bytes.length * 2L)];
      }
      int filled = 0;
      while (true) {
        if (filled == bytes.length) {
          // the file grew while being read
          bytes = Arrays.copyOf(bytes, bytes.length * 2);
        }
        int count = channel.read(ByteBuffer.wrap(bytes, filled, bytes.length - filled));
        if (count < 0) {
          return filled;
        }
        filled += count;
      }
    }
  }

  /** The buffer; its first {@link #length} bytes are the last file read. */
  byte[] bytes() {
    return bytes;
  }

  /** How many bytes the last {@link #read} read (0 when it failed). */
  int length() {
    return length;
  }
}
