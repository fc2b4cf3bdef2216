package org.migplan.core.database;

import java.util.Locale;

/** How a table points at the model's table. */
public enum RelationKind {
  /** A plain foreign key from another table. */
  FOREIGN_KEY,
  /** A many-to-many join table: only two foreign keys besides its primary key, unique together. */
  M2M_TABLE,
  /** A multi-table-inheritance child: its primary key is a foreign key to the model's table. */
  MTI_CHILD,
  /** A foreign key from the model's table to itself. */
  SELF,
  /** A (content type, object id) pair naming the model's content type. */
  GENERIC;

  /** The name in reports and JSON: {@code foreign_key}, {@code m2m_table}, … */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
