package org.migplan.core.database;

import java.util.Objects;

/** The model's row in {@code django_content_type}. */
public record ContentType(long id, String appLabel, String model) {
  public ContentType {
    Objects.requireNonNull(appLabel, "appLabel");
    Objects.requireNonNull(model, "model");
  }
}
