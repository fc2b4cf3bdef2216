package org.migplan.core.naming;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected values were produced by Django 3.2.25's own functions (see the class comments). */
class DjangoNamesTest {
  private static final OptionalInt POSTGRES = OptionalInt.of(63);
  private static final OptionalInt SQLITE = OptionalInt.empty();

  @Test
  void defaultTableNameIsAppLabelAndLowercasedClass() {
    assertThat(DjangoNames.defaultTableName("constituents", "BMParliamentMember", POSTGRES))
        .isEqualTo("constituents_bmparliamentmember");
    assertThat(DjangoNames.defaultTableName("welfare_aid", "Grant", SQLITE))
        .isEqualTo("welfare_aid_grant");
  }

  @Test
  void truncateNameHashesTheWholeNameAsDjangoDoes() {
    // django.db.backends.utils.truncate_name(name, 63) and (…, 30)
    assertThat(
            DjangoNames.truncateName(
                "constituents_verylongmodelnamethatkeepsgoingandgoingandthe_constituencies",
                POSTGRES))
        .isEqualTo("constituents_verylongmodelnamethatkeepsgoingandgoingandthe_f775")
        .hasSize(63);
    assertThat(DjangoNames.truncateName("constituents_bmparliamentmember", OptionalInt.of(30)))
        .isEqualTo("constituents_bmparliamentm7f7d");
  }

  @Test
  void truncateNameLeavesShortNamesAndUnlimitedBackendsAlone() {
    assertThat(DjangoNames.truncateName("a".repeat(63), POSTGRES)).isEqualTo("a".repeat(63));
    assertThat(DjangoNames.truncateName("a".repeat(300), SQLITE)).isEqualTo("a".repeat(300));
  }

  @Test
  void truncateNameKeepsTheNamespace() {
    String long64 = "b".repeat(64);
    assertThat(DjangoNames.truncateName("\"schema\".\"" + long64 + "\"", POSTGRES))
        .startsWith("\"schema\".\"" + "b".repeat(59))
        .endsWith("\"")
        .hasSize("\"schema\".\"\"".length() + 63);
  }

  @ParameterizedTest
  @CsvSource({
    "BMParliamentMember, bm parliament member",
    "HTTPResponseCode, http response code",
    "OAuth2Token, o auth2 token",
    "MyURLConfig2, my url config2",
    "Student, student",
    "ABC, abc",
    "aB, a b"
  })
  void verboseNameFollowsCamelCaseToSpaces(String objectName, String expected) {
    assertThat(DjangoNames.verboseName(objectName)).isEqualTo(expected);
  }

  @Test
  void autoManyToManyNamesFollowTheOwnersTableAndModelNames() {
    assertThat(DjangoNames.autoManyToManyTable("constituents_bmparliamentmember", "tags", POSTGRES))
        .isEqualTo("constituents_bmparliamentmember_tags");
    assertThat(DjangoNames.autoManyToManyColumns("BMParliamentMember", "Tag"))
        .containsExactly("bmparliamentmember_id", "tag_id");
    assertThat(DjangoNames.autoManyToManyColumns("BMParliamentMember", "BMParliamentMember"))
        .containsExactly("from_bmparliamentmember_id", "to_bmparliamentmember_id");
    assertThat(DjangoNames.autoManyToManyThroughName("BMParliamentMember", "tags"))
        .isEqualTo("BMParliamentMember_tags");
  }

  @Test
  void permissionCodenamesAndNames() {
    assertThat(
            DjangoNames.DEFAULT_PERMISSION_ACTIONS.stream()
                .map(action -> DjangoNames.permissionCodename(action, "BMParliamentMember"))
                .toList())
        .containsExactly(
            "add_bmparliamentmember",
            "change_bmparliamentmember",
            "delete_bmparliamentmember",
            "view_bmparliamentmember");
    assertThat(DjangoNames.permissionName("change", "bm parliament member"))
        .isEqualTo("Can change bm parliament member");
  }

