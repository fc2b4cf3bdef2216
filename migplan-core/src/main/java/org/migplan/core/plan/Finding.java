package org.migplan.core.plan;

import java.util.Objects;

/**
 * One risk the plan names.
 *
 * @param id a stable identifier, e.g. {@code permission-grants}
 * @param severity how much it matters
 * @param title one line
 * @param evidence the facts that show it, with their numbers
 * @param mitigation what to do about it
 */
public record Finding(
    String id, Severity severity, String title, String evidence, String mitigation) {
  public Finding {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(mitigation, "mitigation");
  }
}
