package org.tandem.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tandem.extract.ExtractedDocument;
import org.tandem.extract.ExtractedSegment;
import org.tandem.model.Content;
import org.tandem.model.Lang;

/**
 * Every example of the CommonMark specification 0.30 (from flexmark's test specs) is read, rebuilt
 * byte for byte with every target equal to its source, and rebuilt with every segment translated.
 */
class CommonMarkSpecTest {
  private static final Pattern EXAMPLE = Pattern.compile(
      "^`{32} example[^\\n]*\\n(.*?)^\\.\\n.*?^`{32}$", Pattern.DOTALL | Pattern.MULTILINE);

  @Test
  void everyExampleIsReadAndRebuiltByteForByte() throws IOException {
    List<String> examples = examples();
    assumeTrue(!examples.isEmpty(), "the CommonMark examples (flexmark-test-specs) are not on the class path");
    assertEquals(652, examples.size());
    MarkdownFormat md = new MarkdownFormat();
    List<String> failed = new ArrayList<>();
    for (int n = 0; n < examples.size(); n++) {
      byte[] bytes = examples.get(n).getBytes(StandardCharsets.UTF_8);
      try {
        ExtractedDocument doc = md.read(bytes, "example " + (n + 1), Lang.DE, FormatGoldenTest.RULES);
        List<Content> same = doc.segments().stream().map(ExtractedSegment::source).toList();
        assertArrayEquals(bytes, md.write(doc, same, Lang.TR, s -> s), "example " + (n + 1));
        md.write(doc, doc.segments().stream().map(s -> FormatGoldenTest.scramble(s.source())).toList(), Lang.TR,
            s -> s);
      } catch (RuntimeException | AssertionError e) {
        failed.add((n + 1) + ": " + e.getMessage());
      }
    }
    assertEquals(List.of(), failed);
  }

  private static List<String> examples() throws IOException {
    try (InputStream in = CommonMarkSpecTest.class.getResourceAsStream("/spec.0.30.txt")) {
      if (in == null) {
        return List.of();
      }
      Matcher m = EXAMPLE.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      List<String> examples = new ArrayList<>();
      while (m.find()) {
        examples.add(m.group(1).replace('\u2192', '\t'));
      }
      return examples;
    }
  }
}
