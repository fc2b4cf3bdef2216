package org.migplan.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The shaded jar users run, built in the package phase, for tests that need a separate JVM. */
public final class PackagedJar {
  public static final Path JAR = Path.of("target", "migplan.jar");

  private PackagedJar() {}

  /** {@code java -jar target/migplan.jar <arguments>}, with this JVM's java. */
  public static List<String> command(String... arguments) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(JAR.toAbsolutePath().toString());
    command.addAll(List.of(arguments));
    return command;
  }
}
