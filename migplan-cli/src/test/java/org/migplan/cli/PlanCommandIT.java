package org.migplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code migplan plan} on a tiny Django 3.2 project, drops the generated migration into it and
 * applies it forward and backward with the real Django on SQLite; checks the rollback script with
 * the real shellcheck.
 */
class PlanCommandIT {
  private static final String PYTHON = "/usr/bin/python3";
  @TempDir Path work;

  private Path copyProject() throws IOException {
    Path source = Path.of("src/test/resources/projects/tiny32");
    Path target = work.resolve("tiny32");
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : files.toList()) {
        Path destination = target.resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(destination);
        } else {
          Files.copy(file, destination);
        }
      }
    }
    return target;
  }

  /**
   * The tiny32 project with {@code models} appended, their migration made and applied, and {@code
   * populate} run in its shell.
   */
  private Path migratedProjectWith(String models, String migrationName, String populate)
      throws Exception {
    Path project = copyProjectWith(models);
    run(project, PYTHON, "manage.py", "makemigrations", "shop", "-n", migrationName);
    run(project, PYTHON, "manage.py", "migrate");
    shell(project, populate);
    return project;
  }

  /** The tiny32 project with {@code models} appended to its shop/models.py. */
  private Path copyProjectWith(String models) throws IOException {
    Path project = copyProject();
    Path file = project.resolve("shop/models.py");
    Files.writeString(file, Files.readString(file) + models);
    return project;
  }

  private static String run(Path directory, String... command) throws Exception {
    Process process =
        new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(String.join(" ", command) + "\n" + output).isZero();
    return output;
  }

  private static String shell(Path project, String code) throws Exception {
    return run(project, PYTHON, "manage.py", "shell", "-c", code).strip();
  }

  @Test
  void generatedMigrationRenamesForwardAndBackwardKeepingRowsAndGrants() throws Exception {
    Path project = copyProject();
    run(project, PYTHON, "manage.py", "migrate");
    shell(
        project,
        "from shop.models import OldThing, Order, Tag\n"
            + "from django.contrib.auth.models import Group, Permission\n"
            + "t = Tag.objects.create(name='x'); a = OldThing.objects.create(name='a'); b = OldThing.objects.create(name='b', parent=a)\n"
            + "a.tags.add(t); Order.objects.create(thing=b)\n"
            + "g = Group.objects.create(name='editors'); g.permissions.add(Permission.objects.get(codename='change_oldthing'))");

    CliRun.Result result =
        CliRun.run(
            work,
            Map.of("SOURCE_DATE_EPOCH", "0"),
            "plan",
            "--project",
            "tiny32",
            "--model",
            "shop.OldThing",
            "--to",
            "NewThing",
            "--fail-on",
            "high");
    assertThat(result.exitCode()).as(result.err()).isZero();
    Path docs = project.resolve("docs/migplan/shop-oldthing-to-newthing");
    assertThat(result.out()).contains("docs/migplan/shop-oldthing-to-newthing");
    String strategy = Files.readString(docs.resolve("MIGRATION_STRATEGY.md"));
    assertThat(strategy).contains("Django 3.2.25 (requirements.txt: Django ==3.2.25)");

    String migration = firstPythonBlock(strategy);
    assertThat(migration).contains("(\"shop\", \"0001_initial\")");
    Files.writeString(
        project.resolve("shop/migrations/0002_rename_oldthing_newthing.py"), migration);
    Path models = project.resolve("shop/models.py");
    Files.writeString(models, Files.readString(models).replace("OldThing", "NewThing"));

    assertThat(run(project, PYTHON, "manage.py", "makemigrations", "--check", "--dry-run"))
        .contains("No changes detected");
    run(project, PYTHON, "manage.py", "migrate", "shop");
    assertThat(
            shell(
                project,
                "from shop.models import NewThing, Order\n"
                    + "from django.contrib.auth.models import Group\n"
                    + "g = Group.objects.get(name='editors')\n"
                    + "print(NewThing.objects.count(), Order.objects.count(), NewThing.tags.through.objects.count(),"
                    + " sorted(p.codename for p in g.permissions.all()))"))
        .endsWith("2 1 1 ['change_newthing']");

    run(project, PYTHON, "manage.py", "migrate", "shop", "0001_initial");
    assertThat(
            shell(
                project,
                "from django.db import connection\n"
                    + "from django.contrib.auth.models import Group\n"
                    + "c = connection.cursor(); c.execute('SELECT COUNT(*) FROM shop_oldthing'); n = c.fetchone()[0]\n"
                    + "print(n, sorted(p.codename for p in Group.objects.get(name='editors').permissions.all()))"))
        .endsWith("2 ['change_oldthing']");

    Path script = docs.resolve("rollback_newthing_migration.sh");
    assertThat(Files.isExecutable(script)).isTrue();
    run(docs, "/usr/bin/shellcheck", script.getFileName().toString());
    assertThat(Files.readString(script)).contains("previous_migration='0001_initial'");
  }

  @Test
  void unknownModelIsAnEnvironmentErrorAndWritesNothing() throws Exception {
    copyProject();
    CliRun.Result result =
        CliRun.run(
            work, Map.of(), "plan", "--project", "tiny32", "--model", "shop.Missing", "--to", "X");
    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.err()).contains("model 'shop.Missing' is not declared");
    assertThat(work.resolve("tiny32/docs")).doesNotExist();
    assertThat(CliRun.run(work, Map.of(), "plan", "--model", "a.B").exitCode()).isEqualTo(2);
  }

  /**
   * A new name that is taken, is no class name, or differs only in case (no rename to Django) is a
   * usage error and writes nothing.
   */
  @Test
  void aNewNameThatIsTakenIsAUsageErrorAndWritesNothing() throws Exception {
    Path project =
        copyProjectWith(
            "\n\nclass Ledger(models.Model):\n    name = models.CharField(max_length=5)\n\n"
                + "    class Meta:\n        db_table = 'shop_item'\n");
    java.util.function.Function<String, CliRun.Result> plan =
        newName -> plan("shop.OldThing", newName, "--no-db", "--django-version", "3.2");

    CliRun.Result model = plan.apply("tag");
    assertThat(model.exitCode()).isEqualTo(2);
    assertThat(model.err())
        .contains("--to 'tag': shop already has a model Tag (shop/models.py:4)")
        .hasLineCount(1);
    CliRun.Result table = plan.apply("Item");
    assertThat(table.exitCode()).isEqualTo(2);
    assertThat(table.err())
        .contains("the renamed table shop_item is already the table of shop.Ledger")
        .hasLineCount(1);
    CliRun.Result keyword = plan.apply("class");
    assertThat(keyword.exitCode()).isEqualTo(2);
    assertThat(keyword.err()).contains("not a keyword");
    CliRun.Result caseOnly = plan.apply("OLDThing");
    assertThat(caseOnly.exitCode()).isEqualTo(2);
    assertThat(caseOnly.err())
        .startsWith("migplan: --to 'OLDThing' differs from OldThing only in case")
        .contains("run makemigrations")
        .hasLineCount(1);
    assertThat(project.resolve("docs")).doesNotExist();
    assertThat(plan.apply("Thing").exitCode()).isNotEqualTo(2);
  }

  /**
   * A proxy's rows are its concrete model's: the plan reads that table, predicts no DDL, and its
   * migration renames the proxy (content type and permission grants kept) where makemigrations
   * would delete and re-create it.
   */
  @Test
  void aProxyIsRenamedWithoutTouchingItsConcreteTable() throws Exception {
    Path project =
        migratedProjectWith(
            "\n\nclass Featured(OldThing):\n    class Meta:\n        proxy = True\n",
            "featured",
            "from shop.models import OldThing\n"
                + "from django.contrib.auth.models import Group, Permission\n"
                + "OldThing.objects.create(name='a')\n"
                + "g = Group.objects.create(name='editors'); g.permissions.add(Permission.objects.get(codename='change_featured'))");
    String contentType =
        shell(
            project,
            "from django.contrib.contenttypes.models import ContentType as C;"
                + " print(C.objects.get(app_label='shop', model='featured').id)");

    CliRun.Result result =
        plan("shop.Featured", "Highlighted", "--db", "sqlite:///tiny32/db.sqlite3");
    assertThat(result.exitCode()).as(result.err()).isZero();
    Path docs = project.resolve("docs/migplan/shop-featured-to-highlighted");
    String plan = Files.readString(docs.resolve("plan.json"));
    assertThat(plan)
        .contains("\"no-database-operation\"")
        .doesNotContain("ALTER TABLE")
        .doesNotContain("\"referencing-rows\"");
    assertThat(Files.readString(docs.resolve("MIGRATION_STRATEGY.md")))
        .contains("its table `shop_oldthing` keeps its name")
        .doesNotContain("| table | `shop_featured`");
    String strategy = Files.readString(docs.resolve("MIGRATION_STRATEGY.md"));
    String migration = firstPythonBlock(strategy);
    assertThat(migration).contains("migrations.RenameModel(");
    Files.writeString(
        project.resolve("shop/migrations/0003_rename_featured_highlighted.py"), migration);
    Files.writeString(
        project.resolve("shop/models.py"),
        Files.readString(project.resolve("shop/models.py")).replace("Featured", "Highlighted"));
    run(project, PYTHON, "manage.py", "migrate");
    run(project, PYTHON, "manage.py", "makemigrations", "--check", "--dry-run");
    assertThat(
            shell(
                project,
                "from django.contrib.contenttypes.models import ContentType as C;"
                    + " from django.contrib.auth.models import Group;"
                    + " print(C.objects.get(app_label='shop', model='highlighted').id,"
                    + " list(Group.objects.get(name='editors').permissions.values_list('codename', flat=True)))"))
        .isEqualTo(contentType + " ['change_highlighted']");
  }

  /**
   * A model holding two keys to the renamed one: before Django 5.2, SQLite rebuilt its table from
   * the old state for each key, pointing the other back at the old table (migrate failed its
   * foreign key check with rows in the table). The generated migration alters them on the new state
   * and migrates forward and back.
   */
  @Test
  void aModelWithTwoKeysToTheRenamedModelMigratesOnSqlite() throws Exception {
    Path project =
        migratedProjectWith(
            "\n\nclass Transfer(models.Model):\n"
                + "    source = models.ForeignKey(OldThing, models.CASCADE, related_name='outgoing')\n"
                + "    target = models.ForeignKey(OldThing, models.CASCADE, related_name='incoming')\n",
            "transfer",
            "from shop.models import OldThing, Transfer\n"
                + "a = OldThing.objects.create(name='a'); b = OldThing.objects.create(name='b')\n"
                + "Transfer.objects.create(source=a, target=b)");

    CliRun.Result result = plan("shop.OldThing", "NewThing", "--db", "sqlite:///tiny32/db.sqlite3");
    assertThat(result.exitCode()).as(result.err()).isZero();
    String strategy =
        Files.readString(
            project.resolve("docs/migplan/shop-oldthing-to-newthing/MIGRATION_STRATEGY.md"));
    String migration = firstPythonBlock(strategy);
    assertThat(migration).contains("RenameModelOnNewState(").contains("shop.Transfer");
    Files.writeString(
        project.resolve("shop/migrations/0003_rename_oldthing_newthing.py"), migration);
    Path models = project.resolve("shop/models.py");
    Files.writeString(models, Files.readString(models).replace("OldThing", "NewThing"));

    run(project, PYTHON, "manage.py", "migrate");
    assertThat(run(project, PYTHON, "manage.py", "makemigrations", "--check", "--dry-run"))
        .contains("No changes detected");
    String schema =
        "from django.db import connection\n"
            + "c = connection.cursor()\n"
            + "c.execute(\"SELECT sql FROM sqlite_master WHERE name = 'shop_transfer'\")\n"
            + "print(c.fetchone()[0].count('REFERENCES \"shop_newthing\"'),"
            + " c.fetchone() is None)";
    assertThat(shell(project, schema)).isEqualTo("2 True");
    assertThat(
            shell(
                project,
                "from shop.models import NewThing, Transfer\n"
                    + "Transfer.objects.create(source=NewThing.objects.get(name='b'),"
                    + " target=NewThing.objects.get(name='a'))\n"
                    + "print(Transfer.objects.count())"))
        .isEqualTo("2");
    run(project, PYTHON, "manage.py", "migrate", "shop", "0002_transfer");
  }

  /** The first Python code block of a Markdown document: the strategy's rename migration. */
  private static String firstPythonBlock(String markdown) {
    String block = markdown.substring(markdown.indexOf("```python\n") + 10);
    return block.substring(0, block.indexOf("```"));
  }

  /** {@code migplan plan} on the copied tiny32 project. */
  private CliRun.Result plan(String model, String newName, String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of("plan", "--project", "tiny32", "--model", model, "--to", newName));
    args.addAll(List.of(more));
    return CliRun.run(work, Map.of(), args.toArray(String[]::new));
  }
}
