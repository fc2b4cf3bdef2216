package org.migplan.core.django;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.migplan.core.model.EngineTraits;
import org.migplan.core.plan.Shapes;

class DdlPredictorTest {
  private static RenameShape example(String newTable, boolean explicit) {
    return new RenameShape(
        Shapes.MEMBER,
        "Student",
        explicit ? newTable : "constituents_bmparliamentmember",
        newTable,
        explicit,
        "id",
        Shapes.exampleRelations(),
        List.of(
            new ClassNamedIndex(
                "%(class)s_ne_idx", List.of("name", "email"), List.of("name", "email"))));
  }

  /** BMParliamentMember to Student, its table the default, with these relations and indexes. */
  private static RenameShape toStudent(List<Relation> relations, List<ClassNamedIndex> indexes) {
    return new RenameShape(
        Shapes.MEMBER,
        "Student",
        "constituents_bmparliamentmember",
        "constituents_student",
        false,
        "id",
        relations,
        indexes);
  }

  private static List<String> sql(String version, EngineTraits engine, RenameShape shape) {
    return new DdlPredictor(new RenameBehaviour(DjangoVersion.parse(version)), engine)
        .predict(shape).stream().map(DdlStatement::sql).toList();
  }

  @Test
  void predictsWhatDjango32RanOnPostgresIncludingTheStatementsSqlmigrateMisses() {
    List<String> sql = sql("3.2", EngineTraits.POSTGRESQL, example("constituents_student", false));

    assertThat(sql)
        .first()
        .isEqualTo(
            "ALTER TABLE \"constituents_bmparliamentmember\" RENAME TO \"constituents_student\";");
    // names observed in pg_constraint (django-rename-facts.md §3.4)
    assertThat(sql)
        .contains(
            "SET CONSTRAINTS \"constituents_constit_member_id_d3ffd51e_fk_constitue\" IMMEDIATE;"
                + " ALTER TABLE \"constituents_constituency\" DROP CONSTRAINT"
                + " \"constituents_constit_member_id_d3ffd51e_fk_constitue\";",
            "ALTER TABLE \"oth_committee_members\" RENAME COLUMN \"bmparliamentmember_id\" TO \"student_id\";",
            "ALTER TABLE \"oth_committee_members\" ADD CONSTRAINT"
                + " \"oth_committee_member_student_id_fdd4afff_fk_constitue\" FOREIGN KEY (\"student_id\")"
                + " REFERENCES \"constituents_student\" (\"id\") DEFERRABLE INITIALLY DEFERRED;",
            "ALTER TABLE \"constituents_bmparliamentmember_tags\" RENAME TO \"constituents_student_tags\";",
            "ALTER TABLE \"constituents_student_tags\" RENAME COLUMN \"bmparliamentmember_id\" TO \"student_id\";",
            "DROP INDEX IF EXISTS \"bmparliamentmember_ne_idx\";",
            "CREATE INDEX \"student_ne_idx\" ON \"constituents_student\" (\"name\", \"email\");");
    // the self-FK re-add that sqlmigrate does not show, with the name migrate gave it
    assertThat(sql)
        .anyMatch(
            s ->
                s.contains(
                    "ALTER TABLE \"constituents_student\" ADD CONSTRAINT"
                        + " \"constituents_student_mentor_id_1a87acac_fk_constitue\""));
    // hidden related_name='+' foreign keys are left alone
    assertThat(sql).noneMatch(s -> s.contains("chief_id") || s.contains("chair_id"));
  }

  /**
   * An index written without a name is dropped and rebuilt (3.2) under the name of the new table.
   */
  @Test
  void anUnnamedIndexIsRebuiltUnderTheNewTablesName() {
    ClassNamedIndex unnamed =
        ClassNamedIndex.unnamed(
            List.of("-born", "name"), List.of("born", "name"), "idx", java.util.Optional.empty());
    RenameShape shape = toStudent(List.of(), List.of(unnamed));
    String before = unnamed.nameFor("constituents", "BMParliamentMember");
    String after = unnamed.nameFor("constituents", "Student");

    assertThat(sql("3.2", EngineTraits.POSTGRESQL, shape))
        .contains(
            "DROP INDEX IF EXISTS \"" + before + "\";",
            "CREATE INDEX \""
                + after
                + "\" ON \"constituents_student\" (\"born\" DESC, \"name\");");
    assertThat(sql("4.2", EngineTraits.POSTGRESQL, shape))
        .contains("ALTER INDEX \"" + before + "\" RENAME TO \"" + after + "\";");
  }

