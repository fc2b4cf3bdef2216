package org.migplan.cli.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migplan.db.DatabaseUrl;
import org.migplan.db.testing.PostgresTestDatabase;

/**
 * The committed schema resources are what {@code tools/dump_schema.py} prints for the example's
 * current migrations. When a migration changes, regenerate them with {@code
 * example/madaris/tools/update_schema_resources.sh}.
 */
class ExampleSchemaDriftIT {
  private static final String REGENERATE =
      "; regenerate with MIGPLAN_TEST_PG_URL=… example/madaris/tools/update_schema_resources.sh";

  @BeforeEach
  void requireDjango() throws Exception {
    ExampleProject.assumeDjango();
  }

  @Test
  void sqliteResourcesMatchAFreshMigrate() throws Exception {
    String dumped = dump("tools/dump_schema.py");
    for (String resource :
        List.of(
            "migplan-cli/src/main/resources/org/migplan/cli/demo/madaris-sqlite.sql",
            "migplan-db/src/test/resources/fixtures/sqlite/madaris-schema.sql")) {
      assertSameText(resource, dumped);
    }
  }

  @Test
  void postgresFixtureMatchesAFreshMigrate() throws Exception {
    String dumped =
        dump("tools/dump_schema.py", "--postgres", "--pg-url", withPassword(serverUrl()));
    assertSameText("migplan-db/src/test/resources/fixtures/postgres/madaris-schema.sql", dumped);
  }

  private static DatabaseUrl serverUrl() {
    return PostgresTestDatabase.serverUrl();
  }

  private static String withPassword(DatabaseUrl url) {
    return "postgresql://"
        + url.user()
        + (url.password().isEmpty() ? "" : ":" + url.password())
        + "@"
        + url.host()
        + ":"
        + url.port()
        + "/"
        + url.database();
  }

  private static String dump(String... arguments) throws Exception {
    ExampleProject.Run run = ExampleProject.python(Map.of(), arguments);
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    return run.stdout();
  }

  private static void assertSameText(String resource, String actual) throws Exception {
    Path file = ExampleProject.repositoryRoot().resolve(resource);
    String expected = Files.readString(file, StandardCharsets.UTF_8);
    if (!expected.equals(actual)) {
      fail(resource + " differs from a fresh dump" + REGENERATE + "\n" + diff(expected, actual));
    }
  }

  /** The first differing lines, with a little context, in unified-diff style. */
  static String diff(String expected, String actual) {
    List<String> left = expected.lines().toList();
    List<String> right = actual.lines().toList();
    int first = 0;
    while (first < left.size()
        && first < right.size()
        && left.get(first).equals(right.get(first))) {
      first++;
    }
    int lastLeft = left.size() - 1;
    int lastRight = right.size() - 1;
    while (lastLeft >= first
        && lastRight >= first
        && left.get(lastLeft).equals(right.get(lastRight))) {
      lastLeft--;
      lastRight--;
    }
    int from = Math.max(0, first - 3);
    StringBuilder out = new StringBuilder();
    out.append("@@ committed line ").append(first + 1).append(", fresh line ").append(first + 1);
    out.append(" @@\n");
    for (int i = from; i < first; i++) {
      out.append("  ").append(left.get(i)).append('\n');
    }
    int shown = 0;
    for (int i = first; i <= lastLeft && shown++ < 40; i++) {
      out.append("- ").append(left.get(i)).append('\n');
    }
    shown = 0;
    for (int i = first; i <= lastRight && shown++ < 40; i++) {
      out.append("+ ").append(right.get(i)).append('\n');
    }
    return out.toString();
  }
}
