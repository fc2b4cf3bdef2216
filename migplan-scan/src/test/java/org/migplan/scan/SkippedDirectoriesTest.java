package org.migplan.scan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SkippedDirectoriesTest {
  @Test
  void skipsEnvironmentsDependenciesAndBuildOutput() {
    assertThat(SkippedDirectories.isSkipped(".venv")).isTrue();
    assertThat(SkippedDirectories.isSkipped("node_modules")).isTrue();
    assertThat(SkippedDirectories.isSkipped("madaris.egg-info")).isTrue();
    assertThat(SkippedDirectories.isSkipped("constituents")).isFalse();
    assertThat(SkippedDirectories.isSkipped("migrations")).isFalse();
  }
}
