package org.migplan.scan.references;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.migplan.core.model.ModelLabel;
import org.migplan.core.source.CodeReference;
import org.migplan.core.source.ReferenceKind;
import org.migplan.scan.ProjectScanner;
import org.migplan.scan.TestProjects;

class ReferenceScannerTest {
  private static final ModelLabel MEMBER = ModelLabel.parse("constituents.BMParliamentMember");

  private static List<CodeReference> references() {
    return ReferenceScanner.find(
        ProjectScanner.scan(TestProjects.project("traps")), MEMBER, OptionalInt.empty());
  }

  @Test
  void findsEveryHandLabelledReferenceAndNothingElse() throws IOException {
    Path project = TestProjects.project("traps");
    Set<String> expected =
        new TreeSet<>(Files.readAllLines(project.resolve("expected-references.txt")));
    expected.removeIf(String::isBlank);
    Set<String> actual = new TreeSet<>();
    for (CodeReference r : references()) {
      if (r.kind() != ReferenceKind.TEXT_MENTION) {
        actual.add(r.file() + ":" + r.line() + " " + r.kind().jsonName());
      }
    }
    Set<String> missed = new TreeSet<>(expected);
    missed.removeAll(actual);
    Set<String> extra = new TreeSet<>(actual);
    extra.removeAll(expected);
    System.out.printf(
        "traps references: recall %d/%d, precision %d/%d%n",
        expected.size() - missed.size(),
        expected.size(),
        actual.size() - extra.size(),
        actual.size());
    assertThat(missed).as("missed").isEmpty();
    assertThat(extra).as("not references").isEmpty();
  }

  @Test
  void trapsAreNeverMustChangeReferences() {
    List<String> trapLines =
        List.of(
            "src/members_app/views.py:14", // docstring
            "src/members_app/views.py:25", // BMParliamentMemberArchive view
            "src/members_app/views.py:31", // local variable bmparliamentmember_count
            "src/members_app/views.py:44", // label of the look-alike model
            "src/members_app/models.py:25", // comment
            "src/members_app/models.py:29", // class BMParliamentMemberArchive
            "src/committees/models/committee.py:19", // code inside a string
            "src/committees/models/meeting.py:7", // commented-out field
            "src/archive/models.py:4", // another app's model of the same name
            "src/members_app/fixtures/members.json:3",
            "src/members_app/templates/constituents/tag_detail.html:2",
            "src/members_app/templates/constituents/bmparliamentmember_list.html:2",
            // a {% for %} or {% with %} variable named like the model is the template's own
            "src/members_app/templates/constituents/member_card.html:3",
            "src/members_app/templates/constituents/member_card.html:5");
    for (CodeReference r : references()) {
      if (r.mustChange()) {
        assertThat(trapLines).doesNotContain(r.file() + ":" + r.line());
      }
    }
  }

  @Test
  void migrationsAreHistoricalAndNeverToBeEdited() {
    List<CodeReference> historical =
        references().stream().filter(r -> r.file().contains("/migrations/")).toList();

    assertThat(historical).hasSize(3);
    assertThat(historical)
        .allSatisfy(
            r -> {
              assertThat(r.kind()).isEqualTo(ReferenceKind.MIGRATION_HISTORICAL);
              assertThat(r.mustChange()).isFalse();
            });
  }

  @Test
  void relationsThroughSelfOrASettingsConstantNeedNoEditThere() {
    List<CodeReference> relations =
        references().stream().filter(r -> r.kind() == ReferenceKind.RELATION_FIELD).toList();

    assertThat(relations)
        .filteredOn(r -> !r.mustChange())
        .extracting(r -> r.file() + ":" + r.line())
        .containsExactly("src/committees/models/committee.py:18", "src/members_app/models.py:20");
  }

  @Test
  void referencesCarryTheLineTextAndColumn() {
    CodeReference accessor =
        references().stream()
            .filter(
                r -> r.kind() == ReferenceKind.REVERSE_ACCESSOR && r.file().endsWith("views.py"))
            .findFirst()
            .orElseThrow();

    assertThat(accessor.text()).isEqualTo("again = first.bmparliamentmember_set.all()");
    assertThat(accessor.column()).isEqualTo(19);
  }
}
