package org.migplan.core.django;

import java.util.Objects;

/**
 * A field of the renamed model whose {@code related_name} is written with {@code %(class)s} (its
 * own or an abstract base's): the migration state keeps the filled-in name, so the rename migration
 * alters the field to the new one (an AlterField that runs no SQL), written as the app's migration
 * wrote the field with only the related_name changed.
 *
 * @param field the field's name
 * @param newRelatedName the related_name Django fills in after the rename
 * @param call the field as the app's latest migration defining it wrote it, split around its
 *     related_name literal
 */
public record RelatedNameAlteration(
    String field, String newRelatedName, ClassNamedIndex.MigratedCall call) {
  public RelatedNameAlteration {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(newRelatedName, "newRelatedName");
    Objects.requireNonNull(call, "call");
  }
}
