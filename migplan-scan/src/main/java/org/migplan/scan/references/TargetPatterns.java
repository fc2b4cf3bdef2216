package org.migplan.scan.references;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.migplan.core.model.ModelLabel;
import org.migplan.core.naming.DjangoNames;
import org.migplan.core.source.ReferenceKind;
import org.migplan.core.source.RenameSurface;
import org.migplan.scan.python.Token;

/**
 * The textual forms of one model that strings, templates and fixtures may hold, as patterns with
 * identifier boundaries so that look-alike names ({@code MemberArchive}) never match.
 */
final class TargetPatterns {
  private static final String BEFORE = "(?<![\\w.])";
  private static final String AFTER = "(?![\\w])";

  final ModelLabel model;
  final RenameSurface surface;
  final String modelName;
  final Pattern label;
  final Pattern permission;
  final Pattern codename;
  final Pattern adminUrl;
  final Pattern templateName;
  final Pattern mention;
  final List<Pattern> tables = new ArrayList<>();
  final Pattern manyToManyColumn;
  final Pattern ormPath;
  final Pattern accessorPath;
  final Pattern fixtureLabel;

  /**
   * Literal text each pattern needs (case-sensitive), tested with {@code contains} before the
   * pattern runs: the label and permission need {@code app.}, template names {@code app/model},
   * admin URL names their common prefix, tables and the M2M column themselves.
   */
  private final String appDot;

  private final String templatePrefix;
  private final String adminPrefix;
  private final java.util.Set<String> codenames;
  private final List<String> tableNames = new ArrayList<>();

  /** The forms {@link #firstMatch} looks for: tables, the M2M column, the name as a word or not. */
  private final List<Pattern> nameForms = new ArrayList<>();

  TargetPatterns(RenameSurface surface) {
    this.surface = surface;
    this.model = surface.model();
    this.modelName = model.modelName();
    String app = Pattern.quote(model.appLabel());
    String name = "(?i:" + Pattern.quote(modelName) + ")";
    label = Pattern.compile(BEFORE + app + "\\." + name + AFTER);
    permission =
        Pattern.compile(
            BEFORE
                + app
                + "\\."
                + oneOf(DjangoNames.DEFAULT_PERMISSION_ACTIONS)
                + "_"
                + name
                + AFTER);
    codename = Pattern.compile(oneOf(surface.permissionCodenames()));
    adminUrl =
        Pattern.compile(
            oneOf(DjangoNames.adminUrlNames(model.appLabel(), model.objectName())) + AFTER);
    templateName =
        Pattern.compile(
            "(?<![\\w])(?:admin/)?"
                + app
                + "/"
                + Pattern.quote(modelName)
                + "(?:_\\w+|/\\w+)?\\.\\w+");
    mention = Pattern.compile("(?<![\\w])" + name + AFTER);
    tables.add(Pattern.compile("(?<![\\w])" + Pattern.quote(surface.table()) + AFTER));
    tableNames.add(surface.table());
    for (String table : surface.manyToManyTables()) {
      tables.add(Pattern.compile("(?<![\\w])" + Pattern.quote(table) + AFTER));
      tableNames.add(table);
    }
    appDot = model.appLabel() + ".";
    templatePrefix = model.appLabel() + "/" + modelName;
    adminPrefix = commonPrefix(DjangoNames.adminUrlNames(model.appLabel(), model.objectName()));
    codenames = java.util.Set.copyOf(surface.permissionCodenames());
    manyToManyColumn =
        Pattern.compile("(?<![\\w])" + Pattern.quote(surface.manyToManyColumn()) + AFTER);
    nameForms.addAll(tables);
    nameForms.add(manyToManyColumn);
    nameForms.add(mention);
    nameForms.add(Pattern.compile(Pattern.quote(modelName), Pattern.CASE_INSENSITIVE));
    ormPath = alternatives(surface.reverseQueryNames());
    accessorPath = alternatives(surface.reverseAccessors());
    fixtureLabel =
        Pattern.compile(
            "(?:\"model\"\\s*:\\s*\"|\\bmodel\\s*:\\s*['\"]?|model=\")"
                + app
                + "\\."
                + name
                + AFTER
                + "|\\[\\s*\""
                + app
                + "\"\\s*,\\s*\""
                + name
                + "\"\\s*\\]");
  }

  private static String commonPrefix(List<String> names) {
    String prefix = names.isEmpty() ? "" : names.get(0);
    for (String name : names) {
      int i = 0;
      while (i < prefix.length() && i < name.length() && prefix.charAt(i) == name.charAt(i)) {
        i++;
      }
      prefix = prefix.substring(0, i);
    }
    return prefix;
  }

  /** A regex group matching any one of the names literally (in the order given). */
  private static String oneOf(java.util.Collection<String> names) {
    return "(?:" + String.join("|", names.stream().map(Pattern::quote).toList()) + ")";
  }