  @Test
  void reverseNamesUseRelatedNameThenModelName() {
    assertThat(DjangoNames.reverseAccessor("AttendanceRecord", null, false))
        .isEqualTo("attendancerecord_set");
    assertThat(DjangoNames.reverseAccessor("EmergencyContact", "", true))
        .isEqualTo("emergencycontact");
    assertThat(DjangoNames.reverseAccessor("Course", "enrolled_courses", false))
        .isEqualTo("enrolled_courses");
    assertThat(DjangoNames.reverseQueryName("Course", "enrolled_courses", null))
        .isEqualTo("enrolled_courses");
    assertThat(DjangoNames.reverseQueryName("Course", "enrolled_courses", "course"))
        .isEqualTo("course");
    assertThat(DjangoNames.reverseQueryName("Guardian", null, null)).isEqualTo("guardian");
    assertThat(DjangoNames.isHiddenRelatedName("+")).isTrue();
    assertThat(DjangoNames.isHiddenRelatedName("chief+")).isTrue();
    assertThat(DjangoNames.isHiddenRelatedName("chiefs")).isFalse();
  }

  @Test
  void relatedNamePlaceholdersTakeTheConcreteClass() {
    assertThat(DjangoNames.formatRelatedName("%(app_label)s_%(class)s_set", "Fees", "Invoice"))
        .isEqualTo("fees_invoice_set");
    assertThat(DjangoNames.formatRelatedName("%(model_name)s+", "fees", "Payment"))
        .isEqualTo("payment+");
  }

  @Test
  void derivedUrlAndTemplateNames() {
    assertThat(DjangoNames.adminUrlNames("constituents", "BMParliamentMember"))
        .contains("admin:constituents_bmparliamentmember_changelist")
        .hasSize(5);
    assertThat(DjangoNames.genericViewTemplateNames("constituents", "BMParliamentMember"))
        .contains(
            "constituents/bmparliamentmember_list.html",
            "constituents/bmparliamentmember_detail.html",
            "constituents/bmparliamentmember_confirm_delete.html");
    assertThat(DjangoNames.adminTemplateNames("constituents", "BMParliamentMember"))
        .contains("admin/constituents/bmparliamentmember/change_form.html");
    assertThat(DjangoNames.parentLinkField("BMParliamentMember"))
        .isEqualTo("bmparliamentmember_ptr");
  }

  @Test
  void indexNamesMatchDjangosCreateIndexName() {
    // BaseDatabaseSchemaEditor._create_index_name in Django 3.2.25 with max_name_length 63
    assertThat(
            DjangoNames.indexName("constituents_bmparliamentmember", List.of("name"), "", POSTGRES))
        .isEqualTo("constituents_bmparliamentmember_name_9095b7d8");
    assertThat(
            DjangoNames.indexName(
                "constituents_bmparliamentmember", List.of("name"), "_like", POSTGRES))
        .isEqualTo("constituents_bmparliamentmember_name_9095b7d8_like");
    assertThat(
            DjangoNames.indexName(
                "constituents_constituency",
                List.of("member_id"),
                DjangoNames.foreignKeySuffix("constituents_bmparliamentmember", "id"),
                POSTGRES))
        .isEqualTo("constituents_constit_member_id_d3ffd51e_fk_constitue");
    assertThat(
            DjangoNames.indexName(
                "constituents_student",
                List.of("mentor_id"),
                DjangoNames.foreignKeySuffix("constituents_student", "id"),
                POSTGRES))
        .isEqualTo("constituents_student_mentor_id_1a87acac_fk_constitue");
    assertThat(
            DjangoNames.indexName(
                "constituents_bmparliamentmember_tags",
                List.of("bmparliamentmember_id", "tag_id"),
                "_uniq",
                POSTGRES))
        .isEqualTo("constituents_bmparliamen_bmparliamentmember_id_ta_67b129a0_uniq");
  }

  @Test
  void indexNamesOnSqliteAllowTwoHundredCharactersAndNeverStartWithADigit() {
    String table = "x".repeat(150);
    String column = "y".repeat(80);
    assertThat(DjangoNames.indexName(table, List.of(column), "_uniq", SQLITE))
        .isEqualTo("x".repeat(92) + "_" + "y".repeat(80) + "_61d47fe6_uniq");
    assertThat(
            DjangoNames.indexName("1abc".repeat(30), List.of("col"), "_uniq", OptionalInt.of(30)))
        .isEqualTo("D1abc1abc1_col_63245b9f_");
  }

