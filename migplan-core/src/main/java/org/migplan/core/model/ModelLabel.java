package org.migplan.core.model;

import java.util.Locale;
import org.migplan.core.ErrorCode;
import org.migplan.core.MigplanException;

/**
 * A model as Django labels it: {@code app_label.ObjectName}, e.g. {@code
 * constituents.BMParliamentMember}. The app label is the AppConfig label (exact case); the object
 * name keeps the class's case.
 */
public record ModelLabel(String appLabel, String objectName) {

  public ModelLabel {
    requireIdentifier(appLabel, "app label");
    requireIdentifier(objectName, "model name");
  }

  /** Parses {@code app_label.ModelName}; anything else is a usage error naming the value. */
  public static ModelLabel parse(String label) {
    String text = label == null ? "" : label.strip();
    int dot = text.indexOf('.');
    if (dot <= 0 || dot != text.lastIndexOf('.') || dot == text.length() - 1) {
      throw badLabel(text);
    }
    String app = text.substring(0, dot);
    String model = text.substring(dot + 1);
    if (!AsciiIdentifiers.is(app) || !AsciiIdentifiers.is(model)) {
      throw badLabel(text);
    }
    return new ModelLabel(app, model);
  }

  /** Django's {@code model_name}: the class name lowercased. */
  public String modelName() {
    return objectName.toLowerCase(Locale.ROOT);
  }

  /** Django's {@code label_lower}, e.g. {@code constituents.bmparliamentmember}. */
  public String labelLower() {
    return appLabel + "." + modelName();
  }

  /** The same model under another class name in the same app. */
  public ModelLabel renamedTo(String newObjectName) {
    return new ModelLabel(appLabel, newObjectName);
  }

  @Override
  public String toString() {
    return appLabel + "." + objectName;
  }

  private static void requireIdentifier(String value, String what) {
    if (value == null || !AsciiIdentifiers.is(value)) {
      throw new IllegalArgumentException(what + " is not a Python identifier: " + value);
    }
  }

  private static MigplanException badLabel(String text) {
    return new MigplanException(
        ErrorCode.BAD_MODEL_LABEL,
        "--model '"
            + text
            + "' is not a model label; use app_label.ModelName, e.g."
            + " constituents.BMParliamentMember");
  }
}
