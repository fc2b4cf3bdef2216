package org.migplan.core.database;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads engine type names (PostgreSQL's and SQLite's as Django creates them) to decide which
 * columns get a value range or a breakdown.
 */
public final class ColumnTypes {
  private static final Pattern CHOICE_NAME =
      Pattern.compile(
          "(^|_)(status|state|type|kind|category|gender|sex|level|grade|role|stage|phase|mode"
              + "|priority|choice|class|section|shift|term|flag)s?($|_)|^(is|has|can)_");
  private static final Pattern LENGTH = Pattern.compile("\\((\\d+)\\)");
  private static final int SHORT_TEXT = 64;

  private ColumnTypes() {}

  /** A date, time stamp or datetime column. */
  public static boolean isDateLike(String type) {
    String t = lower(type);
    return t.startsWith("date") || t.startsWith("timestamp");
  }

  public static boolean isBoolean(String type) {
    return lower(type).startsWith("bool");
  }

  /** Text that holds short codes: {@code varchar(n)}/{@code char(n)} with n ≤ 64. */
  public static boolean isShortText(String type) {
    String t = lower(type);
    if (!(t.contains("char") || t.contains("text"))) {
      return false;
    }
    var length = LENGTH.matcher(t);
    return length.find() && Integer.parseInt(length.group(1)) <= SHORT_TEXT;
  }

  public static boolean isInteger(String type) {
    String t = lower(type);
    return t.contains("int") && !t.contains("interval") && !t.contains("point");
  }

  /** A name Django projects give status and choice fields: {@code status}, {@code is_active}, … */
  public static boolean hasChoiceLikeName(String column) {
    return CHOICE_NAME.matcher(lower(column)).find();
  }

  /**
   * Whether a column looks like a status or choice field: a boolean, or short text or an integer
   * with a choice-like name. {@code fewDistinctValues} says the engine's statistics already show
   * few distinct values, which qualifies short text without such a name.
   */
  public static boolean looksLikeChoice(Column column, boolean fewDistinctValues) {
    if (isBoolean(column.type())) {
      return true;
    }
    boolean named = hasChoiceLikeName(column.name());
    if (isShortText(column.type())) {
      return named || fewDistinctValues;
    }
    return isInteger(column.type()) && named;
  }

  private static String lower(String text) {
    return text.toLowerCase(Locale.ROOT).strip();
  }
}
