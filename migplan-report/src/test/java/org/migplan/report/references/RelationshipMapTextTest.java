package org.migplan.report.references;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.migplan.core.model.ModelLabel;
import org.migplan.core.source.CrossCheckFinding;
import org.migplan.core.source.ModelDeclaration;
import org.migplan.core.source.PendingMigration;
import org.migplan.core.source.RelationField;
import org.migplan.core.source.RelationKind;
import org.migplan.core.source.RelationOptions;
import org.migplan.core.source.RelationOrigin;

class RelationshipMapTextTest {
  private static final ModelLabel MEMBER = ModelLabel.parse("constituents.Member");
  private static final ModelDeclaration DECLARATION =
      new ModelDeclaration(
          MEMBER,
          "constituents/models.py",
          3,
          List.of("models.Model"),
          Optional.empty(),
          false,
          false,
          true,
          List.of());
  private static final RelationField FIELD =
      new RelationField(
          "fees/models.py",
          12,
          ModelLabel.parse("fees.Invoice"),
          "student",
          "models.ForeignKey",
          RelationKind.FOREIGN_KEY,
          "Member",
          Optional.of(MEMBER),
          RelationOptions.NONE,
          Optional.empty(),
          RelationOrigin.SOURCE);

  @Test
  void withoutADatabaseThePendingRelationsFollowTheSourceHalf() {
    CrossCheckFinding ignored =
        new CrossCheckFinding(
            CrossCheckFinding.Kind.MISSING_FOREIGN_KEY,
            CrossCheckFinding.Cause.UNEXPLAINED,
            "fees_invoice",
            "student_id",
            "fees/models.py:12",
            "no foreign key");
    String text =
        RelationshipMapText.render(
            new RelationshipMapText.Facts(
                DECLARATION,
                List.of(FIELD),
                List.of(),
                List.of(),
                OptionalInt.empty(),
                List.of(PendingMigration.of(FIELD, "fees.Invoice.student is not in 0001")),
                Optional.empty(),
                List.of(ignored)));

    assertThat(text)
        .isEqualTo(
            "Model constituents.Member (constituents/models.py:3)\n\n"
                + "Relations declared in the sources (1):\n"
                + "fees/models.py:12: fees.Invoice.student -> constituents.Member"
                + " (foreign_key)\n\n"
                + "References in the sources (0):\n\n"
                + "\nSource fields the migrations lack (makemigrations would write them):\n"
                + "  fees/models.py:12: fees.Invoice.student is not in 0001\n");
  }
}
