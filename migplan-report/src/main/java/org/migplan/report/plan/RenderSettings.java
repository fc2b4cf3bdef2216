package org.migplan.report.plan;

import java.util.Objects;

/**
 * What a rendering depends on besides the plan, fixed in tests.
 *
 * @param generator e.g. {@code migplan 0.1.0}
 * @param generatedOn the date written into the documents, {@code YYYY-MM-DD}
 * @param projectFromOutput the project root relative to the output directory, e.g. {@code ../../..}
 */
public record RenderSettings(String generator, String generatedOn, String projectFromOutput) {
  public RenderSettings {
    Objects.requireNonNull(generator, "generator");
    Objects.requireNonNull(generatedOn, "generatedOn");
    Objects.requireNonNull(projectFromOutput, "projectFromOutput");
  }
}
