package org.migplan.core.naming;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Django's naming rules as pure functions, reproduced from Django's source (3.2 to 6.1 where they
 * agree; see {@code django-rename-facts.md} §1 and §2). These names are what a model rename
 * touches.
 */
public final class DjangoNames {
  /** {@code default_permissions} when {@code Meta.default_permissions} is not set. */
  public static final List<String> DEFAULT_PERMISSION_ACTIONS =
      List.of("add", "change", "delete", "view");

  private static final Pattern CAMEL_BOUNDARY =
      Pattern.compile("((?<=[a-z])[A-Z]|[A-Z](?![A-Z]|$))");
  private static final int SQLITE_INDEX_NAME_LENGTH = 200;

  private DjangoNames() {}

  /** {@code Options.model_name}: the class name lowercased. */
  public static String modelName(String objectName) {
    return objectName.toLowerCase(Locale.ROOT);
  }

  /**
   * {@code Options.db_table} when {@code Meta.db_table} is not set: {@code
   * truncate_name("{app_label}_{model_name}", max_len)}.
   */
  public static String defaultTableName(
      String appLabel, String objectName, OptionalInt maxNameLength) {
    return truncateName(appLabel + "_" + modelName(objectName), maxNameLength);
  }

  /**
   * The tables django.contrib's models name in their Meta ({@code db_table}, the same from Django
   * 3.2 to 5.x), for a model whose source is not in the project.
   */
  private static final java.util.Map<String, String> CONTRIB_TABLES =
      java.util.Map.of(
          "admin.LogEntry", "django_admin_log",
          "contenttypes.ContentType", "django_content_type",
          "flatpages.FlatPage", "django_flatpage",
          "redirects.Redirect", "django_redirect",
          "sessions.Session", "django_session",
          "sites.Site", "django_site");

  /**
   * The table of a model whose declaration migplan has not read: the one a django.contrib model
   * names in its Meta, else {@link #defaultTableName}.
   */
  public static String undeclaredTableName(
      String appLabel, String objectName, OptionalInt maxNameLength) {
    String contrib = CONTRIB_TABLES.get(appLabel + "." + objectName);
    return contrib != null ? contrib : defaultTableName(appLabel, objectName, maxNameLength);
  }

  /**
   * {@code django.db.backends.utils.truncate_name} with the default hash length of 4: a name longer
   * than {@code length} keeps its first {@code length - 4} characters followed by the first four
   * hex digits of the md5 of the whole name. A {@code "namespace"."name"} keeps its namespace.
   */
  public static String truncateName(String identifier, OptionalInt length) {
    String namespace = "";
    String name = identifier;
    int split = identifier.indexOf("\".\"");
    if (identifier.startsWith("\"") && identifier.endsWith("\"") && split > 0) {
      namespace = identifier.substring(1, split);
      name = identifier.substring(split + 3, identifier.length() - 1);
    }
    if (length.isEmpty() || name.length() <= length.getAsInt()) {
      return identifier;
    }
    int hashLength = 4;
    String shortened = name.substring(0, length.getAsInt() - hashLength) + md5(name, hashLength);
    return namespace.isEmpty() ? shortened : "\"" + namespace + "\".\"" + shortened + "\"";
  }

  /**
   * The table of an auto-created many-to-many (no {@code through=}, no {@code db_table=}): {@code
   * truncate_name("{owner db_table}_{field name}", max_len)}. It follows the owner's table, not its
   * class name.
   */
  public static String autoManyToManyTable(
      String ownerTable, String fieldName, OptionalInt maxNameLength) {
    return truncateName(stripQuotes(ownerTable) + "_" + fieldName, maxNameLength);
  }

  /**
   * The two columns of an auto-created many-to-many table: {@code {owner model_name}_id} and {@code
   * {target model_name}_id}, or {@code from_{m}_id} and {@code to_{m}_id} when a model points at
   * itself.
   */
  public static List<String> autoManyToManyColumns(
      String ownerObjectName, String targetObjectName) {
    String owner = modelName(ownerObjectName);
    String target = modelName(targetObjectName);
    if (owner.equals(target)) {
      return List.of("from_" + owner + "_id", "to_" + target + "_id");
    }
    return List.of(owner + "_id", target + "_id");
  }

