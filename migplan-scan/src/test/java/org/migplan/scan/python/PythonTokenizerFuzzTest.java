package org.migplan.scan.python;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.migplan.scan.TestProjects;
import org.migplan.scan.project.ProjectFiles;

/**
 * The tokenizer and parser never throw and never hang: random bytes, and real files cut, spliced
 * and sprinkled with quotes, brackets and backslashes. Time-bounded, fixed seed.
 */
class PythonTokenizerFuzzTest {
  private static final String NASTY = "'\"\\#([{}]):\n\r\t f\"\"\"'''rbBRfu{}";

  @Test
  @Timeout(60)
  void randomBytesNeverBreakIt() {
    Random random = new Random(20261125L);
    for (int i = 0; i < 3000; i++) {
      byte[] bytes = new byte[random.nextInt(400)];
      random.nextBytes(bytes);
      String text = new String(bytes, StandardCharsets.UTF_8);
      assertThatCode(() -> ModuleParser.parse("fuzz", false, text)).doesNotThrowAnyException();
    }
  }

  @Test
  @Timeout(60)
  void mutatedRealFilesNeverBreakIt() throws IOException {
    List<String> sources = realSources();
    Random random = new Random(7L);
    for (int i = 0; i < 3000; i++) {
      String source = sources.get(random.nextInt(sources.size()));
      String mutated = mutate(source, random);
      assertThatCode(() -> ModuleParser.parse("fuzz", false, mutated)).doesNotThrowAnyException();
    }
  }

  @Test
  @Timeout(60)
  void hostileRunsOfOpenersAreReadToTheEnd() throws IOException {
    String unit = String.join("\n", realSources());
    String[] hostile = {"(", "'", "\"\"\"", "f'{", "\\\n", "#", "[{", "\t \n"};
    for (String piece : hostile) {
      String source = piece.repeat(200_000) + "\n" + unit.repeat(5) + "\nlast_name = 1\n";
      List<Token> tokens = PythonTokenizer.tokenize(source);
      assertThat(tokens).as(piece).isNotEmpty();
      assertThat(tokens.get(tokens.size() - 1).end())
          .as(piece)
          .isLessThanOrEqualTo(source.length());
    }
  }

  private static String mutate(String source, Random random) {
    StringBuilder text = new StringBuilder(source);
    int edits = 1 + random.nextInt(8);
    for (int e = 0; e < edits && text.length() > 0; e++) {
      int at = random.nextInt(text.length());
      switch (random.nextInt(4)) {
        case 0 -> text.insert(at, NASTY.charAt(random.nextInt(NASTY.length())));
        case 1 -> text.deleteCharAt(at);
        case 2 -> text.setLength(at);
        default -> text.insert(at, text.substring(random.nextInt(text.length())));
      }
      if (text.length() > 20_000) {
        text.setLength(20_000);
      }
    }
    return text.toString();
  }

  private static List<String> realSources() throws IOException {
    List<String> sources = new ArrayList<>();
    try (Stream<Path> files = Files.walk(TestProjects.project("traps"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".py")).sorted().toList()) {
        ProjectFiles.decode(Files.readAllBytes(file)).ifPresent(sources::add);
      }
    }
    return sources;
  }
}
