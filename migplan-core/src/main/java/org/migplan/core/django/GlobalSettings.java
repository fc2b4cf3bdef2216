package org.migplan.core.django;

import java.util.Objects;

/**
 * The values {@code django/conf/global_settings.py} gives the settings a project leaves unset.
 * These are not what {@code startproject}'s template writes ({@code USE_TZ = True}, {@code
 * TIME_ZONE = 'UTC'}): a project whose settings omit them runs with Django's own defaults.
 */
public record GlobalSettings(DjangoVersion version) {
  /**
   * The oldest release migplan supports, whose defaults apply when the project's version is
   * unknown.
   */
  public static final DjangoVersion OLDEST_SUPPORTED = new DjangoVersion(3, 2, -1);

  public GlobalSettings {
    Objects.requireNonNull(version, "version");
  }

  /**
   * {@code USE_TZ}: {@code False} up to 4.2, {@code True} from 5.0 (4.x warned that the default
   * would change; 5.0 changed it).
   */
  public boolean useTz() {
    return version.atLeast(5, 0);
  }

  /** {@code TIME_ZONE}: {@code 'America/Chicago'} in every release since time zones came in. */
  public String timeZone() {
    return "America/Chicago";
  }
}
