package org.migplan.scan.references;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.migplan.core.source.CodeReference;
import org.migplan.core.source.ReferenceKind;
import org.migplan.scan.project.SourceFile;

/**
 * References in Django templates: inside {@code {{ }}} and {@code {% %}} only (permissions, admin
 * URL names, template names, context variables named after the model, reverse accessors); text and
 * {@code {# #}} comments give text mentions. A template file whose path is one of the model's
 * default template names is itself a reference.
 */
final class TemplateReferences {
  private static final Pattern TAG = Pattern.compile("\\{\\{.*?\\}\\}|\\{%.*?%\\}");
  private static final Pattern WORD = Pattern.compile("\\.?\\w+");
  private static final Pattern FOR_TAG =
      Pattern.compile("^\\{%-?\\s*for\\s+(\\w+(?:\\s*,\\s*\\w+)*)\\s+in\\s");
  private static final Pattern WITH_TAG = Pattern.compile("^\\{%-?\\s*with\\s+(.*?)-?%\\}$");
  private static final Pattern WITH_NAME = Pattern.compile("(\\w+)\\s*=|\\bas\\s+(\\w+)");
  private static final Pattern BLOCK_START = Pattern.compile("^\\{%-?\\s*(?:for|with)\\s");
  private static final Pattern BLOCK_END = Pattern.compile("^\\{%-?\\s*end(?:for|with)\\b");

  private final TargetPatterns patterns;
  private final Pattern templatePermission;
  private final Pattern defaultTemplatePath;

  TemplateReferences(TargetPatterns patterns) {
    this.patterns = patterns;
    String app = Pattern.quote(patterns.model.appLabel());
    String model = Pattern.quote(patterns.modelName);
    templatePermission =
        Pattern.compile("perms\\." + app + "\\.(?:add|change|delete|view)_" + model + "(?![\\w])");
    defaultTemplatePath =
        Pattern.compile(
            "(?:^|/)templates/((?:admin/)?" + app + "/" + model + "(?:/\\w+|_\\w+)\\.html)$");
  }

  List<CodeReference> scan(SourceFile file, String text) {
    List<CodeReference> found = new ArrayList<>();
    Matcher path = defaultTemplatePath.matcher(file.relative());
    if (path.find()) {
      found.add(
          new CodeReference(
              file.relative(), 1, 1, path.group(1), ReferenceKind.DEFAULT_TEMPLATE_NAME, true));
    }
    // names bound by the enclosing {% for %} and {% with %} blocks: inside them a variable named
    // like the model is the template's own, not the view's context, and keeps working after a
    // rename
    Deque<Set<String>> scopes = new ArrayDeque<>();
    String[] lines = org.migplan.scan.python.SourceLines.of(text).toArray();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      boolean holdsName = patterns.holdsName(line);
      if (holdsName || line.contains("{%")) {
        scanLine(file, i + 1, line, holdsName, scopes, found);
      }
    }
    return found;
  }

  private void scanLine(
      SourceFile file,
      int number,
      String line,
      boolean holdsName,
      Deque<Set<String>> scopes,
      List<CodeReference> found) {
    boolean inTag = false;
    Matcher tag = TAG.matcher(line);
    while (tag.find()) {
      String content = tag.group();
      Set<String> opened = boundBy(content);
      if (holdsName) {
        // a loop's sequence is read in the enclosing scope; a with's names are its own
        Set<String> bound = new HashSet<>();
        scopes.forEach(bound::addAll);
        Matcher loop = FOR_TAG.matcher(content);
        String read = content;
        if (loop.find()) {
          read = content.substring(loop.end());
        } else {
          bound.addAll(opened);
        }
        ReferenceKind kind = classifyTag(read, bound);
        if (kind != null) {
          inTag = true;
          found.add(new CodeReference(file.relative(), number, tag.start() + 1, line, kind, true));
        }
      }
      if (BLOCK_START.matcher(content).find()) {
        scopes.push(opened);
      } else if (BLOCK_END.matcher(content).find() && !scopes.isEmpty()) {
        scopes.pop();
      }
    }
    if (holdsName && !inTag && patterns.mentions(line)) {
      Matcher mention = patterns.mention.matcher(line);
      int column = mention.find() ? mention.start() + 1 : 1;
      found.add(
          new CodeReference(
              file.relative(), number, column, line, ReferenceKind.TEXT_MENTION, false));
    }
  }

  /** The names a {@code {% for a, b in … %}} or {@code {% with a=… b=… %}} tag binds. */
  private static Set<String> boundBy(String content) {
    Set<String> names = new HashSet<>();
    Matcher loop = FOR_TAG.matcher(content);
    if (loop.find()) {
      for (String name : loop.group(1).split(",")) {
        names.add(name.strip());
      }
      return names;
    }
    Matcher with = WITH_TAG.matcher(content);
    if (with.find()) {
      Matcher assignment = WITH_NAME.matcher(with.group(1));
      while (assignment.find()) {
        names.add(assignment.group(1) != null ? assignment.group(1) : assignment.group(2));
      }
    }
    return names;
  }

  private ReferenceKind classifyTag(String content, Set<String> bound) {
    if (templatePermission.matcher(content).find()) {
      return ReferenceKind.PERMISSION_STRING;
    }
    if (patterns.adminUrl.matcher(content).find()) {
      return ReferenceKind.ADMIN_URL_NAME;
    }
    if (patterns.templateName.matcher(content).find()) {
      return ReferenceKind.TEMPLATE_REFERENCE;
    }
    if (patterns.label.matcher(content).find()) {
      return ReferenceKind.STRING_LABEL;
    }
    Matcher word = WORD.matcher(content);
    while (word.find()) {
      String w = word.group();
      boolean attribute = w.startsWith(".");
      String name = attribute ? w.substring(1) : w;
      if (attribute && patterns.surface.reverseAccessors().contains(name)) {
        return ReferenceKind.REVERSE_ACCESSOR;
      }
      if (!attribute
          && !bound.contains(name)
          && (name.equals(patterns.modelName) || name.equals(patterns.modelName + "_list"))) {
        return ReferenceKind.TEMPLATE_REFERENCE;
      }
    }
    return null;
  }
}
