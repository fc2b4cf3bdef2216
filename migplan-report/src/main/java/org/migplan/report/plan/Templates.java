package org.migplan.report.plan;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * The Mustache templates under {@code org/migplan/report/}. Values are written as they are: the
 * documents are Markdown, text and shell, not HTML, and each renderer escapes for its own format.
 */
final class Templates {
  private static final DefaultMustacheFactory FACTORY =
      new DefaultMustacheFactory("org/migplan/report") {
        @Override
        public void encode(String value, Writer writer) {
          try {
            writer.write(value);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      };

  private Templates() {}

  static String render(String template, Object scope) {
    Mustache mustache = FACTORY.compile(template);
    StringWriter out = new StringWriter();
    mustache.execute(out, scope);
    return out.toString();
  }
}
