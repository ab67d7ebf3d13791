package org.tandem.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.model.Code;
import org.tandem.model.CodeKind;
import org.tandem.model.Content;

class ContentsTest {
  static final List<Code> BOLD = List.of(new Code(1, CodeKind.OPEN, "bold", "**"), new Code(1, CodeKind.CLOSE, "bold", "**"));
  static final List<Code> LINK_NEW = List.of(new Code(2, CodeKind.OPEN, "link", "["),
      new Code(2, CodeKind.CLOSE, "link", "](https://neu.example)"));
  static final List<Code> LINK_OLD = List.of(new Code(2, CodeKind.OPEN, "link", "["),
      new Code(2, CodeKind.CLOSE, "link", "](https://alt.example)"));

  @Test
  void matchKeyIgnoresSpacingAndNormalisationButNotCodes() {
    assertEquals(Contents.matchKey(Content.text("Die  Kommune\nhilft. ")), Contents.matchKey(Content.text("Die Kommune hilft.")));
    assertEquals(Contents.matchKey(Content.text("Ba\u0308r")), Contents.matchKey(Content.text("Bär")));
    assertTrue(!Contents.matchKey(Content.parse("Die {1}Kommune{/1}", BOLD)).equals(Contents.matchKey(Content.text("Die Kommune"))));
  }

  @Test
  void fitCodesDropsCodesTheSourceLostAndTakesNewCodeData() {
    Content oldTarget = Content.parse("{1}Belediye{/1} {2}bilgi{/2}", concat(BOLD, LINK_OLD));
    Content newSource = Content.parse("Die Kommune {2}Info{/2}", LINK_NEW);
    Content fitted = Contents.fitCodes(oldTarget, newSource);
    assertEquals("Belediye {2}bilgi{/2}", fitted.markup());
    assertEquals("Belediye [bilgi](https://neu.example)", fitted.raw());
  }

  @Test
  void withCodesOfRefusesATranslationWhoseCodesDiffer() {
    Content source = Content.parse("Die {1}Kommune{/1}", BOLD);
    assertTrue(Contents.withCodesOf(Content.text("Belediye"), source).isEmpty());
    assertEquals("{1}Belediye{/1}", Contents.withCodesOf(Content.parse("{1}Belediye{/1}", BOLD), source).get().markup());
  }

  @Test
  void joinRenumbersCodesSoTagsStayUnique() {
    Content a = Content.parse("Eins {1}fett{/1}.", BOLD);
    Content b = Content.parse("Zwei {1}fett{/1}.", BOLD);
    assertEquals("Eins {1}fett{/1}. Zwei {2}fett{/2}.", Contents.join(List.of(a, b)).markup());
    Content ta = Content.parse("Bir {1}kalın{/1}.", BOLD);
    assertEquals("Bir {1}kalın{/1}.", Contents.joinTargets(List.of(a, b), java.util.Arrays.asList(ta, null)).markup());
  }

  private static List<Code> concat(List<Code> a, List<Code> b) {
    List<Code> all = new java.util.ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  @Test
  void squeezeIsTheWhitespaceRegexInOnePass() {
    java.util.Random random = new java.util.Random(7);
    String alphabet = "ab \t\n\u000B\f\r\u00A0\u2007\u202F\u3000\u2003çİ";
    for (int round = 0; round < 20_000; round++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(12); k > 0; k--) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = sb.toString();
      assertEquals(text.replaceAll("[\\s\\u00A0]+", " ").strip(), Contents.squeeze(text, "\u00A0"),
          () -> "for [" + text + "]");
      assertEquals(text.replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ").strip(),
          Contents.squeeze(text, "\u00A0\u2007\u202F"), () -> "for [" + text + "]");
    }
  }
}
