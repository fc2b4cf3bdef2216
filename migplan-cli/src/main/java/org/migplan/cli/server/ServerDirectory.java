package org.migplan.cli.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;
import org.migplan.core.ErrorCode;
import org.migplan.core.MigplanException;

/**
 * Where the scan server keeps its socket, lock and log: {@code $MIGPLAN_SERVER_DIR}, else {@code
 * $XDG_RUNTIME_DIR/migplan}, else {@code /tmp/migplan-<uid>}. The {@code migplan} wrapper applies
 * the same rule. Only its owner may use it: a directory another user owns, a symbolic link, or one
 * that others can enter is refused, because whoever can reach the socket can run scans as us.
 */
public record ServerDirectory(Path path) {
  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rwx------");

  /** The directory the environment names. */
  public static ServerDirectory of(Map<String, String> environment) {
    String explicit = environment.getOrDefault("MIGPLAN_SERVER_DIR", "");
    if (!explicit.isEmpty()) {
      return new ServerDirectory(Path.of(explicit).toAbsolutePath());
    }
    String runtime = environment.getOrDefault("XDG_RUNTIME_DIR", "");
    if (!runtime.isEmpty()) {
      return new ServerDirectory(Path.of(runtime, "migplan").toAbsolutePath());
    }
    return new ServerDirectory(Path.of("/tmp", "migplan-" + uid()));
  }

  public Path socket() {
    return path.resolve("server.sock");
  }

  public Path lock() {
    return path.resolve("server.lock");
  }

  public Path log() {
    return path.resolve("server.log");
  }

  /** Creates the directory, private to this user, or checks that an existing one is. */
  public ServerDirectory makePrivate() {
    try {
      if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
        Files.createDirectories(path.getParent());
        try {
          Files.createDirectory(path, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (java.nio.file.FileAlreadyExistsException raced) {
          // another migplan made it at the same moment: checked below like any existing one
        }
        Files.setPosixFilePermissions(path, OWNER_ONLY);
      }
      if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
        throw refused("is not a directory (or is a symbolic link)");
      }
      Object owner = Files.getAttribute(path, "unix:uid", LinkOption.NOFOLLOW_LINKS);
      if (!owner.equals(uid())) {
        throw refused("belongs to user id " + owner + ", not to this user (" + uid() + ")");
      }
      Set<PosixFilePermission> permissions =
          Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
      if (!OWNER_ONLY.containsAll(permissions)) {
        throw refused(
            "is open to other users ("
                + PosixFilePermissions.toString(permissions)
                + "); run 'chmod 700 "
                + path
                + "'");
      }
      return this;
    } catch (IOException e) {
      throw new MigplanException(
          ErrorCode.FILE_ERROR,
          "cannot prepare the scan server's directory " + path + ": " + e.getMessage(),
          e);
    }
  }

  private MigplanException refused(String why) {
    return new MigplanException(
        ErrorCode.FILE_ERROR,
        "the scan server's directory "
            + path
            + " "
            + why
            + "; set MIGPLAN_SERVER_DIR to a directory of your own");
  }

  /** This process's real user id. */
  static int uid() {
    return (int) new com.sun.security.auth.module.UnixSystem().getUid();
  }
}
