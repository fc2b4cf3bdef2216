package org.migplan.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.migplan.core.ErrorCode;
import org.migplan.core.MigplanException;
import org.migplan.core.model.ModelLabel;
import org.migplan.core.source.ModelDeclaration;
import org.migplan.core.source.ProjectModel;
import org.migplan.core.source.RelationField;
import org.migplan.core.source.RelationKind;

class ProjectScannerTest {
  private static final ModelLabel MEMBER = ModelLabel.parse("constituents.BMParliamentMember");
  private static final Pattern ROW =
      Pattern.compile(
          "\\{\"field\": \"(\\w+)\", \"source_model\": \"([\\w.]+)\", \"target\": \"([\\w.]*)\"\\}");

  @Test
  void locatesTheModelUnderItsAppConfigLabel() {
    ModelDeclaration member = ProjectScanner.locate(TestProjects.project("traps"), MEMBER);

    assertThat(member.file()).isEqualTo("src/members_app/models.py");
    assertThat(member.line()).isEqualTo(16);
    assertThat(member.dbTable()).isEmpty();
    assertThat(member.isConcrete()).isTrue();
    assertThat(member.managed()).isTrue();
    assertThat(member.bases()).containsExactly("models.Model");
  }

  @Test
  void readsMetaOfProxiesAndExplicitTables() {
    ProjectModel model = ProjectScanner.catalogue(TestProjects.project("traps"));

    ModelDeclaration archived =
        model.find(ModelLabel.parse("archive.BMParliamentMember")).orElseThrow();
    assertThat(archived.dbTable()).contains("archive_members");
    ModelDeclaration proxy =
        model.find(ModelLabel.parse("constituents.ActiveMember")).orElseThrow();
    assertThat(proxy.proxy()).isTrue();
    assertThat(proxy.parents()).containsExactly(MEMBER);
    assertThat(model.find(ModelLabel.parse("common.Tracked")).orElseThrow().isAbstract()).isTrue();
    assertThat(model.find(ModelLabel.parse("people.Remark"))).isPresent();
  }

  @Test
  void aMissingModelNamesSimilarOnes() {
    assertThatThrownBy(
            () ->
                ProjectScanner.locate(
                    TestProjects.project("traps"),
                    ModelLabel.parse("members_app.BMParliamentMember")))
        .isInstanceOf(MigplanException.class)
        .hasMessageContaining("constituents.BMParliamentMember")
        .hasMessageContaining("archive.BMParliamentMember")
        .extracting(e -> ((MigplanException) e).code())
        .isEqualTo(ErrorCode.MODEL_NOT_FOUND);
  }

  @Test
  void aMissingDirectoryIsAProjectError() {
    assertThatThrownBy(() -> ProjectScanner.catalogue(Path.of("/nonexistent/project")))
        .extracting(e -> ((MigplanException) e).code())
        .isEqualTo(ErrorCode.PROJECT_NOT_FOUND);
  }

  @Test
  void findsExactlyTheRelationsDjangoSees() throws IOException {
    Path project = TestProjects.project("traps");
    ProjectModel model = ProjectScanner.catalogue(project);

    assertThat(triples(model.relations())).isEqualTo(djangoTriples(project));
  }

  @Test
  void recordsOptionsAndInheritance() {
    ProjectModel model = ProjectScanner.catalogue(TestProjects.project("traps"));
    RelationField deputy = relation(model, "constituents.Constituency", "deputy");
    assertThat(deputy.options().dbConstraint()).contains("False");
    assertThat(deputy.options().dbColumn()).contains("deputy_ref");
    assertThat(deputy.options().relatedName()).contains("deputised_constituencies");
    assertThat(deputy.options().onDelete()).contains("models.SET_NULL");
    assertThat(deputy.options().nullable()).contains("True");

    RelationField owner = relation(model, "constituents.Note", "owner");
    assertThat(owner.inheritedFrom()).contains(ModelLabel.parse("common.Tracked"));
    assertThat(owner.file()).isEqualTo("src/common/models.py");
    assertThat(owner.relatedName()).contains("constituents_note_owned");

    RelationField link = relation(model, "constituents.Minister", "bmparliamentmember_ptr");
    assertThat(link.kind()).isEqualTo(RelationKind.PARENT_LINK);
    assertThat(relation(model, "committees.Committee", "members").options().through())
        .contains("Membership");
  }

  private static RelationField relation(ProjectModel model, String source, String field) {
    return model.relations().stream()
        .filter(r -> r.sourceModel().toString().equals(source) && r.field().equals(field))
        .findFirst()
        .orElseThrow();
  }

  static Set<String> triples(List<RelationField> relations) {
    Set<String> triples = new TreeSet<>();
    for (RelationField r : relations) {
      triples.add(
          r.sourceModel() + " " + r.field() + " -> " + r.target().map(Object::toString).orElse(""));
    }
    return triples;
  }

  static Set<String> djangoTriples(Path projectOrFile) throws IOException {
    Path file =
        Files.isDirectory(projectOrFile)
            ? projectOrFile.resolve("django-relations.jsonl")
            : projectOrFile;
    Set<String> triples = new TreeSet<>();
    for (String line : Files.readAllLines(file)) {
      Matcher row = ROW.matcher(line);
      if (row.matches()) {
        triples.add(
            row.group(2) + " " + row.group(1) + " -> " + Optional.of(row.group(3)).orElse(""));
      }
    }
    return triples;
  }
}
