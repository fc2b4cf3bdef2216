package org.migplan.scan;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The tiny Django projects under {@code src/test/resources/projects/}. */
public final class TestProjects {
  private TestProjects() {}

  public static Path project(String name) {
    try {
      return Path.of(TestProjects.class.getResource("/projects/" + name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalArgumentException("no test project " + name, e);
    }
  }
}
