package org.migplan.core.source;

import java.util.Locale;

/** What kind of place in the sources mentions the model. */
public enum ReferenceKind {
  CLASS_DEFINITION,
  RELATION_FIELD,
  IMPORT,
  CLASS_USAGE,
  STRING_LABEL,
  GET_MODEL_CALL,
  FIXTURE_LABEL,
  REVERSE_ACCESSOR,
  REVERSE_QUERY_LOOKUP,
  TEMPLATE_REFERENCE,
  DEFAULT_TEMPLATE_NAME,
  PERMISSION_STRING,
  ADMIN_URL_NAME,
  RAW_SQL_TABLE,
  SIGNAL,
  CONTENT_TYPE_LOOKUP,
  MIGRATION_HISTORICAL,
  TEXT_MENTION;

  /** The kind as written in outputs, e.g. {@code relation_field}. */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
