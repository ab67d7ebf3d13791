package org.tandem.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What {@link ToolQuirks} makes of the bytes tools write. */
class ToolQuirksTest {
  private static String repaired(byte[] bytes) throws IOException {
    try (InputStream in = ToolQuirks.repaired(new ByteArrayInputStream(bytes))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void replacesForbiddenControlCharactersAndKeepsEverythingElse() throws IOException {
    String text = "<a>Bürger&amp;Amt &#x3; &#31; &#x9;&#10; &lt;b&gt; \u0007 &#xFFFE; &#; &#x; &#1234567890123;</a>";
    assertEquals("<a>Bürger&amp;Amt &#xFFFD; &#xFFFD; &#x9;&#10; &lt;b&gt; &#xFFFD; &#xFFFD; &#; &#x; &#1234567890123;</a>",
        repaired(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void findsReferencesAcrossItsBufferBoundaries() throws IOException {
    StringBuilder in = new StringBuilder();
    StringBuilder out = new StringBuilder();
    for (int i = 0; in.length() < 200_000; i++) {
      String filler = "ş".repeat(i % 17) + "x".repeat(i % 13);
      in.append(filler).append(i % 3 == 0 ? "&#x1F;" : i % 3 == 1 ? "&amp;" : "\u0002");
      out.append(filler).append(i % 3 == 1 ? "&amp;" : "&#xFFFD;");
    }
    assertEquals(out.toString(), repaired(in.toString().getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void readsUtf16AsItsByteOrderMarkSaysWhateverTheDeclarationClaims() throws IOException {
    String doc = "\uFEFF<?xml version=\"1.0\" encoding=\"utf-8\"?><a>İğneada'da</a>";
    assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?><a>İğneada'da</a>",
        repaired(doc.getBytes(StandardCharsets.UTF_16BE)));
    assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?><a>İğneada'da</a>",
        repaired(doc.getBytes(StandardCharsets.UTF_16LE)));
  }
}