  @Test
  void renamesIndexesInPlaceFrom41() {
    List<String> sql = sql("4.2", EngineTraits.POSTGRESQL, example("constituents_student", false));
    assertThat(sql)
        .contains("ALTER INDEX \"bmparliamentmember_ne_idx\" RENAME TO \"student_ne_idx\";");
    assertThat(sql).noneMatch(s -> s.startsWith("CREATE INDEX"));
  }

  @Test
  void explicitDbTableReAddsIncomingForeignKeysBefore50Only() {
    RenameShape shape = example("members", true);
    List<String> old = sql("4.2", EngineTraits.POSTGRESQL, shape);
    List<String> recent = sql("5.0", EngineTraits.POSTGRESQL, shape);

    assertThat(old).noneMatch(s -> s.contains("RENAME TO \"members\""));
    assertThat(old).anyMatch(s -> s.contains("\"constituents_constituency\" ADD CONSTRAINT"));
    assertThat(recent).noneMatch(s -> s.contains("\"constituents_constituency\""));
    // the auto M2M column named after the model is renamed in every version
    assertThat(recent)
        .contains(
            "ALTER TABLE \"oth_committee_members\" RENAME COLUMN \"bmparliamentmember_id\" TO \"student_id\";");
  }

  @Test
  void sqliteRebuildsEachReferencingTableUnderTheDatabaseLock() {
    List<DdlStatement> ddl =
        new DdlPredictor(new RenameBehaviour(DjangoVersion.parse("3.2")), EngineTraits.SQLITE)
            .predict(example("constituents_student", false));
    assertThat(ddl.stream().filter(DdlStatement::scans).map(DdlStatement::scannedTable).distinct())
        .contains("constituents_constituency", "oth_committee_members", "constituents_student");
    assertThat(ddl).allMatch(s -> s.lock() == LockLevel.SQLITE_DATABASE_WRITE);
  }

  @Test
  void validatingForeignKeyAddsScanTheReferencingTableUnderShareRowExclusive() {
    List<DdlStatement> ddl =
        new DdlPredictor(new RenameBehaviour(DjangoVersion.parse("5.2")), EngineTraits.POSTGRESQL)
            .predict(example("constituents_student", false));
    DdlStatement add =
        ddl.stream()
            .filter(s -> s.sql().startsWith("ALTER TABLE \"constituents_constituency\" ADD"))
            .findFirst()
            .orElseThrow();
    assertThat(add.lock()).isEqualTo(LockLevel.SHARE_ROW_EXCLUSIVE);
    assertThat(add.scannedTable()).isEqualTo("constituents_constituency");
    assertThat(add.lockedTables())
        .containsExactly("constituents_constituency", "constituents_student");
  }

  @Test
  void aSelfManyToManyRenamesBothColumnsAndALookAlikeColumnIsLeftAlone() {
    RenameShape shape =
        toStudent(
            List.of(
                Shapes.relation(
                    "constituents.BMParliamentMember",
                    "peers",
                    RelationKind.MANY_TO_MANY,
                    "",
                    "constituents_bmparliamentmember_peers",
                    "from_bmparliamentmember_id",
                    true),
                Shapes.relation(
                    "",
                    "",
                    RelationKind.MANY_TO_MANY,
                    "",
                    "legacy_pairs",
                    "xbmparliamentmember_id",
                    true)),
            List.of());
    List<String> sql = sql("3.2", EngineTraits.POSTGRESQL, shape);

    assertThat(sql)
        .contains(
            "ALTER TABLE \"constituents_student_peers\" RENAME COLUMN"
                + " \"from_bmparliamentmember_id\" TO \"from_student_id\";",
            "ALTER TABLE \"constituents_student_peers\" RENAME COLUMN"
                + " \"to_bmparliamentmember_id\" TO \"to_student_id\";");
    assertThat(sql).noneMatch(s -> s.contains("xstudent_id"));
    assertThat(sql).noneMatch(s -> s.contains("\"legacy_pairs\" RENAME COLUMN"));
  }
}
