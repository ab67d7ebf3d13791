package org.tandem.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WordDiffTest {
  @Test
  void marksRemovedWordsInTheOldAndAddedWordsInTheNewText() {
    WordDiff diff = WordDiff.of("Für eine Gemeinde dieser Größe war das ein Wagnis.",
        "Für eine Stadt dieser Größe war das ein großes Wagnis.");
    assertEquals("Für eine [-Gemeinde-] dieser Größe war das ein Wagnis.", diff.markedOld());
    assertEquals("Für eine {+Stadt+} dieser Größe war das ein {+großes+} Wagnis.", diff.markedNew());
    assertFalse(diff.unchanged());
  }

  @Test
  void neighbouringChangedWordsFormOneMark() {
    WordDiff diff = WordDiff.of("Wohnungen statt Sammelunterkunft", "Wohnungen statt einer großen Halle");
    assertEquals("Wohnungen statt [-Sammelunterkunft-]", diff.markedOld());
    assertEquals("Wohnungen statt {+einer großen Halle+}", diff.markedNew());
  }

  @Test
  void changedSpacingAndCodesStayVisible() {
    WordDiff diff = WordDiff.of("Die Kommune hilft.", "Die {1}Kommune{/1} hilft.");
    assertEquals("Die {+{1}+}Kommune{+{/1}+} hilft.", diff.markedNew());
    assertEquals("a{+  +}b", WordDiff.of("a b", "a  b").markedNew());
    assertEquals("a[- -]b", WordDiff.of("a b", "a  b").markedOld());
  }

  @Test
  void equalTextsAreUnchangedAndTurkishLettersSurvive() {
    WordDiff diff = WordDiff.of("İstanbul'da ılık bir gün.", "İstanbul'da ılık bir gün.");
    assertTrue(diff.unchanged());
    assertEquals("İstanbul'da ılık bir gün.", diff.markedOld());
    WordDiff city = WordDiff.of("İstanbul'da ılık", "Ankara'da ılık");
    assertEquals("[-İstanbul'da-] ılık", city.markedOld());
    assertEquals("{+Ankara'da+} ılık", city.markedNew());
  }
}
