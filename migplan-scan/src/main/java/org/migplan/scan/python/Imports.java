package org.migplan.scan.python;

import java.util.List;
import java.util.Map;

/** Reads {@code import} and {@code from … import} statements into name bindings. */
public final class Imports {
  private Imports() {}

  static void read(LogicalLine line, String packageName, Map<String, ImportBinding> bindings) {
    List<Token> tokens = line.tokens();
    if (line.startsWith("import")) {
      plainImport(tokens, line.line(), bindings);
    } else {
      fromImport(tokens, packageName, line.line(), bindings);
    }
  }

  private static void plainImport(
      List<Token> tokens, int line, Map<String, ImportBinding> bindings) {
    int i = 1;
    while (i < tokens.size()) {
      int end = Expressions.dottedEnd(tokens, i);
      if (end == i) {
        i++;
        continue;
      }
      String module = Expressions.text(tokens.subList(i, end));
      if (end + 1 < tokens.size() && tokens.get(end).isName("as")) {
        bindings.put(tokens.get(end + 1).text(), new ImportBinding(module, "", line));
        end += 2;
      } else {
        String first = tokens.get(i).text();
        bindings.put(first, new ImportBinding(first, "", line));
      }
      i = end + 1;
    }
  }

  private static void fromImport(
      List<Token> tokens, String packageName, int line, Map<String, ImportBinding> bindings) {
    int i = 1;
    int level = 0;
    while (i < tokens.size() && (tokens.get(i).is(".") || tokens.get(i).is("..."))) {
      level += tokens.get(i).text().length();
      i++;
    }
    // "from . import x": the dots alone name the package ("import" is not a module name)
    int end =
        i < tokens.size() && tokens.get(i).isName("import") ? i : Expressions.dottedEnd(tokens, i);
    String module = Expressions.text(tokens.subList(i, end));
    module = absolute(packageName, level, module);
    i = end;
    if (i >= tokens.size() || !tokens.get(i).isName("import")) {
      return;
    }
    for (i = i + 1; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (token.type() != TokenType.NAME || token.isName("as")) {
        continue;
      }
      String name = token.text();
      String alias = name;
      if (i + 2 < tokens.size() && tokens.get(i + 1).isName("as")) {
        alias = tokens.get(i + 2).text();
        i += 2;
      }
      bindings.put(alias, new ImportBinding(module, name, line));
    }
  }

  /**
   * The absolute name of the module a {@code from} statement names with {@code level} leading dots
   * (0 for an absolute import), from inside {@code packageName}; empty when nothing is named.
   */
  public static String absolute(String packageName, int level, String module) {
    return level > 0 ? join(parent(packageName, level - 1), module) : module;
  }

  private static String parent(String packageName, int levels) {
    String result = packageName;
    for (int k = 0; k < levels; k++) {
      int dot = result.lastIndexOf('.');
      result = dot < 0 ? "" : result.substring(0, dot);
    }
    return result;
  }

  private static String join(String a, String b) {
    return a.isEmpty() ? b : b.isEmpty() ? a : a + "." + b;
  }
}
