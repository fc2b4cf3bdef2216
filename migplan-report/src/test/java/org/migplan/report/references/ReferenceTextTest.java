package org.migplan.report.references;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.migplan.core.model.ModelLabel;
import org.migplan.core.source.CodeReference;
import org.migplan.core.source.ReferenceKind;
import org.migplan.core.source.RelationField;
import org.migplan.core.source.RelationKind;
import org.migplan.core.source.RelationOptions;
import org.migplan.core.source.RelationOrigin;
import org.migplan.report.json.JsonDocuments;

class ReferenceTextTest {
  private static final ModelLabel MEMBER = ModelLabel.parse("constituents.Member");

  private static final List<CodeReference> REFERENCES =
      List.of(
          new CodeReference("b.py", 3, 5, "x = Member()", ReferenceKind.CLASS_USAGE, true),
          new CodeReference("a.py", 9, 1, "from m import Member", ReferenceKind.IMPORT, true),
          new CodeReference("a.py", 2, 7, "# Member", ReferenceKind.TEXT_MENTION, false),
          new CodeReference("a.py", 1, 1, "y = Member", ReferenceKind.CLASS_USAGE, true));

  @Test
  void groupsByKindInKindOrderWithPathLineText() {
    assertThat(ReferenceText.references(REFERENCES))
        .isEqualTo(
            "# import: 1 place, 1 to change\n"
                + "a.py:9: from m import Member\n"
                + "\n"
                + "# class_usage: 2 places, 2 to change\n"
                + "a.py:1: y = Member\n"
                + "b.py:3: x = Member()\n"
                + "\n"
                + "# text_mention: 1 place, 0 to change\n"
                + "a.py:2: # Member\n"
                + "\n");
  }

  @Test
  void relationsCarryTheFieldsTheIssueNames() {
    RelationField field =
        new RelationField(
            "fees/models.py",
            12,
            ModelLabel.parse("fees.Invoice"),
            "student",
            "models.ForeignKey",
            RelationKind.FOREIGN_KEY,
            "'constituents.Member'",
            Optional.of(MEMBER),
            new RelationOptions(
                Optional.of("models.PROTECT"),
                Optional.of("True"),
                Optional.of("%(app_label)s_%(class)s_set"),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty()),
            Optional.of(ModelLabel.parse("fees.Owned")),
            RelationOrigin.SOURCE);

    String json = JsonDocuments.write(ReferenceDocument.relations(List.of(field), MEMBER));

    assertThat(json)
        .contains("\"file\" : \"fees/models.py\"")
        .contains("\"line\" : 12")
        .contains("\"source_model\" : \"fees.Invoice\"")
        .contains("\"field_class\" : \"models.ForeignKey\"")
        .contains("\"related_name\" : \"fees_invoice_set\"")
        .contains("\"inherited_from\" : \"fees.Owned\"")
        .contains("\"direction\" : \"incoming\"");
    assertThat(ReferenceText.relations(List.of(field)))
        .isEqualTo(
            "fees/models.py:12: fees.Invoice.student -> constituents.Member (foreign_key,"
                + " on_delete=models.PROTECT, related_name=fees_invoice_set, inherited from"
                + " fees.Owned)\n");
  }

  @Test
  void aGenericForeignKeyPointsAtAnyModelNotAnUnresolvedOne() {
    RelationField target =
        new RelationField(
            "notes/models.py",
            12,
            ModelLabel.parse("notes.Note"),
            "content_object",
            "GenericForeignKey",
            RelationKind.GENERIC_FOREIGN_KEY,
            "",
            Optional.empty(),
            RelationOptions.NONE,
            Optional.empty(),
            RelationOrigin.SOURCE);
    RelationField unknown =
        new RelationField(
            "notes/models.py",
            20,
            ModelLabel.parse("notes.Pin"),
            "note",
            "models.ForeignKey",
            RelationKind.FOREIGN_KEY,
            "NOTE_MODEL",
            Optional.empty(),
            RelationOptions.NONE,
            Optional.empty(),
            RelationOrigin.SOURCE);

    assertThat(ReferenceText.relations(List.of(target, unknown)))
        .isEqualTo(
            "notes/models.py:12: notes.Note.content_object -> (any model, by content type)"
                + " (generic_foreign_key)\n"
                + "notes/models.py:20: notes.Pin.note -> (unresolved: NOTE_MODEL) (foreign_key)\n");
  }

  @Test
  void referencesInJsonAreSortedAndComplete() {
    String json = JsonDocuments.write(ReferenceDocument.references(REFERENCES));

    assertThat(json.indexOf("\"a.py\"")).isLessThan(json.indexOf("\"b.py\""));
    assertThat(json).contains("\"must_change\" : false").contains("\"column\" : 7");
  }
}
