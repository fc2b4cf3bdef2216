package org.migplan.core.django;

/** The table lock a statement takes (PostgreSQL lock modes; SQLite locks the whole file). */
public enum LockLevel {
  ACCESS_EXCLUSIVE("ACCESS EXCLUSIVE", "no reads, no writes"),
  SHARE_ROW_EXCLUSIVE("SHARE ROW EXCLUSIVE", "reads only"),
  SHARE("SHARE", "reads only"),
  SHARE_UPDATE_EXCLUSIVE("SHARE UPDATE EXCLUSIVE", "reads and writes"),
  ROW_EXCLUSIVE("ROW EXCLUSIVE", "reads and writes (rows touched are locked)"),
  SQLITE_DATABASE_WRITE("database write lock", "one writer; readers see the old state");

  private final String label;
  private final String allows;

  LockLevel(String label, String allows) {
    this.label = label;
    this.allows = allows;
  }

  public String label() {
    return label;
  }

  /** What other sessions can still do while it is held. */
  public String allows() {
    return allows;
  }
}
