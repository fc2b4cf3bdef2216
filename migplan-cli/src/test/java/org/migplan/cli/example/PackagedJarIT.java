package org.migplan.cli.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migplan.cli.PackagedJar;

/**
 * The runnable jar users get: every command's classes and dependencies are inside it. In-process
 * tests cannot see a dependency that only the test classpath has, so this runs the real jar.
 */
class PackagedJarIT {
  @Test
  void theJarRunsTheDemoEndToEnd(@TempDir Path out) throws Exception {
    assertThat(PackagedJar.JAR).as("the shaded jar is built in the package phase").exists();
    Process process =
        new ProcessBuilder(PackagedJar.command("demo", "--rows", "100", "--out", out.toString()))
            .directory(ExampleProject.repositoryRoot().toFile())
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(output).doesNotContain("Exception").contains("100 students");
    assertThat(process.exitValue()).as(output).isIn(0, 1);
    assertThat(out.resolve("audit.json")).isNotEmptyFile();
    assertThat(Files.readString(out.resolve("map.json"))).contains("\"db_relations\"");
  }
}
