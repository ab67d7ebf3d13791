package org.tandem.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tandem.model.Lang;

class TokensTest {
  @Test
  void wordsAreFoldedByTheLanguagesRulesAndKeepInnerApostrophesAndHyphens() {
    assertEquals(List.of("ıstanbul", "belediyesi'nin", "ilk", "işi"),
        Tokens.words("ISTANBUL Belediyesi'nin ilk İŞİ.", Lang.TR.locale()));
    assertEquals(List.of("seit", "den", "1970er-jahren", "straße"),
        Tokens.words("Seit den 1970er-Jahren – Straße!", Lang.DE.locale()));
  }

  @Test
  void punctuationAndLoneJoinersAreNoWords() {
    assertEquals(List.of("a", "b"), Tokens.words("- a, 'b' -", Locale.ROOT));
    assertEquals(List.of(), Tokens.words(" ... ", Locale.ROOT));
  }

  @Test
  void displayTokensGiveTheTextBack() {
    String text = "Die {1}Kommune{/1}  hilft – seit 2015, oder?\n😀";
    List<String> tokens = Tokens.display(text);
    assertEquals(text, String.join("", tokens));
    assertEquals(List.of("Die", " ", "{", "1", "}", "Kommune"), tokens.subList(0, 6));
    assertEquals("😀", tokens.get(tokens.size() - 1));
  }
}
