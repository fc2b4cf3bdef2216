package org.migplan.core.plan;

import java.util.Objects;

/**
 * A permission row of the model's content type and who holds it.
 *
 * @param codename e.g. {@code change_bmparliamentmember}
 * @param groupGrants rows in {@code auth_group_permissions}
 * @param userGrants rows in {@code auth_user_user_permissions}
 */
public record PermissionFacts(String codename, long groupGrants, long userGrants) {
  public PermissionFacts {
    Objects.requireNonNull(codename, "codename");
  }

  public long grants() {
    return groupGrants + userGrants;
  }
}