  /**
   * The columns of an auto-created many-to-many table that renaming one or both of its models
   * changes, old name to new, in the table's column order. Django's {@code
   * create_many_to_many_intermediary_model} names the through model's two foreign keys after the
   * owner's and the target's model names ({@code from_}/{@code to_} when these are equal), and
   * {@code RenameModel} alters both to what the renamed models give ({@code schema_editor
   * .alter_field} on {@code m2m_field_name()} and {@code m2m_reverse_field_name()}).
   *
   * @param owner the object name of the model declaring the field, before
   * @param target the object name of the model it points at, before
   * @param ownerAfter the owner's object name after the rename (the same when it is not renamed)
   * @param targetAfter the target's object name after the rename
   */
  public static Map<String, String> autoManyToManyColumnRenames(
      String owner, String target, String ownerAfter, String targetAfter) {
    List<String> before = autoManyToManyColumns(owner, target);
    List<String> after = autoManyToManyColumns(ownerAfter, targetAfter);
    Map<String, String> renames = new LinkedHashMap<>();
    for (int i = 0; i < before.size(); i++) {
      if (!before.get(i).equals(after.get(i))) {
        renames.put(before.get(i), after.get(i));
      }
    }
    return Collections.unmodifiableMap(renames);
  }

  /** The auto-created through model's class name: {@code {Owner}_{field}}. */
  public static String autoManyToManyThroughName(String ownerObjectName, String fieldName) {
    return ownerObjectName + "_" + fieldName;
  }

  /** {@code auth.get_permission_codename}: {@code {action}_{model_name}}. */
  public static String permissionCodename(String action, String objectName) {
    return action + "_" + modelName(objectName);
  }

  /** The default permission's name: {@code Can {action} {verbose_name_raw}}. */
  public static String permissionName(String action, String verboseName) {
    return "Can " + action + " " + verboseName;
  }

  /**
   * {@code django.utils.text.camel_case_to_spaces}, which gives the implicit {@code verbose_name}:
   * a space before a capital that follows a lowercase letter, or before a capital followed by a
   * lowercase letter; then stripped and lowercased. {@code BMParliamentMember} becomes "bm
   * parliament member".
   */
  public static String verboseName(String objectName) {
    return CAMEL_BOUNDARY.matcher(objectName).replaceAll(" $1").strip().toLowerCase(Locale.ROOT);
  }

  /**
   * The reverse accessor Django adds to a relation's target: the {@code related_name}, else {@code
   * {declaring model_name}_set} for a foreign key or many-to-many, {@code {declaring model_name}}
   * for a one-to-one.
   */
  public static String reverseAccessor(
      String declaringObjectName, String relatedName, boolean oneToOne) {
    if (relatedName != null && !relatedName.isEmpty()) {
      return relatedName;
    }
    return oneToOne ? modelName(declaringObjectName) : modelName(declaringObjectName) + "_set";
  }

  /**
   * The reverse query name used in lookups on the target: {@code related_query_name}, else {@code
   * related_name}, else the declaring model's {@code model_name}.
   */
  public static String reverseQueryName(
      String declaringObjectName, String relatedName, String relatedQueryName) {
    if (relatedQueryName != null && !relatedQueryName.isEmpty()) {
      return relatedQueryName;
    }
    if (relatedName != null && !relatedName.isEmpty()) {
      return relatedName;
    }
    return modelName(declaringObjectName);
  }

  /** Whether a {@code related_name} hides the reverse relation ({@code '+'} or ending in it). */
  public static boolean isHiddenRelatedName(String relatedName) {
    return relatedName != null && relatedName.endsWith("+");
  }

  /**
   * Fills the placeholders Django allows in {@code related_name}: {@code %(class)s}, {@code
   * %(model_name)s} (both the concrete class's name lowercased) and {@code %(app_label)s}
   * (lowercased).
   */
  public static String formatRelatedName(String template, String appLabel, String objectName) {
    String lowerClass = modelName(objectName);
    return template
        .replace("%(class)s", lowerClass)
        .replace("%(model_name)s", lowerClass)
        .replace("%(app_label)s", appLabel.toLowerCase(Locale.ROOT));
  }

  /** The MTI child's parent link field: {@code {parent model_name}_ptr}. */
  public static String parentLinkField(String parentObjectName) {
    return modelName(parentObjectName) + "_ptr";
  }

  /** The admin's URL names for a registered model, in the order the admin declares them. */
  public static List<String> adminUrlNames(String appLabel, String objectName) {
    String prefix = "admin:" + appLabel + "_" + modelName(objectName) + "_";
    return List.of("changelist", "add", "history", "delete", "change").stream()
        .map(view -> prefix + view)
        .toList();
  }

