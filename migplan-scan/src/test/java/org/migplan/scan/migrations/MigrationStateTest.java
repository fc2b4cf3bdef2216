package org.migplan.scan.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.migplan.core.model.ModelLabel;
import org.migplan.core.source.RelationField;
import org.migplan.core.source.RelationKind;

class MigrationStateTest {
  private static final Path SITE = Path.of("/usr/lib/python3/dist-packages");
  private static final Path PYTHON = Path.of("/usr/bin/python3");

  /** Installed apps with migrations: label, module. */
  private static final Map<String, String> APPS = new TreeMap<>();

  static {
    APPS.put("contenttypes", "django.contrib.contenttypes");
    APPS.put("auth", "django.contrib.auth");
    APPS.put("admin", "django.contrib.admin");
    APPS.put("sites", "django.contrib.sites");
    APPS.put("flatpages", "django.contrib.flatpages");
    APPS.put("redirects", "django.contrib.redirects");
    APPS.put("sessions", "django.contrib.sessions");
    APPS.put("taggit", "taggit");
    APPS.put("guardian", "guardian");
    APPS.put("reversion", "reversion");
    APPS.put("waffle", "waffle");
    APPS.put("django_celery_beat", "django_celery_beat");
    APPS.put("oauth2_provider", "oauth2_provider");
    APPS.put("axes", "axes");
  }

  @Test
  void installedAppsReplayToDjangosOwnProjectState() throws Exception {
    assumeTrue(Files.isExecutable(PYTHON) && Files.isDirectory(SITE.resolve("django")));
    List<MigrationState.Source> sources = new ArrayList<>();
    List<String> modules = new ArrayList<>();
    for (Map.Entry<String, String> app : APPS.entrySet()) {
      Path directory = SITE.resolve(app.getValue().replace('.', '/')).resolve("migrations");
      if (Files.isDirectory(directory)) {
        sources.addAll(sources(app.getKey(), directory));
        modules.add(app.getValue());
      }
    }
    assumeTrue(sources.size() > 20, "Django's migrations are installed");

    MigrationState state = MigrationState.replay(sources, name -> Optional.empty());

    // an app's own settings object (oauth2_settings.APPLICATION_MODEL) cannot be read statically:
    // those targets stay unresolved, everything else about them must still match
    List<RelationField> unresolved =
        state.relations().stream().filter(r -> r.target().isEmpty()).toList();
    assertThat(unresolved).allMatch(r -> r.targetText().startsWith("oauth2_settings."));
    List<String> keys =
        unresolved.stream().map(r -> r.sourceModel() + "\t" + r.field() + "\t").toList();
    List<String> truth = truth(modules);
    List<String> expected =
        truth.stream()
            .filter(l -> !l.startsWith("LEAF\t"))
            .map(l -> keys.stream().anyMatch(l::startsWith) ? withoutTarget(l) : l)
            .toList();
    assertThat(lines(state)).isEqualTo(expected);
    assertThat(state.notes()).isEmpty();
    List<String> leaves = new ArrayList<>();
    state
        .leaves()
        .forEach((app, names) -> names.forEach(n -> leaves.add("LEAF\t" + app + "\t" + n)));
    assertThat(leaves.stream().sorted().toList())
        .isEqualTo(truth.stream().filter(l -> l.startsWith("LEAF\t")).toList())
        .hasSizeGreaterThanOrEqualTo(APPS.size() - 1);
  }

  @Test
  void twoMigrationsNoOtherDependsOnAreTwoLeavesUntilAMergeDependsOnBoth() {
    MigrationState.Source initial = source("shop", "0001_initial", "[], []");
    MigrationState.Source left =
        source("shop", "0002_left", "[('shop', '0001_initial'), ('other', '0001_initial')], []");
    MigrationState.Source right = source("shop", "0002_right", "[('shop', '0001_initial')], []");
    MigrationState.Source other = source("other", "0001_initial", "[('shop', '0002_right')], []");

    assertThat(
            MigrationState.replay(List.of(initial, left, right, other), n -> Optional.empty())
                .leaves())
        .isEqualTo(
            Map.of("shop", List.of("0002_left", "0002_right"), "other", List.of("0001_initial")));

    MigrationState.Source merge =
        source("shop", "0003_merge", "[('shop', '0002_left'), ('shop', '0002_right')], []");
    assertThat(
            MigrationState.replay(
                    List.of(initial, left, right, other, merge), n -> Optional.empty())
                .leaves())
        .containsEntry("shop", List.of("0003_merge"));
  }

