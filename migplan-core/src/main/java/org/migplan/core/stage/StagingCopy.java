package org.migplan.core.stage;

import java.util.List;
import java.util.Objects;
import org.migplan.core.backup.TableComparison;

/**
 * A staging copy migplan made, and how it compared with the source.
 *
 * @param source the source database (without password)
 * @param target the staging database (without password)
 * @param method how it was copied: {@code template}, {@code pg_dump|pg_restore}, {@code
 *     sqlite-online-backup}
 * @param verified whether every table has the source's row count and checksum
 * @param tables per-table comparison, sorted
 * @param problems what differs
 */
public record StagingCopy(
    String source,
    String target,
    String method,
    boolean verified,
    List<TableComparison> tables,
    List<String> problems) {
  public StagingCopy {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(method, "method");
    tables = List.copyOf(tables);
    problems = List.copyOf(problems);
    if (verified && !problems.isEmpty()) {
      throw new IllegalArgumentException("a copy with problems cannot be verified");
    }
  }
}
