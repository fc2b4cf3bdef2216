package org.migplan.core.django;

import java.util.Objects;
import java.util.Optional;

/**
 * What the rename migration does to a model django-simple-history generates for the renamed model:
 * RenameModel when its name follows the model's, and the AlterModelOptions makemigrations would
 * write when its verbose names change.
 *
 * @param oldObjectName its class name before the rename
 * @param newObjectName its class name after (the same when {@code custom_model_name} fixes it)
 * @param oldVerboseName its verbose name before (for its permissions' names on rollback)
 * @param verboseName its {@code verbose_name} after the rename
 * @param verboseNamePlural its {@code verbose_name_plural} after the rename
 * @param alterOptions whether to write AlterModelOptions (the verbose names change and are known)
 */
public record HistoricalRename(
    String oldObjectName,
    String newObjectName,
    String oldVerboseName,
    String verboseName,
    String verboseNamePlural,
    boolean alterOptions) {
  public HistoricalRename {
    Objects.requireNonNull(oldObjectName, "oldObjectName");
    Objects.requireNonNull(newObjectName, "newObjectName");
    Objects.requireNonNull(oldVerboseName, "oldVerboseName");
    Objects.requireNonNull(verboseName, "verboseName");
    Objects.requireNonNull(verboseNamePlural, "verboseNamePlural");
  }

  /** Whether the class itself is renamed. */
  public boolean renamesModel() {
    return !oldObjectName.equals(newObjectName);
  }

  /**
   * The rename for a generated model of an app-local model renamed from {@code oldModel} to {@code
   * newModel}; empty when its name is not a literal or it lives in another app.
   *
   * @param model the generated model's description
   * @param appLabel the renamed model's app
   * @param oldModel the renamed model's class name before
   * @param newModel its class name after
   * @param oldVerbose its verbose name before, explicit or derived
   * @param newVerbose its verbose name after
   * @param oldPlural its verbose name plural before, explicit or derived
   * @param newPlural its verbose name plural after
   */
  public static Optional<HistoricalRename> of(
      HistoricalModel model,
      String appLabel,
      String oldModel,
      String newModel,
      String oldVerbose,
      String newVerbose,
      String oldPlural,
      String newPlural) {
    if (!model.appLabel(appLabel).map(appLabel::equals).orElse(false)) {
      return Optional.empty();
    }
    Optional<String> before = model.objectName(oldModel);
    Optional<String> after = model.objectName(newModel);
    if (before.isEmpty() || after.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> verboseBefore = model.verboseName(oldVerbose);
    Optional<String> verboseAfter = model.verboseName(newVerbose);
    Optional<String> pluralBefore = model.verboseNamePlural(oldPlural);
    Optional<String> pluralAfter = model.verboseNamePlural(newPlural);
    boolean known =
        verboseBefore.isPresent()
            && verboseAfter.isPresent()
            && pluralBefore.isPresent()
            && pluralAfter.isPresent();
    boolean changes = !verboseBefore.equals(verboseAfter) || !pluralBefore.equals(pluralAfter);
    if (before.get().equals(after.get()) && !(known && changes)) {
      return Optional.empty();
    }
    return Optional.of(
        new HistoricalRename(
            before.get(),
            after.get(),
            verboseBefore.orElse(""),
            verboseAfter.orElse(""),
            pluralAfter.orElse(""),
            known && changes));
  }
}
