package org.tandem.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContentTest {
  private static Code open(int id) {
    return new Code(id, CodeKind.OPEN, "b", "**");
  }

  private static Code close(int id) {
    return new Code(id, CodeKind.CLOSE, "b", "**");
  }

  @Test
  void eachOpeningCodeTakesTheNextFreeClosingCodeOfItsId() {
    List<Piece> pieces = List.of(open(1), new Text("a"), open(1), new Text("b"), close(1), close(1),
        new Code(2, CodeKind.PLACEHOLDER, "br", "<br>"), close(3), open(4));
    assertArrayEquals(new int[] {4, -1, 5, -1, 0, 2, -1, -1, -1}, Content.codePartners(pieces));
  }
}
