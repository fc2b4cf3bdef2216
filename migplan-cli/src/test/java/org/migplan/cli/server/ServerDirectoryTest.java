package org.migplan.cli.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migplan.core.MigplanException;

class ServerDirectoryTest {
  @TempDir Path temp;

  @Test
  void theEnvironmentChoosesTheDirectoryAsTheWrapperDoes() {
    assertThat(ServerDirectory.of(Map.of("MIGPLAN_SERVER_DIR", "/x/y", "XDG_RUNTIME_DIR", "/r")))
        .isEqualTo(new ServerDirectory(Path.of("/x/y")));
    assertThat(ServerDirectory.of(Map.of("MIGPLAN_SERVER_DIR", "", "XDG_RUNTIME_DIR", "/r")))
        .isEqualTo(new ServerDirectory(Path.of("/r/migplan")));
    assertThat(ServerDirectory.of(Map.of()))
        .isEqualTo(new ServerDirectory(Path.of("/tmp/migplan-" + ServerDirectory.uid())));
    assertThat(ServerDirectory.of(Map.of()).socket().getFileName()).hasToString("server.sock");
  }

  @Test
  void aNewDirectoryIsPrivate() throws Exception {
    ServerDirectory directory = new ServerDirectory(temp.resolve("a/b")).makePrivate();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory.path())))
        .isEqualTo("rwx------");
    directory.makePrivate(); // an existing private one is fine
  }

  @Test
  void aDirectoryOthersCanEnterIsRefused() throws Exception {
    Path open = Files.createDirectory(temp.resolve("open"));
    Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxr-x---"));
    assertThatThrownBy(() -> new ServerDirectory(open).makePrivate())
        .isInstanceOf(MigplanException.class)
        .hasMessageContaining("is open to other users (rwxr-x---); run 'chmod 700 " + open + "'")
        .hasMessageContaining("MIGPLAN_SERVER_DIR");
  }

  @Test
  void aSymbolicLinkOrAFileIsRefused() throws Exception {
    Path real = Files.createDirectory(temp.resolve("real"));
    Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rwx------"));
    Path link = Files.createSymbolicLink(temp.resolve("link"), real);
    assertThatThrownBy(() -> new ServerDirectory(link).makePrivate())
        .hasMessageContaining("is not a directory (or is a symbolic link)");
    Path file = Files.writeString(temp.resolve("file"), "");
    assertThatThrownBy(() -> new ServerDirectory(file).makePrivate())
        .hasMessageContaining("is not a directory");
  }

  @Test
  void aDirectoryAnotherUserOwnsIsRefused() throws Exception {
    Path theirs = Files.createDirectory(temp.resolve("theirs"));
    Files.setPosixFilePermissions(theirs, PosixFilePermissions.fromString("rwx------"));
    var nobody =
        theirs.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
    try {
      Files.setOwner(theirs, nobody);
    } catch (java.nio.file.FileSystemException notPermitted) {
      // only root may give a file away; a user's own run cannot build this case
      org.junit.jupiter.api.Assumptions.assumeTrue(false, "chown needs root: " + notPermitted);
    }
    assertThat(Files.getAttribute(theirs, "unix:uid", LinkOption.NOFOLLOW_LINKS))
        .isNotEqualTo(ServerDirectory.uid());
    assertThatThrownBy(() -> new ServerDirectory(theirs).makePrivate())
        .hasMessageContaining("belongs to user id");
  }
}
