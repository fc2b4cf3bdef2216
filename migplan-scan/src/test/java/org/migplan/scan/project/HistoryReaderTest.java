package org.migplan.scan.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migplan.core.django.HistoricalModel;
import org.migplan.core.model.ModelLabel;
import org.migplan.scan.ProjectScanner;
import org.migplan.scan.references.ReferenceScanner;

class HistoryReaderTest {
  @TempDir Path project;

  private List<HistoricalModel> read(String models, String label) throws IOException {
    Files.createDirectories(project.resolve("shop/migrations"));
    Files.writeString(project.resolve("shop/__init__.py"), "");
    Files.writeString(project.resolve("shop/models.py"), models, StandardCharsets.UTF_8);
    ScannedProject scanned = ProjectScanner.scan(project);
    ModelLabel model = ModelLabel.parse(label);
    return HistoryReader.read(
        scanned,
        ProjectScanner.locate(scanned.model(), model, project),
        ReferenceScanner.find(scanned, model, OptionalInt.empty()));
  }

  @Test
  void readsAClassAttributeWithItsShapingOptions() throws IOException {
    List<HistoricalModel> found =
        read(
            """
            from django.db import models
            from django.utils.translation import gettext_lazy as _
            from simple_history.models import HistoricalRecords

            def audit_name(name):
                return "Audit" + name

            class Store(models.Model):
                name = models.CharField(max_length=10)
                log = HistoricalRecords(table_name="store_log", verbose_name=_("store log"),
                                        custom_model_name=audit_name, excluded_fields=["name"])
            """,
            "shop.Store");

    assertThat(found).hasSize(1);
    HistoricalModel history = found.get(0);
    assertThat(history.form()).isEqualTo("attribute");
    assertThat(history.location()).isEqualTo("shop/models.py:10");
    assertThat(history.attribute()).isEqualTo("log");
    assertThat(history.literals())
        .isEqualTo(Map.of("table_name", "store_log", "verbose_name", "store log"));
    assertThat(history.dynamic()).containsExactly("custom_model_name");
    assertThat(history.followsRename()).isFalse();
    assertThat(history.objectName("Store")).isEmpty();
    assertThat(history.table("shop", "Store", OptionalInt.empty())).contains("store_log");
  }

  @Test
  void followsAnAbstractBaseOnlyWithInheritTrue() throws IOException {
    String models =
        """
        from django.db import models
        import simple_history.models

        class Tracked(models.Model):
            history = simple_history.models.HistoricalRecords(inherit=%s)
            class Meta:
                abstract = True

        class Store(Tracked):
            name = models.CharField(max_length=10)
        """;

    List<HistoricalModel> inherited = read(models.formatted("True"), "shop.Store");
    assertThat(inherited).hasSize(1);
    assertThat(inherited.get(0).form()).isEqualTo("inherited");
    assertThat(inherited.get(0).objectName("Store")).contains("HistoricalStore");
    assertThat(inherited.get(0).table("shop", "Store", OptionalInt.empty()))
        .contains("shop_historicalstore");
    assertThat(read(models.formatted("False"), "shop.Store")).isEmpty();
  }

  @Test
  void readsRegisterCallsNamingTheModelElsewhere() throws IOException {
    Files.createDirectories(project.resolve("shop"));
    Files.writeString(
        project.resolve("shop/history.py"),
        """
        from simple_history import register
        from .models import Store, Product

        register(Product)
        register(Store, app="archive", manager_name="changes")
        """);

    List<HistoricalModel> found =
        read(
            """
            from django.db import models

            class Store(models.Model):
                name = models.CharField(max_length=10)

            class Product(models.Model):
                name = models.CharField(max_length=10)
            """,
            "shop.Store");

    assertThat(found).hasSize(1);
    assertThat(found.get(0).form()).isEqualTo("register");
    assertThat(found.get(0).location()).isEqualTo("shop/history.py:5");
    assertThat(found.get(0).attribute()).isEqualTo("changes");
    assertThat(found.get(0).appLabel("shop")).contains("archive");
  }

  @Test
  void readsARegisterCallThatNamesTheModelOnlyThroughARexportedAlias() throws IOException {
    Files.createDirectories(project.resolve("shop"));
    Files.writeString(project.resolve("shop/exports.py"), "from .models import Store as Shop\n");
    Files.writeString(
        project.resolve("shop/audit.py"),
        """
        from simple_history import register as track
        from shop.exports import Shop

        track(Shop, manager_name="audit")
        """);

    List<HistoricalModel> found =
        read(
            """
            from django.db import models

            class Store(models.Model):
                name = models.CharField(max_length=10)
            """,
            "shop.Store");

    assertThat(found)
        .singleElement()
        .satisfies(
            h -> {
              assertThat(h.location()).isEqualTo("shop/audit.py:4");
              assertThat(h.attribute()).isEqualTo("audit");
            });
  }

  @Test
  void ignoresOtherRegisterCallsAndUntrackedModels() throws IOException {
    Files.createDirectories(project.resolve("shop"));
    Files.writeString(
        project.resolve("shop/admin.py"),
        """
        from django.contrib import admin
        from .models import Store

        admin.site.register(Store)
        """);

    assertThat(
            read(
                """
                from django.db import models

                class Store(models.Model):
                    name = models.CharField(max_length=10)
                """,
                "shop.Store"))
        .isEmpty();
  }
}