  @Test
  void aSquashedMigrationIsTheLeafInsteadOfTheOnesItReplaces() {
    MigrationState.Source initial = source("shop", "0001_initial", "[], []");
    MigrationState.Source second = source("shop", "0002_more", "[('shop', '0001_initial')], []");
    MigrationState.Source squashed =
        source(
            "shop",
            "0001_squashed_0002_more",
            "[], []",
            "replaces = [('shop', '0001_initial'), ('shop', '0002_more')]");

    assertThat(
            MigrationState.replay(List.of(initial, second, squashed), n -> Optional.empty())
                .leaves())
        .isEqualTo(Map.of("shop", List.of("0001_squashed_0002_more")));
  }

  private static String withoutTarget(String line) {
    String[] columns = line.split("\t", -1);
    columns[3] = "?";
    return String.join("\t", columns);
  }

  @Test
  void squashedMigrationIsUsedInsteadOfTheOnesItReplaces() {
    MigrationState state =
        MigrationState.replay(
            List.of(
                source("shop", "0001_initial", "[], [" + create("Store", "") + "]"),
                source(
                    "shop",
                    "0002_owner",
                    "[('shop', '0001_initial')], ["
                        + addField("store", "owner", "'auth.User'")
                        + "]"),
                source(
                    "shop",
                    "0001_squashed_0002_owner",
                    "[], ["
                        + create(
                            "Store",
                            "('keeper', models.ForeignKey(on_delete=models.CASCADE, to='auth.user')),")
                        + "]",
                    "replaces = [('shop', '0001_initial'), ('shop', '0002_owner')]"),
                source(
                    "shop",
                    "0003_more",
                    "[('shop', '0002_owner')], ["
                        + addField("store", "partner", "'shop.Store'")
                        + "]")),
            name -> Optional.empty());

    assertThat(fields(state))
        .containsExactly("shop.Store.keeper -> auth.user", "shop.Store.partner -> shop.Store");
  }

  @Test
  void renamesRemovalsAndStateOnlyOperationsAreFollowed() {
    MigrationState state =
        MigrationState.replay(
            List.of(
                source(
                    "school",
                    "0001_initial",
                    "[migrations.swappable_dependency(settings.AUTH_USER_MODEL)], ["
                        + create("Member", "")
                        + ", "
                        + create(
                            "Note",
                            "('member', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE,"
                                + " related_name='notes', to='school.member')), ('author',"
                                + " models.ForeignKey(on_delete=models.SET_NULL, null=True,"
                                + " to=settings.AUTH_USER_MODEL)),")
                        + "]"),
                source(
                    "school",
                    "0002_rename",
                    "[('school', '0001_initial')], [migrations.RenameModel(old_name='Member',"
                        + " new_name='Student'), migrations.RenameField(model_name='note',"
                        + " old_name='member', new_name='student'), migrations.RemoveField("
                        + "model_name='note', name='author'), migrations.RunPython(forwards,"
                        + " migrations.RunPython.noop), migrations.AlterModelTable(name='note',"
                        + " table='notes'), migrations.SeparateDatabaseAndState(state_operations=["
                        + addField("student", "mentor", "'school.student'")
                        + "], database_operations=[]), custom.Magic(x=1)]")),
            name ->
                name.equals("AUTH_USER_MODEL") ? Optional.of("accounts.Person") : Optional.empty());

    assertThat(fields(state))
        .containsExactly(
            "school.Note.student -> school.Student", "school.Student.mentor -> school.Student");
    RelationField student = state.relationsTo(ModelLabel.parse("school.Student")).get(0);
    assertThat(student.options().relatedName()).contains("notes");
    assertThat(student.options().onDelete()).contains("django.db.models.deletion.CASCADE");
    assertThat(student.file()).isEqualTo("school/migrations/0001_initial.py");
    assertThat(student.fromMigrations()).isTrue();
    assertThat(
            state.find(ModelLabel.parse("school.note")).flatMap(MigrationState.StateModel::dbTable))
        .contains("notes");
    assertThat(state.notes())
        .containsExactly(
            "school/migrations/0002_rename.py:6: operation custom.Magic is not one of Django's; skipped");
  }

