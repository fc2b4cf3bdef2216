package org.migplan.core.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RelationClassifierTest {
  private static final TableName MEMBER = TableName.of("people_clubmember");

  private static Column column(String name) {
    return new Column(name, "bigint", false, Optional.empty(), "");
  }

  private static ForeignKey key(String table, String column, String to) {
    return new ForeignKey(
        "", TableName.of(table), List.of(column), TableName.of(to), List.of("id"), null, null);
  }

  private static TableSchema table(
      String name, List<String> columns, List<ForeignKey> keys, List<Index> indexes) {
    return new TableSchema(
        TableName.of(name),
        columns.stream().map(RelationClassifierTest::column).toList(),
        List.of(columns.get(0)),
        indexes,
        List.of(),
        keys,
        List.of());
  }

  @Test
  void aJoinTableHasTwoKeysUniqueTogether() {
    ForeignKey member = key("teams", "clubmember_id", MEMBER.name());
    ForeignKey team = key("teams", "team_id", "people_team");
    Index pair = new Index("u", List.of("team_id", "clubmember_id"), true, false, "");
    TableSchema join =
        table(
            "teams",
            List.of("id", "clubmember_id", "team_id"),
            List.of(member, team),
            List.of(pair));
    assertThat(RelationClassifier.classify(MEMBER, member, join)).isEqualTo(RelationKind.M2M_TABLE);
    assertThat(RelationClassifier.otherSide(member, join)).contains(team);
  }

  @Test
  void twoKeysWithoutAUniquePairOrWithAnotherColumnAreAPlainForeignKey() {
    ForeignKey member = key("t", "clubmember_id", MEMBER.name());
    ForeignKey team = key("t", "team_id", "people_team");
    TableSchema notUnique =
        table("t", List.of("id", "clubmember_id", "team_id"), List.of(member, team), List.of());
    assertThat(RelationClassifier.classify(MEMBER, member, notUnique))
        .isEqualTo(RelationKind.FOREIGN_KEY);
    Index pair = new Index("u", List.of("clubmember_id", "team_id"), true, false, "");
    TableSchema withExtra =
        table(
            "t",
            List.of("id", "clubmember_id", "team_id", "joined_on"),
            List.of(member, team),
            List.of(pair));
    assertThat(RelationClassifier.classify(MEMBER, member, withExtra))
        .isEqualTo(RelationKind.FOREIGN_KEY);
  }

  @Test
  void aPrimaryKeyThatIsTheForeignKeyIsAnInheritanceChild() {
    ForeignKey parent = key("senior", "clubmember_ptr_id", MEMBER.name());
    TableSchema child =
        table("senior", List.of("clubmember_ptr_id", "since"), List.of(parent), List.of());
    assertThat(RelationClassifier.classify(MEMBER, parent, child))
        .isEqualTo(RelationKind.MTI_CHILD);
  }

  @Test
  void aKeyFromTheTableItselfIsASelfReference() {
    ForeignKey mentor = key(MEMBER.name(), "mentor_id", MEMBER.name());
    TableSchema self = table(MEMBER.name(), List.of("id", "mentor_id"), List.of(mentor), List.of());
    assertThat(RelationClassifier.classify(MEMBER, mentor, self)).isEqualTo(RelationKind.SELF);
  }
}
