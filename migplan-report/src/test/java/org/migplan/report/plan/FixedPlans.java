package org.migplan.report.plan;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.migplan.core.django.ClassNamedIndex;
import org.migplan.core.django.DjangoVersion;
import org.migplan.core.django.Relation;
import org.migplan.core.django.RelationKind;
import org.migplan.core.model.EngineTraits;
import org.migplan.core.model.ModelLabel;
import org.migplan.core.plan.BackupFacts;
import org.migplan.core.plan.CodeReference;
import org.migplan.core.plan.ColumnFacts;
import org.migplan.core.plan.DatabaseFacts;
import org.migplan.core.plan.PermissionFacts;
import org.migplan.core.plan.Plan;
import org.migplan.core.plan.PlanInput;
import org.migplan.core.plan.Planner;
import org.migplan.core.plan.SourceFacts;
import org.migplan.core.plan.TableFacts;
import org.migplan.core.plan.TableSchema;

/** Fixed plans for golden files: a fixed version, date and facts. */
final class FixedPlans {
  static final RenderSettings SETTINGS =
      new RenderSettings("migplan 0.0.0-test", "2026-01-02", "../../..");

  private FixedPlans() {}

  private static Relation relation(
      String declaring,
      String field,
      RelationKind kind,
      String relatedName,
      String table,
      String column,
      boolean auto,
      String location) {
    return new Relation(
        declaring,
        field,
        kind,
        relatedName,
        table,
        column,
        "id",
        auto,
        false,
        OptionalLong.empty(),
        "",
        location,
        "");
  }

  static SourceFacts source(List<Relation> relations) {
    return new SourceFacts(
        "constituents/models.py:10",
        "",
        "",
        true,
        false,
        "",
        List.of(),
        List.of(),
        List.of(),
        List.of(
            new ClassNamedIndex(
                "%(class)s_ne_idx", List.of("name", "email"), List.of("name", "email"))),
        relations,
        List.of(
            new CodeReference(
                "constituents/admin.py",
                3,
                "admin_register",
                "admin.site.register(BMParliamentMember)",
                true),
            new CodeReference(
                "templates/constituents/list.html",
                4,
                "template_variable",
                "{% for m in bmparliamentmember_list %}",
                true)),
        "constituents/migrations",
        List.of("0001_initial", "0002_tags"),
        null,
        true,
        List.of(),
        "",
        List.of(),
        List.of(),
        List.of("0002_tags"),
        List.of(),
        List.of());
  }

  /** The example's shape on PostgreSQL with Django 3.2, every fact known. */
  static Plan postgres() {
    List<Relation> relations =
        List.of(
            relation(
                "constituents.Constituency",
                "member",
                RelationKind.FOREIGN_KEY,
                "",
                "constituents_constituency",
                "member_id",
                false,
                "constituents/models.py:30"),
            relation(
                "constituents.Constituency",
                "chief",
                RelationKind.ONE_TO_ONE,
                "+",
                "constituents_constituency",
                "chief_id",
                false,
                "constituents/models.py:31"),
            relation(
                "constituents.BMParliamentMember",
                "mentor",
                RelationKind.FOREIGN_KEY,
                "",
                "constituents_bmparliamentmember",
                "mentor_id",
                false,
                "constituents/models.py:12"),
            relation(
                "oth.Committee",
                "members",
                RelationKind.MANY_TO_MANY,
                "",
                "oth_committee_members",
                "bmparliamentmember_id",
                true,
                "otherapp/models.py:8"));
    String table = "constituents_bmparliamentmember";
    DatabaseFacts database =
        new DatabaseFacts(
            "postgresql://app@db:5432/madaris",
            EngineTraits.POSTGRESQL,
            new TableFacts(table, 1234, OptionalLong.of(245_760), true),
            new TableSchema(
                table,
                List.of(
                    new ColumnFacts(
                        "id",
                        "integer",
                        false,
                        "nextval('constituents_bmparliamentmember_id_seq'::regclass)",
                        true),
                    new ColumnFacts("name", "character varying(100)", false, "", false),
                    new ColumnFacts("email", "character varying(254)", true, "", false),
                    new ColumnFacts("mentor_id", "integer", true, "", false)),
                List.of("constituents_bmparliamentmember_pkey: PRIMARY KEY (id)"),
                List.of("bmparliamentmember_ne_idx: CREATE INDEX ON (name, email)")),
            List.of(
                new TableFacts("constituents_constituency", 300, OptionalLong.of(65_536), true),
                new TableFacts("oth_committee_members", 2_000, OptionalLong.of(131_072), true)),
            List.of(
                relation(
                        "",
                        "",
                        RelationKind.FOREIGN_KEY,
                        "",
                        "constituents_constituency",
                        "member_id",
                        false,
                        "")
                    .withRows(290)),
            OptionalLong.of(7),
            false,
            List.of(new PermissionFacts("change_bmparliamentmember", 2, 1)),
            5,
            40,
            List.of("0001_initial", "0002_tags"),
            false,
            List.of());
    PlanInput input =
        new PlanInput(
            ModelLabel.parse("constituents.BMParliamentMember"),
            "Student",
            DjangoVersion.parse("3.2"),
            "requirements.txt: Django ==3.2.25",
            source(relations),
            Optional.of(database),
            Optional.of(
                new BackupFacts(
                    "backups/madaris.dump",
                    true,
                    "restored into a scratch database; 12 tables, counts match",
                    "")),
            Optional.of("postgresql://app@db:5432/madaris_staging"),
            EngineTraits.POSTGRESQL,
            List.of());
    return new Planner("migplan 0.0.0-test").plan(input);
  }

  /** A source-only plan for SQLite with Django 6.1. */
  static Plan sourceOnly() {
    PlanInput input =
        new PlanInput(
            ModelLabel.parse("constituents.BMParliamentMember"),
            "Student",
            DjangoVersion.parse("6.1"),
            "constituents/migrations/0002_tags.py: # Generated by Django 6.1",
            source(List.of()),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            EngineTraits.SQLITE,
            List.of("sources: the full scanner is not available yet; relations were not read"));
    return new Planner("migplan 0.0.0-test").plan(input);
  }
}
