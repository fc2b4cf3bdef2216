package org.migplan.core.plan;

/** How much a finding matters, lowest first. */
public enum Severity {
  INFO,
  LOW,
  MEDIUM,
  HIGH;

  /** Lowercase, as in {@code --fail-on high}. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** Parses {@code info|low|medium|high} (any case). */
  public static Severity parse(String text) {
    for (Severity severity : values()) {
      if (severity.label().equalsIgnoreCase(text == null ? "" : text.strip())) {
        return severity;
      }
    }
    throw new IllegalArgumentException("not a severity: " + text);
  }
}
