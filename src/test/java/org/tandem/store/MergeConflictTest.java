package org.tandem.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.model.Code;
import org.tandem.model.CodeKind;
import org.tandem.model.Content;
import org.tandem.model.Segment;
import org.tandem.model.State;

class MergeConflictTest {
  static final List<Code> LINK = List.of(new Code(2, CodeKind.OPEN, "link", "["),
      new Code(2, CodeKind.CLOSE, "link", "](https://example.org)"));

  @Test
  void combineAndSplitAreInverse() {
    Content source = Content.parse("Mehr {2}online{/2}.", LINK);
    Content ours = Content.parse("Ayrıntılar {2}internette{/2}.", LINK);
    Content theirs = Content.parse("{2}İnternette{/2} daha fazlası.", LINK);
    Content combined = MergeConflict.combine(ours, theirs);
    assertEquals(new MergeConflict.Sides(ours, theirs), MergeConflict.split(combined, source).get());
    assertEquals(new MergeConflict.Sides(Content.text("a"), Content.text("b")),
        MergeConflict.split(MergeConflict.combine(Content.text("a"), Content.text("b")), Content.text("x")).get());
  }

  @Test
  void anOrdinaryTargetIsNoConflict() {
    assertTrue(MergeConflict.split(Content.text("Kent küçüktür."), Content.text("x")).isEmpty());
    Segment s = new Segment("s1", 1, Content.text("x"), Content.text("y"), State.TRANSLATED);
    assertTrue(!MergeConflict.isConflict(s));
  }
}