  /** Template paths the admin looks up first for a model ({@code admin/{app}/{model}/…}). */
  public static List<String> adminTemplateNames(String appLabel, String objectName) {
    String directory = "admin/" + appLabel + "/" + modelName(objectName) + "/";
    return List.of(
            "change_form",
            "change_list",
            "delete_confirmation",
            "delete_selected_confirmation",
            "object_history",
            "popup_response")
        .stream()
        .map(name -> directory + name + ".html")
        .toList();
  }

  /** The generic class-based views' default template names ({@code {app}/{model}{suffix}.html}). */
  public static List<String> genericViewTemplateNames(String appLabel, String objectName) {
    String stem = appLabel + "/" + modelName(objectName);
    return List.of(
            "_archive",
            "_archive_day",
            "_archive_month",
            "_archive_week",
            "_archive_year",
            "_confirm_delete",
            "_detail",
            "_form",
            "_list")
        .stream()
        .map(suffix -> stem + suffix + ".html")
        .toList();
  }

  /**
   * {@code BaseDatabaseSchemaEditor._create_index_name}: the name Django gives an index or
   * constraint it creates (for {@code db_index}, foreign keys, {@code unique_together}).
   *
   * @param maxNameLength the backend's {@code max_name_length()}; empty means 200 (SQLite)
   */
  public static String indexName(
      String table, List<String> columns, String suffix, OptionalInt maxNameLength) {
    String bareTable = stripNamespace(table);
    String hash = md5(bareTable + String.join("", columns), 8);
    String part = hash + suffix;
    int max = maxNameLength.orElse(SQLITE_INDEX_NAME_LENGTH);
    String joined = String.join("_", columns);
    String name = bareTable + "_" + joined + "_" + part;
    if (name.length() <= max) {
      return name;
    }
    if (part.length() > max / 3) {
      part = part.substring(0, max / 3);
    }
    int each = (max - part.length()) / 2 - 1;
    name = prefix(bareTable, each) + "_" + prefix(joined, each) + "_" + part;
    if (name.startsWith("_") || Character.isDigit(name.charAt(0))) {
      name = "D" + name.substring(0, name.length() - 1);
    }
    return name;
  }

  /**
   * {@code Index.set_name_with_model}: the name Django gives a {@code Meta.indexes} entry written
   * without one, {@code {table[:11]}_{column[:7]}_{digest}_{suffix}}, the digest being the first
   * six hex digits of the md5 of the table, each column (prefixed with {@code -} when descending)
   * and the suffix, concatenated.
   *
   * @param table the model's {@code db_table}
   * @param orderedColumns the indexed columns, {@code -column} for a descending one
   * @param suffix the index class's suffix ({@code idx} for {@code Index}, {@code gin}, ...)
   */
  public static String autoIndexName(String table, List<String> orderedColumns, String suffix) {
    String bareTable = stripNamespace(table);
    String digest = md5(bareTable + String.join("", orderedColumns) + suffix, 6);
    String first = orderedColumns.get(0);
    first = first.startsWith("-") ? first.substring(1) : first;
    String name = prefix(bareTable, 11) + "_" + prefix(first, 7) + "_" + digest + "_" + suffix;
    if (name.startsWith("_") || Character.isDigit(name.charAt(0))) {
      name = "D" + name.substring(1);
    }
    return name;
  }

  /** The suffix Django gives a foreign key constraint: {@code _fk_{to_table}_{to_column}}. */
  public static String foreignKeySuffix(String toTable, String toColumn) {
    return "_fk_" + toTable + "_" + toColumn;
  }

  private static String prefix(String text, int length) {
    return text.length() <= length ? text : text.substring(0, Math.max(length, 0));
  }

  private static String stripQuotes(String table) {
    if (table.length() >= 2 && table.startsWith("\"") && table.endsWith("\"")) {
      return table.substring(1, table.length() - 1);
    }
    return table;
  }

  private static String stripNamespace(String table) {
    int split = table.indexOf("\".\"");
    String bare = split > 0 ? table.substring(split + 3) : table;
    return stripQuotes(bare.startsWith("\"") ? bare : bare.replace("\"", ""));
  }

  static String md5(String text, int hexLength) {
    try {
      byte[] digest =
          MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, hexLength);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no MD5", e);
    }
  }
}
