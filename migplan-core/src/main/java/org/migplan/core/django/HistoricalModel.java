package org.migplan.core.django;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.migplan.core.naming.DjangoNames;

/**
 * A model django-simple-history generates for the model ({@code HistoricalRecords()} or {@code
 * simple_history.register(Model)}): {@code Historical<Model>} with its own table, named after the
 * model unless {@code custom_model_name} says otherwise. A rename must rename it too, or
 * makemigrations offers CreateModel + DeleteModel of it, which drops the history table.
 *
 * @param form how the project asks for it: {@code attribute} (a class attribute of the model),
 *     {@code inherited} (an attribute of a base with {@code inherit=True}) or {@code register}
 * @param location {@code file:line} of the {@code HistoricalRecords(...)} or {@code register(...)}
 *     call, relative to the project root
 * @param attribute the manager's name on the model, e.g. {@code history}
 * @param literals the options that shape the generated model ({@link #SHAPING}) given as string
 *     literals, by keyword
 * @param dynamic the options of {@link #SHAPING} given as something else (a callable, a variable):
 *     their value is unknown to migplan
 */
public record HistoricalModel(
    String form,
    String location,
    String attribute,
    Map<String, String> literals,
    List<String> dynamic) {
  /**
   * The options of HistoricalRecords and register that change the generated name, table or Meta.
   */
  public static final List<String> SHAPING =
      List.of("custom_model_name", "table_name", "app", "verbose_name", "verbose_name_plural");

  /** simple_history's Meta options of every historical model, as makemigrations writes them. */
  public static final String ORDERING = "(\"-history_date\", \"-history_id\")";

  public static final String GET_LATEST_BY = "(\"history_date\", \"history_id\")";

  public HistoricalModel {
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(attribute, "attribute");
    literals = Map.copyOf(new TreeMap<>(literals));
    dynamic = dynamic.stream().distinct().sorted().toList();
  }

  /**
   * Whether the generated class name follows the model's name ({@code custom_model_name} unset).
   */
  public boolean followsRename() {
    return !literals.containsKey("custom_model_name") && !dynamic.contains("custom_model_name");
  }

  /** Whether an option is set, literally or not. */
  public boolean has(String option) {
    return literals.containsKey(option) || dynamic.contains(option);
  }

  /**
   * The generated model's class name for a model named {@code objectName}: {@code
   * Historical<Model>} or the literal {@code custom_model_name}; empty when that is not a literal.
   */
  public Optional<String> objectName(String objectName) {
    if (dynamic.contains("custom_model_name")) {
      return Optional.empty();
    }
    return Optional.of(literals.getOrDefault("custom_model_name", "Historical" + objectName));
  }

  /**
   * The generated model's app label: {@code app=} ({@code register}'s is a module path whose last
   * part is taken) else the model's; empty when {@code app=} is not a literal.
   */
  public Optional<String> appLabel(String modelApp) {
    if (dynamic.contains("app")) {
      return Optional.empty();
    }
    String app = literals.getOrDefault("app", modelApp);
    return Optional.of(app.substring(app.lastIndexOf('.') + 1));
  }

  /**
   * The generated model's table for a model named {@code objectName}: {@code table_name=}, else
   * Django's default for the generated class; empty when a name it depends on is not a literal.
   */
  public Optional<String> table(String modelApp, String objectName, OptionalInt maxNameLength) {
    if (literals.containsKey("table_name")) {
      return Optional.of(literals.get("table_name"));
    }
    if (dynamic.contains("table_name")) {
      return Optional.empty();
    }
    return appLabel(modelApp)
        .flatMap(
            app ->
                objectName(objectName)
                    .map(name -> DjangoNames.defaultTableName(app, name, maxNameLength)));
  }

  /**
   * The generated model's {@code verbose_name}: {@code verbose_name=}, else {@code historical <the
   * model's verbose_name>}; empty when {@code verbose_name=} is not a literal.
   */
  public Optional<String> verboseName(String modelVerboseName) {
    return option("verbose_name", modelVerboseName);
  }

  /** The generated model's {@code verbose_name_plural}, like {@link #verboseName}. */
  public Optional<String> verboseNamePlural(String modelVerboseNamePlural) {
    return option("verbose_name_plural", modelVerboseNamePlural);
  }

  private Optional<String> option(String option, String modelValue) {
    if (dynamic.contains(option)) {
      return Optional.empty();
    }
    String given = literals.getOrDefault(option, "");
    // simple_history falls back to the default for an empty string too
    return Optional.of(given.isEmpty() ? "historical " + modelValue : given);
  }
}
