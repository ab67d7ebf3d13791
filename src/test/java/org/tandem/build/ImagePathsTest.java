package org.tandem.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ImagePathsTest {
  private static final Path WS = Path.of("/ws");

  @Test
  void relativeImagesAreRebasedOthersStay() {
    Path chapter = WS.resolve("chapters/de");
    Path page = WS.resolve("build/edition");
    assertEquals("<p><img src=\"../../chapters/de/img/logo.png\" alt=\"Logo\" /></p>",
        ImagePaths.rebase("<p><img src=\"img/logo.png\" alt=\"Logo\" /></p>", chapter, page));
    assertEquals("<img src=\"../../chapters/shared.png\" alt=\"\" />",
        ImagePaths.rebase("<img src=\"../shared.png\" alt=\"\" />", chapter, page));
    for (String src : new String[] {"https://example.org/a.png", "/abs/a.png", "data:image/png;base64,AA", ""}) {
      String html = "<img src=\"" + src + "\" alt=\"x\" />";
      assertEquals(html, ImagePaths.rebase(html, chapter, page), src);
    }
  }
}
