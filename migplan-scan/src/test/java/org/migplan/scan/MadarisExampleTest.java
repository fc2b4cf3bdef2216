package org.migplan.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.migplan.core.model.ModelLabel;
import org.migplan.core.source.ModelDeclaration;
import org.migplan.core.source.ProjectModel;
import org.migplan.core.source.RelationField;

/** The bundled example, against the ground truth in example/madaris/README.md and Django itself. */
class MadarisExampleTest {
  private static final ModelLabel MEMBER = ModelLabel.parse("constituents.BMParliamentMember");
  private static final Path MADARIS =
      Path.of("..", "example", "madaris").toAbsolutePath().normalize();

  @Test
  void relationsAroundTheModelAreExactlyTheReadmeTable() {
    ProjectModel model = ProjectScanner.catalogue(MADARIS);

    Set<String> actual = new TreeSet<>();
    for (RelationField r : model.relationsAround(MEMBER)) {
      actual.add(
          r.sourceModel()
              + "."
              + r.field()
              + " -> "
              + r.target().map(Object::toString).orElse("*")
              + r.inheritedFrom().map(i -> " (from " + i + ")").orElse(""));
    }

    String m = " -> constituents.BMParliamentMember";
    assertThat(actual)
        .containsExactlyInAnyOrder(
            "constituents.BMParliamentMember.mentor" + m,
            "constituents.BMParliamentMember.tags -> constituents.Tag",
            "constituents.BMParliamentMember.notes -> notes.Note",
            "constituents.Constituency.representative" + m,
            "attendance.AttendanceRecord.student" + m,
            "guardians.Guardian.member" + m,
            "guardians.EmergencyContact.member" + m,
            "courses.Course.students" + m,
            "courses.Course.enrolled" + m,
            "courses.Enrollment.student" + m,
            "fees.Invoice.student" + m + " (from fees.StudentOwned)",
            "fees.Payment.student" + m + " (from fees.StudentOwned)",
            "fees.FeeWaiver.beneficiary" + m,
            "alumni.Graduate.bmparliamentmember_ptr" + m,
            "notes.Note.content_object -> *",
            "welfare_aid.AidApplication.applicant" + m,
            "welfare_aid.AidDisbursement.recipient" + m,
            "welfare_aid.HouseholdSurvey.student" + m,
            "welfare_aid.Sponsorship.student" + m,
            "hostel.Room.prefect" + m,
            "hostel.BedAllocation.resident" + m,
            // owned, so not in the README's table of what points at the model; its reverse
            // accessor on Constituency (bmparliamentmember_set) carries the model's name
            "constituents.BMParliamentMember.constituency -> constituents.Constituency");
  }

  @Test
  void everyRelationOfTheProjectIsWhatDjangoSees() throws IOException, URISyntaxException {
    ProjectModel model = ProjectScanner.catalogue(MADARIS);
    Path django =
        Path.of(MadarisExampleTest.class.getResource("/madaris-django-relations.jsonl").toURI());

    assertThat(ProjectScannerTest.triples(model.relations()))
        .isEqualTo(ProjectScannerTest.djangoTriples(django));
  }

  @Test
  void declarationsCarryLabelsAndTables() {
    ProjectModel model = ProjectScanner.catalogue(MADARIS);

    ModelDeclaration member = ProjectScanner.locate(MADARIS, MEMBER);
    assertThat(member.file()).isEqualTo("src/apps/constituents/models.py");
    assertThat(member.dbTable()).isEmpty();
    assertThat(model.find(ModelLabel.parse("hostel.Room")).orElseThrow().dbTable())
        .contains("hostel_rooms");
    assertThat(model.find(ModelLabel.parse("welfare_aid.Sponsorship"))).isPresent();
    assertThat(model.find(ModelLabel.parse("constituents.ActiveStudent")).orElseThrow().proxy())
        .isTrue();
    RelationField survey =
        model.relations().stream()
            .filter(
                r ->
                    r.field().equals("student")
                        && r.sourceModel().objectName().equals("HouseholdSurvey"))
            .findFirst()
            .orElseThrow();
    assertThat(survey.options().withoutConstraint()).isTrue();
  }
}