  @Test
  void swappableTargetsAndCustomRelationClassesAreRead() {
    MigrationState state =
        MigrationState.replay(
            List.of(
                source(
                    "shop",
                    "0001_initial",
                    "[], ["
                        + create(
                            "Store",
                            "('manager', models.ForeignKey(on_delete=models.SET_NULL,"
                                + " to=settings.AUTH_USER_MODEL)), ('tags',"
                                + " taggit.managers.TaggableManager(help_text='A comma-separated"
                                + " list of tags.', through='shop.TaggedStore', to='taggit.Tag',"
                                + " verbose_name='Tags')), ('name', models.CharField(max_length=80)),"
                                + " ('parent', models.OneToOneField(auto_created=True,"
                                + " on_delete=models.CASCADE, parent_link=True, primary_key=True,"
                                + " serialize=False, to='shop.place')),")
                        + "]")),
            name -> Optional.empty());

    assertThat(fields(state))
        .containsExactly(
            "shop.Store.manager -> auth.User",
            "shop.Store.parent -> shop.place",
            "shop.Store.tags -> taggit.Tag");
    List<RelationKind> kinds = state.relations().stream().map(RelationField::kind).toList();
    assertThat(kinds)
        .containsExactly(
            RelationKind.FOREIGN_KEY, RelationKind.PARENT_LINK, RelationKind.MANY_TO_MANY);
  }

  /**
   * allauth's socialaccount 0001: fields and dependencies that depend on a setting, joined with
   * {@code +}. Either branch may be what runs, as the model's own {@code if} block may declare the
   * field: the state holds it.
   */
  @Test
  void fieldsAddedUnderAConditionAreInTheState() {
    String text =
        """
        from django.conf import settings
        from django.db import migrations, models
        from allauth import app_settings


        class Migration(migrations.Migration):

            dependencies = (
                [
                    ("sites", "0001_initial"),
                ]
                if app_settings.SITES_ENABLED
                else []
                + [
                    migrations.swappable_dependency(settings.AUTH_USER_MODEL),
                ]
            )

            operations = [
                migrations.CreateModel(
                    name="SocialApp",
                    fields=[
                        ("id", models.AutoField(primary_key=True, serialize=False)),
                        ("owner", models.ForeignKey(on_delete=models.CASCADE, to=settings.AUTH_USER_MODEL)),
                    ]
                    + (
                        [
                            ("sites", models.ManyToManyField(to="sites.Site", blank=True)),
                        ]
                        if app_settings.SITES_ENABLED
                        else []
                    ),
                    options={"verbose_name": "social application"},
                ),
            ]
        """;
    MigrationState state =
        MigrationState.replay(
            List.of(file("socialaccount", "0001_initial", text)), name -> Optional.empty());

    assertThat(fields(state))
        .containsExactly(
            "socialaccount.SocialApp.owner -> auth.User",
            "socialaccount.SocialApp.sites -> sites.Site");
  }

  @Test
  void unreadableFilesAreNotedAndNothingThrows() {
    MigrationState state =
        MigrationState.replay(
            List.of(
                file("shop", "0001_initial", "def broken(:\n  ((( 'unterminated\n"),
                file(
                    "shop",
                    "0002_half",
                    "class Migration(migrations.Migration):\n    operations = [migrations.AddField(model_name=,"
                        + " name='x', field=models.ForeignKey(to=)), [1, {2: (3,\n")),
            name -> Optional.empty());

    assertThat(state.relations()).isEmpty();
    assertThat(state.notes())
        .contains("shop/migrations/0001_initial.py:1: no class Migration found; file not read");
  }

