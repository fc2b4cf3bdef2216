package org.migplan.core.database;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * An {@code auth_permission} row of the model's content type, and the grants using it.
 *
 * @param grants rows per grant table (e.g. {@code auth_group_permissions}, {@code
 *     auth_user_user_permissions}) that hold this permission
 */
public record Permission(long id, String codename, String name, Map<String, Long> grants) {
  public Permission {
    Objects.requireNonNull(codename, "codename");
    name = Objects.requireNonNullElse(name, "");
    grants = Collections.unmodifiableMap(new TreeMap<>(grants));
  }

  /** Grants to groups: rows in grant tables whose name mentions groups. */
  public long groupGrants() {
    return sum(true);
  }

  /** Grants to users: rows in every other grant table. */
  public long userGrants() {
    return sum(false);
  }

  private long sum(boolean groups) {
    return grants.entrySet().stream()
        .filter(e -> e.getKey().contains("group") == groups)
        .mapToLong(Map.Entry::getValue)
        .sum();
  }
}
