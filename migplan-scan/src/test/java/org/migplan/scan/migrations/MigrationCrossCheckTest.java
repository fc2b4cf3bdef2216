package org.migplan.scan.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migplan.core.model.ModelLabel;
import org.migplan.core.source.PendingMigration;
import org.migplan.core.source.RelationField;
import org.migplan.core.source.RelationKind;
import org.migplan.scan.ProjectScanner;
import org.migplan.scan.project.CatalogueBuilder;
import org.migplan.scan.project.ProjectFiles;
import org.migplan.scan.project.ScannedProject;

class MigrationCrossCheckTest {
  private static final Path MADARIS =
      Path.of("..", "example", "madaris").toAbsolutePath().normalize();

  @Test
  void madarisMigrationStateEqualsItsSourceDeclarations() {
    ScannedProject plain = CatalogueBuilder.build(ProjectFiles.walk(MADARIS));
    MigrationState state = ProjectMigrations.state(plain);

    Set<String> declared = new TreeSet<>();
    for (RelationField r : plain.model().relations()) {
      boolean concrete = plain.model().find(r.sourceModel()).map(m -> m.isConcrete()).orElse(false);
      if (concrete
          && r.kind() != RelationKind.GENERIC_FOREIGN_KEY
          && r.kind() != RelationKind.GENERIC_RELATION) {
        declared.add(key(r));
      }
    }
    Set<String> migrated = new TreeSet<>();
    state.relations().forEach(r -> migrated.add(key(r)));

    assertThat(migrated).isEqualTo(declared).hasSizeGreaterThan(20);
    assertThat(state.notes()).isEmpty();
    ScannedProject merged = ProjectScanner.scan(MADARIS);
    assertThat(merged.pendingMigrations()).isEmpty();
    assertThat(merged.model()).isEqualTo(plain.model());
  }

  @Test
  void runTimeFieldsJoinTheCatalogueAndUnmigratedDeclarationsArePending(@TempDir Path root)
      throws IOException {
    write(root, "shop/__init__.py", "");
    write(root, "shop/migrations/__init__.py", "");
    write(
        root,
        "shop/models.py",
        """
        from django.db import models
        from simple_history.models import HistoricalRecords


        class Store(models.Model):
            name = models.CharField(max_length=80)
            history = HistoricalRecords()


        class Product(models.Model):
            store = models.ForeignKey(Store, on_delete=models.CASCADE)
            rival = models.ForeignKey(Store, on_delete=models.CASCADE, related_name="+")
        """);
    write(
        root,
        "shop/migrations/0001_initial.py",
        """
        from django.conf import settings
        from django.db import migrations, models
        import django.db.models.deletion
        import simple_history.models


        class Migration(migrations.Migration):
            initial = True
            dependencies = [migrations.swappable_dependency(settings.AUTH_USER_MODEL)]
            operations = [
                migrations.CreateModel(
                    name='Store',
                    fields=[
                        ('id', models.AutoField(primary_key=True, serialize=False)),
                        ('name', models.CharField(max_length=80)),
                    ],
                ),
                migrations.CreateModel(
                    name='Product',
                    fields=[
                        ('id', models.AutoField(primary_key=True, serialize=False)),
                        ('store', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, to='shop.store')),
                    ],
                ),
                migrations.CreateModel(
                    name='HistoricalStore',
                    fields=[
                        ('id', models.IntegerField(blank=True, db_index=True)),
                        ('history_id', models.AutoField(primary_key=True, serialize=False)),
                        ('history_user', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                    ],
                    options={'db_table': 'shop_store_history'},
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.AddField(
                    model_name='historicalstore',
                    name='owner',
                    field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='shop.store'),
                ),
            ]
        """);

    ScannedProject scanned = ProjectScanner.scan(root);

    ModelLabel store = ModelLabel.parse("shop.Store");
    List<RelationField> toStore = scanned.model().relationsTo(store);
    assertThat(toStore)
        .extracting(r -> r.sourceModel() + "." + r.field() + " " + r.origin().jsonName())
        .containsExactlyInAnyOrder(
            "shop.HistoricalStore.owner migrations",
            "shop.Product.rival source",
            "shop.Product.store source");
    RelationField owner =
        toStore.stream().filter(RelationField::fromMigrations).findFirst().orElseThrow();
    assertThat(owner.file()).isEqualTo("shop/migrations/0001_initial.py");
    assertThat(owner.line()).isEqualTo(38); // the field's line in the AddField
    assertThat(owner.options().withoutConstraint()).isTrue();
    assertThat(scanned.model().find(ModelLabel.parse("shop.HistoricalStore")))
        .hasValueSatisfying(
            m ->
                assertThat(m.table(java.util.OptionalInt.empty())).isEqualTo("shop_store_history"));
    assertThat(scanned.pendingMigrations())
        .extracting(PendingMigration::detail)
        .containsExactly(
            "the app's migrations do not create shop.Product.rival: makemigrations would add it");
    assertThat(scanned.pendingMigrations().get(0).line()).isEqualTo(12);
  }

