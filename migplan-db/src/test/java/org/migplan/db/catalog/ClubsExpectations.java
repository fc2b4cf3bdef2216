package org.migplan.db.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.migplan.core.ErrorCode;
import org.migplan.core.MigplanException;
import org.migplan.core.database.ConstraintKind;
import org.migplan.core.database.DatabaseMap;
import org.migplan.core.database.DbRelation;
import org.migplan.core.database.Permission;
import org.migplan.core.database.RelationKind;
import org.migplan.core.database.TableAudit;
import org.migplan.core.model.ModelLabel;

/**
 * What both engines must report for the {@code clubs} fixture (a real migrated Django project plus
 * {@code clubs-data.sql}); the numbers follow from the rows in that file.
 */
final class ClubsExpectations {
  static final ModelLabel MEMBER = ModelLabel.parse("people.ClubMember");
  static final String TABLE = "people_clubmember";

  private ClubsExpectations() {}

  static void auditMatches(TableAudit audit) {
    assertThat(audit.table().name()).isEqualTo(TABLE);
    var statistics = audit.statistics();
    assertThat(statistics.rowCount()).isEqualTo(6);
    assertThat(statistics.breakdowns())
        .containsOnlyKeys("status", "is_verified")
        .containsEntry("status", Map.of("active", 4L, "suspended", 1L, "left", 1L));
    assertThat(statistics.breakdowns().get("status").keySet())
        .containsExactly("active", "left", "suspended");
    assertThat(statistics.breakdowns().get("is_verified").values()).containsExactly(3L, 3L);
    assertThat(statistics.nullCounts())
        .containsEntry("joined_on", 1L)
        .containsEntry("email", 2L)
        .containsEntry("age", 2L)
        .containsEntry("mentor_id", 3L)
        .doesNotContainKey("name");
    assertThat(statistics.ranges()).containsOnlyKeys("id", "joined_on");
    assertThat(statistics.ranges().get("id").min()).isEqualTo("1");
    assertThat(statistics.ranges().get("id").max()).isEqualTo("6");
    assertThat(statistics.ranges().get("joined_on").min()).isEqualTo("2019-07-15");
    assertThat(statistics.ranges().get("joined_on").max()).isEqualTo("2022-12-31");

    var schema = audit.schema();
    assertThat(schema.columns())
        .extracting(c -> c.name())
        .containsExactly(
            "id", "name", "status", "is_verified", "joined_on", "email", "age", "mentor_id");
    assertThat(schema.primaryKey()).containsExactly("id");
    assertThat(schema.column("email").orElseThrow().nullable()).isTrue();
    assertThat(schema.column("name").orElseThrow().nullable()).isFalse();
    assertThat(schema.column("id").orElseThrow().identity()).isNotEmpty();
    assertThat(schema.constraints())
        .extracting(c -> c.kind())
        .contains(ConstraintKind.PRIMARY_KEY, ConstraintKind.UNIQUE, ConstraintKind.CHECK);
    assertThat(schema.constraints())
        .filteredOn(c -> c.kind() == ConstraintKind.CHECK)
        .singleElement()
        .satisfies(c -> assertThat(c.definition()).contains("age").contains(">="));
    assertThat(schema.indexes())
        .anySatisfy(i -> assertThat(i.columns()).containsExactly("mentor_id"));
    assertThat(schema.outgoing())
        .singleElement()
        .satisfies(k -> assertThat(k.referencedTable().name()).isEqualTo(TABLE));
    assertThat(schema.incoming())
        .extracting(k -> k.table().name(), k -> k.column())
        .containsExactlyInAnyOrder(
            tuple("Audit \"Trail\"", "Who"),
            tuple("Weird Table", "Member Ref"),
            tuple("people_clubmember", "mentor_id"),
            tuple("people_clubmember_teams", "clubmember_id"),
            tuple("people_membershipfee", "member_id"),
            tuple("people_seniormember", "clubmember_ptr_id"));
  }

  static void mapMatches(DatabaseMap map) {
    assertThat(map.relations())
        .extracting(
            r -> r.table().name(),
            DbRelation::column,
            DbRelation::kind,
            DbRelation::rows,
            DbRelation::distinctReferenced)
        .containsExactly(
            tuple("Audit \"Trail\"", "Who", RelationKind.FOREIGN_KEY, 3L, 1L),
            tuple("Weird Table", "Member Ref", RelationKind.FOREIGN_KEY, 1L, 1L),
            tuple("notes_note", "object_id", RelationKind.GENERIC, 3L, 2L),
            tuple("people_clubmember", "mentor_id", RelationKind.SELF, 3L, 2L),
            tuple("people_clubmember_teams", "clubmember_id", RelationKind.M2M_TABLE, 4L, 3L),
            tuple("people_membershipfee", "member_id", RelationKind.FOREIGN_KEY, 5L, 3L),
            tuple("people_seniormember", "clubmember_ptr_id", RelationKind.MTI_CHILD, 2L, 2L));
    DbRelation teams = relation(map, "people_clubmember_teams");
    assertThat(teams.pairedColumn()).isEqualTo("team_id");
    assertThat(teams.pairedTable()).isEqualTo("people_team");
    assertThat(teams.deferrable()).isEqualTo("DEFERRABLE INITIALLY DEFERRED");
    assertThat(teams.nullable()).isFalse();
    DbRelation audit = relation(map, "Audit \"Trail\"");
    assertThat(audit.onDelete()).isEqualTo("CASCADE");
    assertThat(audit.deferrable()).isEqualTo("NOT DEFERRABLE");
    assertThat(relation(map, "Weird Table").nullable()).isTrue();
    assertThat(relation(map, "notes_note").pairedColumn()).isEqualTo("content_type_id");

    var django = map.django();
    assertThat(django.contentType().orElseThrow().id()).isEqualTo(7);
    assertThat(django.missingTables()).isEmpty();
    assertThat(django.permissions())
        .extracting(Permission::codename, Permission::groupGrants, Permission::userGrants)
        .containsExactly(
            tuple("add_clubmember", 0L, 0L),
            tuple("change_clubmember", 1L, 0L),
            tuple("delete_clubmember", 0L, 0L),
            tuple("view_clubmember", 1L, 1L));
    assertThat(django.adminLogRows()).hasValue(2);
    assertThat(django.migrationsByApp()).containsKeys("admin", "auth", "people", "notes");
    assertThat(django.migrationsByApp().get("people")).containsExactly("0001_initial");
    assertThat(django.latestMigration("auth").orElseThrow().name())
        .isEqualTo("0012_alter_user_first_name_max_length");
  }

  static void missingTableNamesTheClosest(Runnable action) {
    assertThatThrownBy(action::run)
        .isInstanceOf(MigplanException.class)
        .satisfies(
            e -> assertThat(((MigplanException) e).code()).isEqualTo(ErrorCode.TABLE_NOT_FOUND))
        .hasMessage(
            "table 'people_clubmembr' is not in the database; closest: people_clubmember,"
                + " people_clubmember_teams, people_seniormember");
  }

  private static DbRelation relation(DatabaseMap map, String table) {
    List<DbRelation> matching =
        map.relations().stream().filter(r -> r.table().name().equals(table)).toList();
    assertThat(matching).hasSize(1);
    return matching.get(0);
  }
}
