package org.migplan.report.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Golden files: renders fixed plans and compares each artifact byte for byte with {@code
 * src/test/resources/golden/<case>/}. {@code -Dmigplan.golden.update=true} rewrites them.
 */
class PlanArtifactsTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  @Test
  void postgresPlanMatchesItsGoldenFiles() throws IOException {
    compare("postgres-3.2", PlanArtifacts.render(FixedPlans.postgres(), FixedPlans.SETTINGS));
  }

  @Test
  void sourceOnlyPlanMatchesItsGoldenFiles() throws IOException {
    compare(
        "sqlite-6.1-source-only",
        PlanArtifacts.render(FixedPlans.sourceOnly(), FixedPlans.SETTINGS));
  }

  @Test
  void sameInputsGiveByteIdenticalFiles() {
    assertThat(PlanArtifacts.render(FixedPlans.postgres(), FixedPlans.SETTINGS))
        .isEqualTo(PlanArtifacts.render(FixedPlans.postgres(), FixedPlans.SETTINGS));
  }

  @Test
  void rollbackScriptHasTheRealMigrationAndCounts() {
    String script = PlanArtifacts.rollbackScript(FixedPlans.postgres(), FixedPlans.SETTINGS);
    assertThat(script)
        .startsWith("#!/usr/bin/env bash\n")
        .contains(
            "set -euo pipefail",
            "app_label='constituents'",
            "previous_migration='0002_tags'",
            "constituents_bmparliamentmember\t1234",
            "oth_committee_members\t2000",
            "pg_restore");
    assertThat(script).doesNotContainPattern("TODO|<[a-z_]+>|\\{\\{");
  }

  @Test
  void jsonHasSchemaVersionFirst() {
    assertThat(PlanArtifacts.json(FixedPlans.postgres(), FixedPlans.SETTINGS))
        .startsWith("{\n  \"schema_version\" : 2,");
  }

  private static void compare(String name, Map<String, String> files) throws IOException {
    Path directory = GOLDEN.resolve(name);
    boolean update = Boolean.getBoolean("migplan.golden.update");
    if (update) {
      Files.createDirectories(directory);
      for (Map.Entry<String, String> file : files.entrySet()) {
        Files.writeString(
            directory.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
      }
    }
    try (var listed = Files.list(directory)) {
      assertThat(listed.map(p -> p.getFileName().toString()).sorted().toList())
          .as("golden files of " + name)
          .isEqualTo(files.keySet().stream().sorted().toList());
    }
    for (Map.Entry<String, String> file : files.entrySet()) {
      String expected = Files.readString(directory.resolve(file.getKey()), StandardCharsets.UTF_8);
      if (!expected.equals(file.getValue())) {
        Path actual = Path.of("target/golden-actual", name, file.getKey());
        Files.createDirectories(actual.getParent());
        Files.writeString(actual, file.getValue(), StandardCharsets.UTF_8);
        fail(
            name
                + "/"
                + file.getKey()
                + " differs from its golden file (actual kept in "
                + actual
                + "; rerun with -Dmigplan.golden.update=true to accept):\n"
                + diff(expected, file.getValue()));
      }
    }
  }

  private static String diff(String expected, String actual) {
    List<String> a = expected.lines().toList();
    List<String> b = actual.lines().toList();
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
      String left = i < a.size() ? a.get(i) : "<end>";
      String right = i < b.size() ? b.get(i) : "<end>";
      if (!left.equals(right)) {
        out.append("line ")
            .append(i + 1)
            .append(":\n- ")
            .append(left)
            .append("\n+ ")
            .append(right)
            .append('\n');
      }
    }
    return out.toString();
  }
}
