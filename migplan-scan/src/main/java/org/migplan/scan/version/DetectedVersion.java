package org.migplan.scan.version;

import java.util.Objects;
import org.migplan.core.django.DjangoVersion;

/**
 * The project's Django version and where it was read.
 *
 * @param version the version (the lowest release a range allows)
 * @param source e.g. {@code requirements/base.txt: Django>=3.2,<4.0}
 */
public record DetectedVersion(DjangoVersion version, String source) {
  public DetectedVersion {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(source, "source");
  }
}
