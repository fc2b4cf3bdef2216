package org.migplan.scan.references;

import java.util.ArrayList;
import java.util.List;
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
    String[] lines = org.migplan.scan.python.SourceLines.of(text).toArray();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (patterns.holdsName(line)) {
        scanLine(file, i + 1, line, found);
      }
    }
    return found;
  }

  private void scanLine(SourceFile file, int number, String line, List<CodeReference> found) {
    boolean inTag = false;
    Matcher tag = TAG.matcher(line);
    while (tag.find()) {
      String content = tag.group();
      ReferenceKind kind = classifyTag(content);
      if (kind != null) {
        inTag = true;
        found.add(new CodeReference(file.relative(), number, tag.start() + 1, line, kind, true));
      }
    }
    if (!inTag && patterns.mentions(line)) {
      Matcher mention = patterns.mention.matcher(line);
      int column = mention.find() ? mention.start() + 1 : 1;
      found.add(
          new CodeReference(
              file.relative(), number, column, line, ReferenceKind.TEXT_MENTION, false));
    }
  }

  private ReferenceKind classifyTag(String content) {
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
          && (name.equals(patterns.modelName) || name.equals(patterns.modelName + "_list"))) {
        return ReferenceKind.TEMPLATE_REFERENCE;
      }
    }
    return null;
  }
}
