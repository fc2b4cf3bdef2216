package org.migplan.report;

import java.util.Locale;

/** The file names of the documents {@code migplan plan} writes. */
public final class ArtifactNames {
  public static final String STRATEGY = "MIGRATION_STRATEGY.md";
  public static final String REFERENCES = "foreign_key_references.txt";
  public static final String PLAN_JSON = "plan.json";

  private ArtifactNames() {}

  /** {@code <table>_schema.txt}, with anything but letters, digits, {@code _-.} replaced. */
  public static String schema(String table) {
    return safe(table) + "_schema.txt";
  }

  /** {@code rollback_<new model_name>_migration.sh}. */
  public static String rollbackScript(String newObjectName) {
    return "rollback_" + safe(newObjectName.toLowerCase(Locale.ROOT)) + "_migration.sh";
  }

  /**
   * The default output directory under the project: {@code docs/migplan/<app>-<model>-to-<new>}.
   */
  public static String defaultDirectory(String appLabel, String modelName, String newModelName) {
    return "docs/migplan/"
        + safe(appLabel)
        + "-"
        + safe(modelName.toLowerCase(Locale.ROOT))
        + "-to-"
        + safe(newModelName.toLowerCase(Locale.ROOT));
  }

  private static String safe(String name) {
    return name.replaceAll("[^A-Za-z0-9_.-]", "_");
  }
}
