package org.migplan.core.source;

import java.util.Comparator;
import java.util.Objects;

/**
 * A relation declared in the sources that the app's migrations do not produce: {@code
 * makemigrations} would write a migration for it, so a rename's generated migration would come out
 * with more in it than the rename.
 *
 * @param declaration the source declaration
 * @param detail what the migration state has instead
 */
public record PendingMigration(RelationField declaration, String detail) {
  public static final Comparator<PendingMigration> ORDER =
      Comparator.comparing((PendingMigration p) -> p.declaration().file())
          .thenComparingInt(p -> p.declaration().line())
          .thenComparing(p -> p.declaration().field());

  public PendingMigration {
    Objects.requireNonNull(declaration, "declaration");
    Objects.requireNonNull(detail, "detail");
  }

  /** {@code file:line: detail}, as the map and the plan list it. */
  public String located() {
    return declaration.file() + ":" + declaration.line() + ": " + detail;
  }
}
