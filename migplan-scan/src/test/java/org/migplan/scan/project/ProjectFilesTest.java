package org.migplan.scan.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migplan.scan.TestProjects;

/** What the walk takes from a tree: which files, through which links, past which directories. */
class ProjectFilesTest {
  @TempDir Path root;
  @TempDir Path outside;

  private void write(String relative) throws IOException {
    TestProjects.write(root, relative, "x = 1\n");
  }

  private static List<String> relative(List<SourceFile> files) {
    return files.stream().map(SourceFile::relative).toList();
  }

  @Test
  void takesSourcesTemplatesAndFixturesInPathOrder() throws IOException {
    write("shop/models.py");
    write("shop/templates/shop/store_list.html");
    write("shop/fixtures/stores.json");
    write("shop/static/app.js");
    write("shop/notes.txt"); // a .txt outside templates/ is neither
    write("manage.py");
    write("odd.py/inner.py"); // a directory with a file's name is still walked

    ProjectFiles files = ProjectFiles.walk(root);

    assertThat(relative(files.python()))
        .containsExactly("manage.py", "odd.py/inner.py", "shop/models.py");
    assertThat(relative(files.templates())).containsExactly("shop/templates/shop/store_list.html");
    assertThat(relative(files.fixtures())).containsExactly("shop/fixtures/stores.json");
  }

  @Test
  void followsLinksToFilesButNotToDirectories() throws IOException {
    write("shop/models.py");
    Files.writeString(outside.resolve("shared.py"), "y = 2\n");
    Files.createDirectories(outside.resolve("lib"));
    Files.writeString(outside.resolve("lib/vendored.py"), "z = 3\n");
    Files.createSymbolicLink(root.resolve("shop/shared.py"), outside.resolve("shared.py"));
    Files.createSymbolicLink(root.resolve("lib"), outside.resolve("lib"));
    Files.createSymbolicLink(root.resolve("shop/gone.py"), outside.resolve("missing.py"));

    assertThat(relative(ProjectFiles.walk(root).python()))
        .containsExactly("shop/models.py", "shop/shared.py");
  }

  @Test
  void skipsVirtualenvsAndToolDirectories() throws IOException {
    write("shop/models.py");
    write("env/pyvenv.cfg");
    write("env/lib/python3.11/site-packages/django/db/models/base.py");
    write("node_modules/pkg/index.py");
    write(".git/hooks/pre-commit.py");

    assertThat(relative(ProjectFiles.walk(root).python())).containsExactly("shop/models.py");
  }

  @Test
  void skipsWhatIsNeitherAFileNorADirectory() throws IOException, InterruptedException {
    write("shop/models.py");
    Process mkfifo = new ProcessBuilder("mkfifo", root.resolve("shop/pipe.py").toString()).start();
    org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available");

    assertThat(relative(ProjectFiles.walk(root).python())).containsExactly("shop/models.py");
  }
}
