package org.migplan.scan.references;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.migplan.core.model.ModelLabel;
import org.migplan.core.source.CodeReference;
import org.migplan.core.source.ModelDeclaration;
import org.migplan.core.source.ReferenceKind;
import org.migplan.scan.ProjectScanner;
import org.migplan.scan.TestProjects;
import org.migplan.scan.project.ScannedProject;

/**
 * The byte search that skips files before tokenizing must never drop a reference: for every model
 * of each project, the references with and without it are identical.
 */
class PrefilterTest {
  private static final Path MADARIS =
      Path.of("..", "example", "madaris").toAbsolutePath().normalize();
  private static final Path DJANGO_CONTRIB =
      Path.of("/usr/lib/python3/dist-packages/django/contrib");

  @Test
  void everyModelOfTheExampleHasTheSameReferencesWithAndWithoutTheSearch() {
    assertSameForEveryModel(ProjectScanner.scan(MADARIS), 10);
  }

  @Test
  void everyModelOfTheTrapsProjectHasTheSameReferencesWithAndWithoutTheSearch() {
    assertSameForEveryModel(ProjectScanner.scan(TestProjects.project("traps")), 3);
  }

  @Test
  void everyModelOfTheReexportsProjectHasTheSameReferencesWithAndWithoutTheSearch() {
    assertSameForEveryModel(ProjectScanner.scan(TestProjects.project("reexports")), 2);
  }

  @Test
  void djangoContribModelsHaveTheSameReferencesWithAndWithoutTheSearch() {
    Assumptions.assumeTrue(Files.isDirectory(DJANGO_CONTRIB), "Django is not installed");
    ScannedProject project = ProjectScanner.scan(DJANGO_CONTRIB);
    for (String label :
        List.of("auth.User", "auth.Permission", "contenttypes.ContentType", "sites.Site")) {
      assertSame(project, ModelLabel.parse(label));
    }
  }

  /**
   * A name re-exported under aliases is followed into files that never spell the model, whichever
   * search rounds the files of the chain were found in.
   */
  @Test
  void usesThroughReexportedAliasesAreFound() {
    List<CodeReference> found =
        ReferenceScanner.find(
            ProjectScanner.scan(TestProjects.project("reexports")),
            ModelLabel.parse("shop.Customer"),
            OptionalInt.empty());
    List<String> usages = new ArrayList<>();
    for (CodeReference r : found) {
      usages.add(r.file() + ":" + r.line() + " " + r.kind().jsonName());
    }
    assertThat(usages)
        .contains(
            "billing/tasks.py:1 import",
            "billing/tasks.py:5 class_usage",
            "billing/views.py:3 import",
            "billing/views.py:7 " + ReferenceKind.DEFAULT_TEMPLATE_NAME.jsonName(),
            "shop/api.py:2 import",
            // shop/admin.py is found by the model's name (its docstring) in the same round as
            // shop/api.py, whose alias it imports: the chain is followed all the same
            "shop/reports.py:1 import",
            "shop/reports.py:5 class_usage")
        .noneMatch(u -> u.startsWith("billing/tasks.py:10"));
  }

  private static void assertSameForEveryModel(ScannedProject project, int atLeastModels) {
    List<ModelDeclaration> models = project.model().models();
    assertThat(models).hasSizeGreaterThanOrEqualTo(atLeastModels);
    for (ModelDeclaration model : models) {
      assertSame(project, model.label());
    }
  }

  /** A table named in Meta is searched for after the search ahead, which only knows the name. */
  @Test
  void aTableNamedInMetaIsFoundInFilesThatNeverSpellTheModel() {
    ScannedProject project = ProjectScanner.scan(TestProjects.project("traps"));
    ModelLabel label = ModelLabel.parse("archive.BMParliamentMember");
    List<CodeReference> found =
        ReferenceScanner.find(
            project, label, OptionalInt.empty(), SearchAhead.start(project.files(), label));
    assertThat(found)
        .filteredOn(r -> r.file().equals("src/archive/reports.py"))
        .extracting(CodeReference::kind)
        .containsExactly(ReferenceKind.RAW_SQL_TABLE);
    assertSame(project, label);
  }

  /** A search ahead started for another model, or on another walk, is not used. */
  @Test
  void aSearchAheadForAnotherModelIsIgnored() {
    ScannedProject project = ProjectScanner.scan(TestProjects.project("traps"));
    ModelLabel label = ModelLabel.parse("archive.BMParliamentMember");
    List<CodeReference> expected = ReferenceScanner.find(project, label, OptionalInt.empty());
    try (SearchAhead other =
            SearchAhead.start(project.files(), ModelLabel.parse("archive.Inspection"));
        SearchAhead elsewhere =
            SearchAhead.start(ProjectScanner.walk(TestProjects.project("reexports")), label)) {
      assertThat(ReferenceScanner.find(project, label, OptionalInt.empty(), other))
          .isEqualTo(expected);
      assertThat(ReferenceScanner.find(project, label, OptionalInt.empty(), elsewhere))
          .isEqualTo(expected);
    }
  }

  /**
   * The same references without the search, and with it whether a later round finds the files an
   * earlier one left out in memory, on disk (nothing kept), or some in each; and the same again
   * when the first round was searched ahead, beside the catalogue.
   */
  private static void assertSame(ScannedProject project, ModelLabel label) {
    List<CodeReference> everything =
        ReferenceScanner.find(project, label, OptionalInt.empty(), false);
    for (long kept : new long[] {256 << 20, 0, 3000}) {
      List<CodeReference> filtered =
          ReferenceScanner.find(project, label, OptionalInt.empty(), true, kept);
      assertThat(filtered).as("references to %s, %d bytes kept", label, kept).isEqualTo(everything);
      SearchAhead ahead = SearchAhead.start(project.files(), label, kept);
      assertThat(ReferenceScanner.find(project, label, OptionalInt.empty(), ahead))
          .as("references to %s, searched ahead, %d bytes kept", label, kept)
          .isEqualTo(everything);
    }
  }
}