  static List<String> fields(MigrationState state) {
    return state.relations().stream()
        .map(
            r ->
                r.sourceModel()
                    + "."
                    + r.field()
                    + " -> "
                    + r.target().map(Object::toString).orElse("?"))
        .toList();
  }

  private static String create(String name, String fields) {
    return "migrations.CreateModel(name='"
        + name
        + "', fields=[('id', models.AutoField(auto_created=True, primary_key=True,"
        + " serialize=False, verbose_name='ID')), "
        + fields
        + "])";
  }

  private static String addField(String model, String name, String to) {
    return "migrations.AddField(model_name='"
        + model
        + "', name='"
        + name
        + "', field=models.ForeignKey(on_delete=models.CASCADE, to="
        + to
        + "))";
  }

  private static MigrationState.Source source(String app, String name, String body) {
    return source(app, name, body, "");
  }

  /** A migration file; {@code body} is "dependencies], [operations" without the outer brackets. */
  private static MigrationState.Source source(String app, String name, String body, String extra) {
    int split = body.indexOf("], [");
    String text =
        "from django.conf import settings\nfrom django.db import migrations, models\n\n"
            + "class Migration(migrations.Migration):\n"
            + "    dependencies = "
            + body.substring(0, split + 1)
            + "\n"
            + "    operations = "
            + body.substring(split + 3)
            + "\n"
            + (extra.isEmpty() ? "" : "    " + extra + "\n");
    return file(app, name, text);
  }

  /** A migration file {@code app/migrations/name.py} holding {@code text}. */
  private static MigrationState.Source file(String app, String name, String text) {
    return new MigrationState.Source(
        new MigrationKey(app, name), app + "/migrations/" + name + ".py", text);
  }

  static List<MigrationState.Source> sources(String app, Path directory) throws IOException {
    List<MigrationState.Source> sources = new ArrayList<>();
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : files.sorted().toList()) {
        String fileName = file.getFileName().toString();
        if (fileName.endsWith(".py") && !fileName.startsWith("_")) {
          sources.add(
              new MigrationState.Source(
                  new MigrationKey(app, fileName.substring(0, fileName.length() - 3)),
                  app + "/migrations/" + fileName,
                  Files.readString(file, StandardCharsets.UTF_8)));
        }
      }
    }
    return sources;
  }

  /** The state in the truth script's format. */
  static List<String> lines(MigrationState state) {
    List<String> lines = new ArrayList<>();
    for (RelationField r : state.relations()) {
      String table =
          state.find(r.sourceModel()).flatMap(MigrationState.StateModel::dbTable).orElse("-");
      String onDelete = r.options().onDelete().map(MigrationStateTest::lastPart).orElse("-");
      lines.add(
          String.join(
              "\t",
              r.sourceModel().toString(),
              r.field(),
              lastPart(r.fieldClass()),
              r.target().map(ModelLabel::labelLower).orElse("?"),
              onDelete,
              r.options().relatedName().orElse("-"),
              r.options().dbColumn().orElse("-"),
              r.options().withoutConstraint() ? "False" : "-",
              r.options().toField().orElse("-"),
              r.options().through().map(t -> t.toLowerCase(java.util.Locale.ROOT)).orElse("-"),
              table));
    }
    return lines.stream().sorted().toList();
  }

  private static String lastPart(String dotted) {
    return dotted.substring(dotted.lastIndexOf('.') + 1);
  }

  private static List<String> truth(List<String> modules) throws Exception {
    Path script = Path.of("src", "test", "python", "migration_state_truth.py").toAbsolutePath();
    List<String> command = new ArrayList<>(List.of(PYTHON.toString(), script.toString()));
    command.addAll(modules);
    Process process =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as("truth script").isZero();
    return out.lines().filter(l -> !l.isBlank()).sorted().toList();
  }
}
