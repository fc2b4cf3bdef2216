package org.migplan.core.plan;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.migplan.core.django.ClassNamedIndex;
import org.migplan.core.django.DjangoVersion;
import org.migplan.core.django.Relation;
import org.migplan.core.django.RelationKind;
import org.migplan.core.model.EngineTraits;
import org.migplan.core.model.ModelLabel;

/** Plain-record rename shapes for planner tests (no database, no files). */
public final class Shapes {
  public static final ModelLabel MEMBER = ModelLabel.parse("constituents.BMParliamentMember");

  private Shapes() {}

  /** The shape of django-rename-facts.md §3.4, as the sources declare it. */
  public static List<Relation> exampleRelations() {
    return List.of(
        relation(
            "constituents.Constituency",
            "member",
            RelationKind.FOREIGN_KEY,
            "",
            "constituents_constituency",
            "member_id",
            false),
        relation(
            "constituents.Constituency",
            "chief",
            RelationKind.ONE_TO_ONE,
            "+",
            "constituents_constituency",
            "chief_id",
            false),
        relation(
            "constituents.BMParliamentMember",
            "mentor",
            RelationKind.FOREIGN_KEY,
            "",
            "constituents_bmparliamentmember",
            "mentor_id",
            false),
        relation(
            "constituents.BMParliamentMember",
            "tags",
            RelationKind.MANY_TO_MANY,
            "",
            "constituents_bmparliamentmember_tags",
            "bmparliamentmember_id",
            true),
        relation(
            "oth.Committee",
            "members",
            RelationKind.MANY_TO_MANY,
            "",
            "oth_committee_members",
            "bmparliamentmember_id",
            true),
        relation(
            "oth.Committee",
            "chair",
            RelationKind.FOREIGN_KEY,
            "+",
            "oth_committee",
            "chair_id",
            false));
  }

  public static Relation relation(
      String declaring,
      String field,
      RelationKind kind,
      String relatedName,
      String table,
      String column,
      boolean autoThrough) {
    return new Relation(
        declaring,
        field,
        kind,
        relatedName,
        table,
        column,
        "id",
        autoThrough,
        false,
        OptionalLong.empty(),
        "",
        "",
        "");
  }

  /** {@code base} with some facts changed: each setter replaces one, {@code build} makes it. */
  static final class Variant {
    private final SourceFacts base;
    private String swappableSetting;
    private Boolean pendingModelChanges;
    private List<String> pendingChanges;
    private List<String> migrationLeaves;
    private List<String> renameClashes;
    private List<ClassNamedIndex> classNamedIndexes;
    private List<org.migplan.core.django.RelatedNameChange> relatedNameChanges;

    private Variant(SourceFacts base) {
      this.base = base;
      this.swappableSetting = base.swappableSetting();
      this.pendingModelChanges = base.pendingModelChanges();
      this.pendingChanges = base.pendingChanges();
      this.migrationLeaves = base.migrationLeaves();
      this.renameClashes = base.renameClashes();
      this.classNamedIndexes = base.classNamedIndexes();
      this.relatedNameChanges = base.relatedNameChanges();
    }

    Variant relatedNameChanges(List<org.migplan.core.django.RelatedNameChange> changes) {
      relatedNameChanges = changes;
      return this;
    }

    Variant indexes(List<ClassNamedIndex> indexes) {
      classNamedIndexes = indexes;
      return this;
    }

    Variant swappable(String setting) {
      swappableSetting = setting;
      return this;
    }

    Variant pending(List<String> changes) {
      pendingModelChanges = true;
      pendingChanges = changes;
      return this;
    }

    Variant leaves(List<String> leaves) {
      migrationLeaves = leaves;
      return this;
    }

    Variant clashes(List<String> clashes) {
      renameClashes = clashes;
      return this;
    }

    SourceFacts build() {
      return new SourceFacts(
          base.modelLocation(),
          base.dbTable(),
          base.verboseName(),
          base.managed(),
          base.proxy(),
          swappableSetting,
          base.mtiParents(),
          base.mtiChildren(),
          base.proxies(),
          classNamedIndexes,
          base.relations(),
          base.references(),
          base.migrationsDirectory(),
          base.migrations(),
          pendingModelChanges,
          base.scanned(),
          base.relatedApps(),
          base.verboseNamePlural(),
          base.historicalModels(),
          pendingChanges,
          migrationLeaves,
          renameClashes,
          relatedNameChanges);
    }
  }

  static Variant variant(SourceFacts base) {
    return new Variant(base);
  }

  public static SourceFacts source(
      List<Relation> relations, List<String> children, String dbTable) {
    return new SourceFacts(
        "constituents/models.py:10",
        dbTable,
        "",
        true,
        false,
        "",
        List.of(),
        children,
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
                "constituents/views.py", 12, "view_model", "model = BMParliamentMember", true),
            new CodeReference(
                "constituents/admin.py",
                1,
                "import",
                "from .models import BMParliamentMember",
                true),
            new CodeReference(
                "constituents/migrations/0001_initial.py",
                20,
                "migration",
                "name='BMParliamentMember'",
                false)),
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

  public static DatabaseFacts database(EngineTraits engine, String table) {
    return new DatabaseFacts(
        "postgresql://app@db:5432/madaris",
        engine,
        new TableFacts(table, 1_200_000, OptionalLong.of(400L * 1024 * 1024), true),
        new TableSchema(
            table,
            List.of(
                new ColumnFacts("id", "integer", false, "nextval('seq'::regclass)", true),
                new ColumnFacts("name", "character varying(100)", false, "", false)),
            List.of(table + "_pkey: PRIMARY KEY (id)"),
            List.of()),
        List.of(
            new TableFacts("constituents_constituency", 3_000, OptionalLong.of(1_000_000), true),
            new TableFacts("oth_committee_members", 50_000, OptionalLong.of(5_000_000), true),
            new TableFacts(
                "constituents_bmparliamentmember_tags", 10, OptionalLong.of(8192), true)),
        List.of(
            relation(
                    "constituents.Constituency",
                    "member",
                    RelationKind.FOREIGN_KEY,
                    "",
                    "constituents_constituency",
                    "member_id",
                    false)
                .withRows(2_900)),
        OptionalLong.of(7),
        false,
        List.of(
            new PermissionFacts("change_bmparliamentmember", 2, 1),
            new PermissionFacts("view_bmparliamentmember", 1, 0)),
        12,
        40,
        List.of("0001_initial", "0002_tags"),
        false,
        List.of());
  }

  public static PlanInput input(
      String version, SourceFacts source, Optional<DatabaseFacts> database, EngineTraits engine) {
    return new PlanInput(
        MEMBER,
        "Student",
        DjangoVersion.parse(version),
        "--django-version",
        source,
        database,
        Optional.empty(),
        Optional.empty(),
        engine,
        List.of());
  }
}
