package org.migplan.core.django;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HistoricalRenameTest {
  private static HistoricalModel history(Map<String, String> literals, List<String> dynamic) {
    return new HistoricalModel("attribute", "shop/models.py:9", "history", literals, dynamic);
  }

  private static Optional<HistoricalRename> of(HistoricalModel model) {
    return HistoricalRename.of(
        model, "shop", "Store", "Outlet", "store", "outlet", "stores", "outlets");
  }

  @Test
  void renamesTheDefaultHistoryModelAndItsVerboseNames() {
    HistoricalRename rename = of(history(Map.of(), List.of())).orElseThrow();

    assertThat(rename)
        .isEqualTo(
            new HistoricalRename(
                "HistoricalStore",
                "HistoricalOutlet",
                "historical store",
                "historical outlet",
                "historical outlets",
                true));
  }

  @Test
  void aFixedCustomNameOnlyAltersVerboseNamesAndNotWhenTheyAreGiven() {
    HistoricalRename fixed = of(history(Map.of("custom_model_name", "StoreLog"), List.of())).get();
    assertThat(fixed.renamesModel()).isFalse();
    assertThat(fixed.alterOptions()).isTrue();

    assertThat(
            of(
                history(
                    Map.of(
                        "custom_model_name", "StoreLog",
                        "verbose_name", "log",
                        "verbose_name_plural", "logs"),
                    List.of())))
        .isEmpty();
  }

  @Test
  void unknownNamesOrAnotherAppAreLeftToTheFinding() {
    assertThat(of(history(Map.of(), List.of("custom_model_name")))).isEmpty();
    assertThat(of(history(Map.of("app", "archive"), List.of())))
        .as("a RenameModel in app shop cannot rename a model of app archive")
        .isEmpty();
    HistoricalRename unknownVerbose = of(history(Map.of(), List.of("verbose_name"))).orElseThrow();
    assertThat(unknownVerbose.renamesModel()).isTrue();
    assertThat(unknownVerbose.alterOptions()).isFalse();
  }

  @Test
  void theMigrationRenamesAndAltersTheHistoryModelAndItsPermissions() {
    RenameMigration migration =
        new RenameMigration(
            "shop",
            "Store",
            "Outlet",
            "store",
            "outlet",
            Optional.of("0001_initial"),
            2,
            List.of(),
            List.of(),
            new RenameBehaviour(DjangoVersion.parse("3.2")),
            "migplan test",
            false,
            List.of(),
            List.of(),
            List.of(of(history(Map.of(), List.of())).orElseThrow()),
            List.of(),
            List.of());

    String text = migration.text();
    assertThat(text)
        .contains(
            """
                    migrations.RenameModel(
                        old_name="HistoricalStore",
                        new_name="HistoricalOutlet",
                    ),
            """)
        .contains(
            """
                    migrations.AlterModelOptions(
                        name="historicaloutlet",
                        options={
                            "get_latest_by": ("history_date", "history_id"),
                            "ordering": ("-history_date", "-history_id"),
                            "verbose_name": "historical outlet",
                            "verbose_name_plural": "historical outlets",
                        },
                    ),
            """)
        .contains(
            "HISTORICAL_MODELS = [\n    (\"historicalstore\", \"historicaloutlet\","
                + " \"historical store\", \"historical outlet\"),\n]")
        .contains("for old_model, new_model, _, new_verbose_name in HISTORICAL_MODELS:");
    assertThat(text.indexOf("old_name=\"HistoricalStore\""))
        .isGreaterThan(text.indexOf("old_name=\"Store\""));
  }
}
