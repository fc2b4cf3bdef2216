package org.migplan.core.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.migplan.core.database.DbRelation;
import org.migplan.core.database.RelationKind;
import org.migplan.core.database.TableName;
import org.migplan.core.model.ModelLabel;

class SourceRecordsTest {
  private static final ModelLabel MEMBER = ModelLabel.parse("constituents.BMParliamentMember");
  private static final ModelLabel TAG = ModelLabel.parse("constituents.Tag");
  private static final ModelLabel GUARDIAN = ModelLabel.parse("guardians.Guardian");
  private static final ModelLabel SURVEY = ModelLabel.parse("welfare_aid.Survey");
  private static final ModelLabel GRADUATE = ModelLabel.parse("alumni.Graduate");

  private static ModelDeclaration model(ModelLabel label, Optional<String> table) {
    return new ModelDeclaration(
        label, "m.py", 1, List.of("models.Model"), table, false, false, true, List.of());
  }

  private static RelationOptions options(String relatedName, boolean withoutConstraint) {
    return new RelationOptions(
        Optional.of("models.CASCADE"),
        Optional.empty(),
        Optional.ofNullable(relatedName),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        withoutConstraint ? Optional.of("False") : Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  private static RelationField relation(
      ModelLabel source, String field, RelationKind0 kind, ModelLabel target, RelationOptions o) {
    return new RelationField(
        "m.py",
        1,
        source,
        field,
        "models.X",
        kind.kind,
        "",
        Optional.of(target),
        o,
        Optional.empty(),
        RelationOrigin.SOURCE);
  }

  private enum RelationKind0 {
    FK(org.migplan.core.source.RelationKind.FOREIGN_KEY),
    M2M(org.migplan.core.source.RelationKind.MANY_TO_MANY),
    LINK(org.migplan.core.source.RelationKind.PARENT_LINK);

    final org.migplan.core.source.RelationKind kind;

    RelationKind0(org.migplan.core.source.RelationKind kind) {
      this.kind = kind;
    }
  }

  private static ProjectModel project() {
    return new ProjectModel(
        List.of(),
        List.of(
            model(MEMBER, Optional.empty()),
            model(TAG, Optional.empty()),
            model(GUARDIAN, Optional.empty()),
            model(SURVEY, Optional.empty()),
            model(GRADUATE, Optional.empty())),
        List.of(
            relation(MEMBER, "tags", RelationKind0.M2M, TAG, options(null, false)),
            relation(MEMBER, "mentor", RelationKind0.FK, MEMBER, options("mentees", false)),
            relation(GUARDIAN, "member", RelationKind0.FK, MEMBER, options(null, false)),
            relation(SURVEY, "student", RelationKind0.FK, MEMBER, options("+", true)),
            relation(
                GRADUATE,
                "bmparliamentmember_ptr",
                RelationKind0.LINK,
                MEMBER,
                options(null, false))));
  }

  @Test
  void theRenameSurfaceHoldsOnlyNamesCarryingTheModelName() {
    RenameSurface surface =
        RenameSurface.of(model(MEMBER, Optional.empty()), project(), OptionalInt.of(63));

    assertThat(surface.table()).isEqualTo("constituents_bmparliamentmember");
    assertThat(surface.tableChanges()).isTrue();
    assertThat(surface.manyToManyTables()).containsExactly("constituents_bmparliamentmember_tags");
    assertThat(surface.reverseAccessors())
        .containsExactlyInAnyOrder("bmparliamentmember_set", "bmparliamentmember_ptr");
    assertThat(surface.reverseQueryNames())
        .containsExactlyInAnyOrder("bmparliamentmember", "bmparliamentmember_ptr");
    assertThat(surface.permissionCodenames()).contains("view_bmparliamentmember");
  }

  @Test
  void anExplicitTableDoesNotChange() {
    RenameSurface surface =
        RenameSurface.of(model(MEMBER, Optional.of("students")), project(), OptionalInt.empty());

    assertThat(surface.table()).isEqualTo("students");
    assertThat(surface.tableChanges()).isFalse();
    assertThat(surface.manyToManyTables()).containsExactly("students_tags");
  }

  @Test
  void crossCheckFindsBothKindsOfDisagreement() {
    List<DbRelation> database =
        List.of(
            db("guardians_guardian", "member_id", RelationKind.FOREIGN_KEY),
            db("constituents_bmparliamentmember", "mentor_id", RelationKind.SELF),
            db(
                "constituents_bmparliamentmember_tags",
                "bmparliamentmember_id",
                RelationKind.M2M_TABLE),
            db("alumni_graduate", "bmparliamentmember_ptr_id", RelationKind.MTI_CHILD),
            db("legacy_import", "member_id", RelationKind.FOREIGN_KEY),
            db("notes_note", "object_id", RelationKind.GENERIC));

    List<CrossCheckFinding> findings =
        DatabaseCrossCheck.check(
            project(), model(MEMBER, Optional.empty()), database, OptionalInt.of(63));

    assertThat(findings)
        .extracting(f -> f.kind().jsonName() + " " + f.table() + "." + f.column())
        .containsExactly(
            "undeclared_foreign_key legacy_import.member_id",
            "missing_foreign_key welfare_aid_survey.student_id");
    assertThat(findings)
        .extracting(CrossCheckFinding::cause)
        .containsExactly(
            CrossCheckFinding.Cause.NOT_DECLARED, CrossCheckFinding.Cause.DB_CONSTRAINT_FALSE);
    assertThat(findings.get(1).detail()).contains("db_constraint=False");
  }

  @Test
  void similarNamesComeClosestFirst() {
    ProjectModel project = project();

    assertThat(project.similarTo(ModelLabel.parse("constituents.BMParliamentMembers"), 3))
        .containsExactly(MEMBER);
    assertThat(project.similarTo(ModelLabel.parse("other.bmparliamentmember"), 3))
        .containsExactly(MEMBER);
    assertThat(project.similarTo(ModelLabel.parse("constituents.Zebra"), 3)).isEmpty();
  }

  @Test
  void relatedNamesAreFilledInForTheOwner() {
    RelationField field =
        relation(
            GUARDIAN,
            "member",
            RelationKind0.FK,
            MEMBER,
            options("%(app_label)s_%(class)s_x", false));

    assertThat(field.reverseAccessor()).contains("guardians_guardian_x");
    assertThat(field.reverseQueryName()).contains("guardians_guardian_x");
    assertThat(
            relation(SURVEY, "s", RelationKind0.FK, MEMBER, options("+", false)).reverseAccessor())
        .isEmpty();
  }

  private static DbRelation db(String table, String column, RelationKind kind) {
    return new DbRelation(TableName.of(table), column, kind, "", "", "", true, 0, 0, "", "");
  }

  @Test
  void aFindingsCauseMustFitItsKind() {
    assertThatThrownBy(
            () ->
                new CrossCheckFinding(
                    CrossCheckFinding.Kind.MISSING_FOREIGN_KEY,
                    CrossCheckFinding.Cause.NOT_DECLARED,
                    "t",
                    "c",
                    "",
                    "detail"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