  /** {@code ^-?(a__)*NAME(__b)*$} over the lookup names, or empty when there are none. */
  private static Pattern alternatives(java.util.Set<String> names) {
    if (names.isEmpty()) {
      return Pattern.compile("(?!)");
    }
    return Pattern.compile(
        "-?(?:\\w+__)*" + oneOf(names.stream().sorted().toList()) + "(?:__\\w+)*");
  }

  /** What a constant string names, checking the specific forms first. */
  Optional<ReferenceKind> classifyString(String content) {
    boolean holdsApp = content.contains(appDot);
    if (content.contains(adminPrefix)
        && (adminUrl.matcher(content).find() || buildsAdminUrlName(content))) {
      return Optional.of(ReferenceKind.ADMIN_URL_NAME);
    }
    if ((holdsApp && permission.matcher(content).find()) || isCodename(content)) {
      return Optional.of(ReferenceKind.PERMISSION_STRING);
    }
    if (content.contains(templatePrefix) && templateName.matcher(content).find()) {
      return Optional.of(ReferenceKind.TEMPLATE_REFERENCE);
    }
    if (holdsApp && label.matcher(content).find()) {
      return Optional.of(ReferenceKind.STRING_LABEL);
    }
    if (mentionsTable(content)) {
      return Optional.of(ReferenceKind.RAW_SQL_TABLE);
    }
    if (ormPath.matcher(content).matches()) {
      return Optional.of(ReferenceKind.REVERSE_QUERY_LOOKUP);
    }
    if (accessorPath.matcher(content).matches()) {
      return Optional.of(ReferenceKind.REVERSE_ACCESSOR);
    }
    return Optional.empty();
  }

  /**
   * Whether the content is the start of the model's admin URL names, left for code to complete:
   * {@code 'admin:app_model_' + action}, {@code 'admin:app_model_%s' % action}, {@code
   * 'admin:app_model_{}'.format(action)}.
   */
  private boolean buildsAdminUrlName(String content) {
    int at = content.indexOf(adminPrefix);
    if (at < 0 || !adminPrefix.endsWith("_")) {
      return false;
    }
    String rest = content.substring(at + adminPrefix.length());
    return rest.isEmpty() || rest.startsWith("%") || rest.startsWith("{");
  }

  /** A cheap test: the text may hold a form of the model's name or its explicit table. */
  boolean mayMention(String text) {
    return holdsName(text) || (!surface.tableChanges() && text.contains(surface.table()));
  }

  /** Whether the whole content is one of the model's permission codenames. */
  private boolean isCodename(String content) {
    return codenames.isEmpty() ? codename.matcher(content).matches() : codenames.contains(content);
  }

  boolean mentionsTable(String content) {
    for (int i = 0; i < tables.size(); i++) {
      if (content.contains(tableNames.get(i)) && tables.get(i).matcher(content).find()) {
        return true;
      }
    }
    return content.contains(surface.manyToManyColumn())
        && manyToManyColumn.matcher(content).find()
        && looksLikeSql(content);
  }

  private static boolean looksLikeSql(String content) {
    String upper = content.toUpperCase(Locale.ROOT);
    return upper.contains("SELECT ")
        || upper.contains("UPDATE ")
        || upper.contains("INSERT ")
        || upper.contains("DELETE ")
        || upper.contains(" JOIN ")
        || upper.contains("ALTER ");
  }

  /** Where the first form of the model's name starts in the text (-1 when none does). */
  int firstMatch(String text) {
    return firstOf(nameForms, text);
  }

  /**
   * Like {@link #firstMatch(String)} for a reference of {@code kind}: in a raw SQL string the first
   * table name (the spot to edit), not an earlier column such as {@code student_id}.
   */
  int firstMatch(String text, ReferenceKind kind) {
    int table = kind == ReferenceKind.RAW_SQL_TABLE ? firstOf(tables, text) : -1;
    return table >= 0 ? table : firstMatch(text);
  }

  private static int firstOf(List<Pattern> forms, String text) {
    int best = -1;
    for (Pattern form : forms) {
      java.util.regex.Matcher matcher = form.matcher(text);
      if (matcher.find() && (best < 0 || matcher.start() < best)) {
        best = matcher.start();
      }
    }
    return best;
  }

  /**
   * Like {@link #mayMention(String)} over the part of a token between offsets {@code from} and
   * {@code to}, tested in place.
   */
  boolean mayMention(Token token, int from, int to) {
    return token.contains(modelName, from, to, true)
        || (!surface.tableChanges() && token.contains(surface.table(), from, to, false));
  }

  /** Whether the text holds the model name in any case (a cheap test before the patterns). */
  boolean holdsName(String text) {
    int last = text.length() - modelName.length();
    char first = modelName.charAt(0);
    for (int i = 0; i <= last; i++) {
      char c = text.charAt(i);
      if ((c == first || Character.toLowerCase(c) == first)
          && text.regionMatches(true, i, modelName, 0, modelName.length())) {
        return true;
      }
    }
    return false;
  }

  /** Whether the text holds the model's name as a whole word (any case). */
  boolean mentions(String text) {
    return mention.matcher(text).find();
  }
}
