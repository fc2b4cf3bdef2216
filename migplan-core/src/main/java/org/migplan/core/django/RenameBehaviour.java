package org.migplan.core.django;

import java.util.Objects;

/**
 * What {@code RenameModel} does in a given Django release, per {@code django-rename-facts.md} §3.
 * Each method names the section it follows.
 */
public record RenameBehaviour(DjangoVersion version) {
  public RenameBehaviour {
    Objects.requireNonNull(version, "version");
  }

  /**
   * §3.6: whether Django itself renames the default permission codenames on RenameModel. Only 6.1
   * and later do (6.0.0 did through RenamePermission; 6.0.1 reverted it).
   */
  public boolean djangoRenamesPermissions() {
    return version.atLeast(6, 1) || (version.isFeatureRelease(6, 0) && version.patch() == 0);
  }

  /** Whether the generated migration must carry the permission-renaming RunPython. */
  public boolean migrationRenamesPermissions() {
    return !djangoRenamesPermissions();
  }

  /**
   * §3.3: whether incoming foreign keys are dropped and re-added (a validating scan of every
   * referencing table). Always when the table name changes; with an explicit {@code db_table} only
   * before 5.0.
   */
  public boolean reAddsIncomingForeignKeys(boolean tableNameChanges) {
    return tableNameChanges || !version.atLeast(5, 0);
  }

  /**
   * §1.4: an index named with {@code %(class)s} is renamed in place ({@code RenameIndex}, 4.1 and
   * later) rather than dropped and rebuilt ({@code RemoveIndex} + {@code AddIndex}, 3.2).
   */
  public boolean renamesIndexesInPlace() {
    return version.atLeast(4, 1);
  }

  /**
   * Whether RenameModel alters each field pointing at the model on the related model as the old
   * state renders it (before 5.2; Django 5.2 takes it from the new state). On SQLite each such
   * alteration rebuilds the related table from that model, so a table with two keys to the renamed
   * model gets the other one pointed back at the old table: migrate then fails its foreign key
   * check on a database with rows, and on an empty one leaves a key to a table that no longer
   * exists. Seen with Django 3.2 and 4.2; 5.2 renames cleanly.
   */
  public boolean altersRelatedFieldsOnOldState() {
    return !version.atLeast(5, 2);
  }

  /**
   * §3.7c: whether makemigrations writes the hidden {@code related_name} of a symmetrical self
   * many-to-many into migrations (3.2 and earlier), so a rename of such a model is never detected.
   */
  public boolean writesHiddenSymmetricalRelatedName() {
    return !version.atLeast(4, 0);
  }

  /**
   * The latest {@code auth} migration present in every release from this one on, which a RunPython
   * touching {@code auth.Permission} depends on.
   */
  public String authDependency() {
    return version.atLeast(3, 1)
        ? "0012_alter_user_first_name_max_length"
        : "0011_update_proxy_permissions";
  }
}