  private static final String STORE_MODELS =
      """
      from django.conf import settings
      from django.db import models


      class Store(models.Model):
          name = models.CharField(max_length=80)
          code = models.CharField(max_length=10)
          motto = models.CharField(max_length=80)
          if settings.DEBUG:
              debug_note = models.TextField()


      class Legacy(models.Model):
          extra = models.IntegerField()

          class Meta:
              managed = False


      class Stamped(models.Model):
          created = models.DateTimeField()

          class Meta:
              abstract = True


      class Kiosk(Stamped):
          pass
      """;

  private static final String STORE_0001 =
      """
      from django.db import migrations, models


      class Migration(migrations.Migration):
          initial = True
          operations = [
              migrations.CreateModel(
                  name='Store',
                  fields=[
                      ('id', models.AutoField(primary_key=True, serialize=False)),
                      ('name', models.CharField(max_length=80)),
                      ('ref', models.CharField(max_length=10)),
                  ],
              ),
              migrations.CreateModel(
                  name='Legacy',
                  fields=[('id', models.AutoField(primary_key=True, serialize=False))],
                  options={'managed': False},
              ),
              migrations.CreateModel(
                  name='Kiosk',
                  fields=[
                      ('id', models.AutoField(primary_key=True, serialize=False)),
                      ('created', models.DateTimeField()),
                  ],
              ),
          ]
      """;

  private static final String STORE_0002 =
      """
      from django.db import migrations


      class Migration(migrations.Migration):
          dependencies = [('shop', '0001_initial')]
          operations = [
              migrations.RenameField(model_name='store', old_name='ref', new_name='code'),
              %s
          ]
      """;

  private static ScannedProject store(Path root, String laterOperation) throws IOException {
    write(root, "shop/__init__.py", "");
    write(root, "shop/migrations/__init__.py", "");
    write(root, "shop/models.py", STORE_MODELS);
    write(root, "shop/migrations/0001_initial.py", STORE_0001);
    write(root, "shop/migrations/0002_code.py", STORE_0002.formatted(laterOperation));
    return ProjectScanner.scan(root);
  }

  /**
   * A field the sources declare and the migrations never create is pending; one renamed, inherited
   * from an abstract base, declared under an if, or on an unmanaged model is not.
   */
  @Test
  void plainFieldsTheMigrationsLackArePending(@TempDir Path root) throws IOException {
    ScannedProject scanned = store(root, "migrations.RunPython(migrations.RunPython.noop),");

    assertThat(scanned.pendingMigrations())
        .extracting(PendingMigration::located)
        .containsExactly(
            "shop/models.py:8: the app's migrations do not create shop.Store.motto:"
                + " makemigrations would add it");
    assertThat(scanned.pendingMigrationsAround(ModelLabel.parse("shop.Store"))).hasSize(1);
    assertThat(scanned.pendingMigrationsAround(ModelLabel.parse("shop.Kiosk"))).isEmpty();
  }

  /** An operation migplan does not know may add fields: the app's fields are then not judged. */
  @Test
  void anUnknownOperationLeavesTheAppsFieldsUnjudged(@TempDir Path root) throws IOException {
    ScannedProject scanned = store(root, "shop_tools.AddAuditFields(model_name='store'),");

    assertThat(scanned.pendingMigrations()).isEmpty();
  }

  private static String key(RelationField r) {
    return r.sourceModel().labelLower()
        + "."
        + r.field()
        + " -> "
        + r.target().map(ModelLabel::labelLower).orElse("?")
        + " "
        + r.kind().jsonName();
  }

  private static void write(Path root, String file, String text) throws IOException {
    Path path = root.resolve(file);
    Files.createDirectories(path.getParent());
    Files.writeString(path, text);
  }
}
