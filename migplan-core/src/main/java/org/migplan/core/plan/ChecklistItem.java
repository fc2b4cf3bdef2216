package org.migplan.core.plan;

import java.util.Objects;

/**
 * A pre-migration check, ticked only when migplan verified it.
 *
 * @param item what must be true
 * @param verified whether migplan verified it
 * @param how how it was verified, or what is left to do
 */
public record ChecklistItem(String item, boolean verified, String how) {
  public ChecklistItem {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(how, "how");
  }
}