  // create_many_to_many_intermediary_model names the through model's foreign keys; the columns
  // below are what Django 3.2.x's field.m2m_column_name() and m2m_reverse_name() give for the
  // same models declared with the old and with the new class name.
  @Test
  void aManyToManyToTheRenamedModelRenamesOnlyItsColumn() {
    assertThat(
            DjangoNames.autoManyToManyColumnRenames(
                "Committee", "BMParliamentMember", "Committee", "Student"))
        .containsExactly(java.util.Map.entry("bmparliamentmember_id", "student_id"));
  }

  @Test
  void theRenamedModelsOwnManyToManyRenamesItsOwnerColumn() {
    assertThat(
            DjangoNames.autoManyToManyColumnRenames("BMParliamentMember", "Tag", "Student", "Tag"))
        .containsExactly(java.util.Map.entry("bmparliamentmember_id", "student_id"));
  }

  @Test
  void aSelfManyToManyRenamesBothColumns() {
    assertThat(
            DjangoNames.autoManyToManyColumnRenames(
                "BMParliamentMember", "BMParliamentMember", "Student", "Student"))
        .containsExactly(
            java.util.Map.entry("from_bmparliamentmember_id", "from_student_id"),
            java.util.Map.entry("to_bmparliamentmember_id", "to_student_id"));
  }

  @Test
  void aLookAlikeColumnIsLeftAlone() {
    // XBMParliamentMember.members = ManyToManyField(BMParliamentMember): xbmparliamentmember_id
    // names the owner, which keeps its name
    assertThat(
            DjangoNames.autoManyToManyColumnRenames(
                "XBMParliamentMember", "BMParliamentMember", "XBMParliamentMember", "Student"))
        .containsExactly(java.util.Map.entry("bmparliamentmember_id", "student_id"));
    assertThat(DjangoNames.autoManyToManyColumnRenames("Committee", "Tag", "Committee", "Tag"))
        .isEmpty();
  }

  @Test
  void sameNamedModelsOfTwoAppsLoseTheirFromToPrefixes() {
    // archive.BMParliamentMember.current = ManyToManyField('constituents.BMParliamentMember')
    assertThat(
            DjangoNames.autoManyToManyColumnRenames(
                "BMParliamentMember", "BMParliamentMember", "BMParliamentMember", "Student"))
        .containsExactly(
            java.util.Map.entry("from_bmparliamentmember_id", "bmparliamentmember_id"),
            java.util.Map.entry("to_bmparliamentmember_id", "student_id"));
  }

  /** Index.set_name_with_model, against names Django 3.2 gave. */
  @Test
  void anUnnamedIndexIsNamedAfterTheTableItsColumnsAndSuffix() {
    // guardian's own migration 0001 names its Meta index so
    assertThat(
            DjangoNames.autoIndexName(
                "guardian_userobjectpermission", List.of("content_type_id", "object_pk"), "idx"))
        .isEqualTo("guardian_us_content_179ed2_idx");
    // the rest computed by Django 3.2 for models so declared
    assertThat(
            DjangoNames.autoIndexName(
                "guardian_usergrant", List.of("content_type_id", "object_pk"), "idx"))
        .isEqualTo("guardian_us_content_4c8e4c_idx");
    assertThat(DjangoNames.autoIndexName("shop_store", List.of("-opened", "name"), "idx"))
        .isEqualTo("shop_store_opened_acb30b_idx");
    assertThat(DjangoNames.autoIndexName("9lives", List.of("name"), "idx"))
        .isEqualTo("Dlives_name_0b7e15_idx");
  }

  /** django.contrib's models that name their table; others, and project models, get the default. */
  @Test
  void anUndeclaredContribModelHasTheTableItsMetaNames() {
    assertThat(DjangoNames.undeclaredTableName("sites", "Site", OptionalInt.empty()))
        .isEqualTo("django_site");
    assertThat(DjangoNames.undeclaredTableName("contenttypes", "ContentType", OptionalInt.empty()))
        .isEqualTo("django_content_type");
    assertThat(DjangoNames.undeclaredTableName("admin", "LogEntry", OptionalInt.empty()))
        .isEqualTo("django_admin_log");
    assertThat(DjangoNames.undeclaredTableName("auth", "User", OptionalInt.empty()))
        .isEqualTo("auth_user");
    assertThat(DjangoNames.undeclaredTableName("shop", "Site", OptionalInt.empty()))
        .isEqualTo("shop_site");
  }
}
