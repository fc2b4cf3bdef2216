package org.migplan.scan;

import java.nio.file.Path;
import org.migplan.core.ErrorCode;
import org.migplan.core.MigplanException;
import org.migplan.core.model.ModelLabel;
import org.migplan.core.source.ModelDeclaration;
import org.migplan.core.source.ProjectModel;
import org.migplan.scan.migrations.MigrationCrossCheck;
import org.migplan.scan.project.CatalogueBuilder;
import org.migplan.scan.project.ProjectFiles;
import org.migplan.scan.project.ScannedProject;

/**
 * The entry point of the source side: reads a Django project's apps, models and relations without
 * running Python.
 */
public final class ProjectScanner {
  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(ProjectScanner.class);

  private ProjectScanner() {}

  /** The project's model catalogue. A missing directory is a PROJECT_NOT_FOUND error. */
  public static ProjectModel catalogue(Path projectRoot) {
    return scan(projectRoot).model();
  }

  /**
   * Everything the scan learned, for reference searches; relations only the migration files hold
   * are merged in, and source relations they lack listed ({@link MigrationCrossCheck}).
   */
  public static ScannedProject scan(Path projectRoot) {
    return scan(walk(projectRoot));
  }

  /** The project's files; a missing directory is a PROJECT_NOT_FOUND error. */
  public static ProjectFiles walk(Path projectRoot) {
    ProjectFiles files = ProjectFiles.walk(projectRoot);
    LOG.debug(
        "walked {}: {} Python files, {} templates, {} fixtures",
        projectRoot,
        files.python().size(),
        files.templates().size(),
        files.fixtures().size());
    return files;
  }

  /** Like {@link #scan(Path)} over files already walked. */
  public static ScannedProject scan(ProjectFiles files) {
    ScannedProject catalogue = CatalogueBuilder.build(files);
    LOG.debug("catalogue: {} models", catalogue.model().models().size());
    ScannedProject merged = MigrationCrossCheck.merge(catalogue);
    LOG.debug("migrations read");
    return merged;
  }

  /**
   * The model's declaration, or a MODEL_NOT_FOUND error listing similarly named models.
   *
   * @param projectRoot the Django project root
   * @param label the model as Django labels it
   */
  public static ModelDeclaration locate(Path projectRoot, ModelLabel label) {
    return locate(catalogue(projectRoot), label, projectRoot);
  }

  /** Like {@link #locate(Path, ModelLabel)} on an existing catalogue. */
  public static ModelDeclaration locate(ProjectModel model, ModelLabel label, Path projectRoot) {
    return model
        .find(label)
        .orElseThrow(
            () -> {
              var similar = model.similarTo(label, 5);
              String hint =
                  similar.isEmpty()
                      ? model.models().isEmpty()
                          ? "no Django models were found under it; is --project the project root?"
                          : "no similarly named model; the project declares "
                              + model.models().size()
                              + " models"
                      : "similar models: "
                          + String.join(", ", similar.stream().map(ModelLabel::toString).toList());
              return new MigplanException(
                  ErrorCode.MODEL_NOT_FOUND,
                  "model '"
                      + label
                      + "' is not declared in project '"
                      + projectRoot
                      + "'; "
                      + hint);
            });
  }
}
