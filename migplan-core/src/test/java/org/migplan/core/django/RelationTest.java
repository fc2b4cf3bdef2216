package org.migplan.core.django;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.migplan.core.model.ModelLabel;

/** Which columns of an auto-created through table a rename changes, as RenameModel alters them. */
class RelationTest {
  private static final ModelLabel MEMBER = ModelLabel.parse("constituents.BMParliamentMember");

  private static Relation manyToMany(String declaring, String table, String column, String target) {
    return new Relation(
        declaring,
        "members",
        RelationKind.MANY_TO_MANY,
        "",
        table,
        column,
        "id",
        true,
        false,
        OptionalLong.empty(),
        "",
        "",
        target);
  }

  private static Map<String, String> renames(Relation relation) {
    return relation.autoManyToManyColumnRenames(MEMBER, "Student");
  }

  @Test
  void aManyToManyToTheModel() {
    Relation relation =
        manyToMany(
            "oth.Committee",
            "oth_committee_members",
            "bmparliamentmember_id",
            "constituents.BMParliamentMember");
    assertThat(renames(relation)).containsExactly(Map.entry("bmparliamentmember_id", "student_id"));
    assertThat(relation.isSelfManyToMany(MEMBER)).isFalse();
  }

  @Test
  void theModelsOwnManyToManyToAnotherModel() {
    Relation relation =
        manyToMany(
            "constituents.BMParliamentMember",
            "constituents_bmparliamentmember_tags",
            "bmparliamentmember_id",
            "tags.Tag");
    assertThat(renames(relation)).containsExactly(Map.entry("bmparliamentmember_id", "student_id"));
    assertThat(relation.isSelfManyToMany(MEMBER)).isFalse();
    // an owned many-to-many to a model already named like the new name gets from_/to_ columns
    Relation toStudent =
        manyToMany(
            "constituents.BMParliamentMember",
            "constituents_bmparliamentmember_mentees",
            "bmparliamentmember_id",
            "school.Student");
    assertThat(renames(toStudent))
        .containsExactly(
            Map.entry("bmparliamentmember_id", "from_student_id"),
            Map.entry("student_id", "to_student_id"));
  }

  @Test
  void aSelfManyToManyOnTheModel() {
    Relation relation =
        manyToMany(
            "constituents.BMParliamentMember",
            "constituents_bmparliamentmember_peers",
            "from_bmparliamentmember_id",
            "constituents.BMParliamentMember");
    assertThat(relation.isSelfManyToMany(MEMBER)).isTrue();
    assertThat(renames(relation))
        .containsExactly(
            Map.entry("from_bmparliamentmember_id", "from_student_id"),
            Map.entry("to_bmparliamentmember_id", "to_student_id"));
  }

  @Test
  void aLookAlikeColumnIsLeftAlone() {
    // a join table found only in the database whose column merely contains the model name
    Relation found = manyToMany("", "legacy_pairs", "xbmparliamentmember_id", "");
    assertThat(renames(found)).isEmpty();
    assertThat(found.isSelfManyToMany(MEMBER)).isFalse();
    // the same table's column named exactly after the model is renamed
    assertThat(renames(manyToMany("", "legacy_pairs", "bmparliamentmember_id", "")))
        .containsExactly(Map.entry("bmparliamentmember_id", "student_id"));
  }

  @Test
  void onlyAutoCreatedManyToManysHaveColumnsRenamed() {
    Relation foreignKey =
        new Relation(
            "oth.Committee",
            "chair",
            RelationKind.FOREIGN_KEY,
            "",
            "oth_committee",
            "bmparliamentmember_id",
            "id",
            false,
            false,
            OptionalLong.empty(),
            "",
            "",
            "");
    assertThat(renames(foreignKey)).isEmpty();
  }
}
