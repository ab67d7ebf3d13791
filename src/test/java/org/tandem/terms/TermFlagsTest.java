package org.tandem.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tandem.model.Lang;

/** How a term's case-sensitive and exact flags change what the matcher finds. */
class TermFlagsTest {
  static final Glossary GLOSSARY = new GlossaryCsv().parse("""
      id,de,tr,case,exact
      awo,AWO,AWO,yes,
      arm,Arm,kol,Arm,
      amt,Amt,daire,,Amt=no
      schule,Schule,okul,,Schule=yes
      il,Provinz,il,,il=no
      iskur,İŞKUR,İŞKUR,yes,
      """, "flags.csv");

  static List<String> found(Lang lang, String text) {
    return new TermMatcher(GLOSSARY, lang).find(text).stream().map(h -> h.concept().id() + "=" + h.in(text)).toList();
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = ';', value = {
    "de; Die AWO hilft.; awo=AWO",
    "de; Die Awo hilft.; ",
    "de; Er brach sich den Arm.; arm=Arm",
    "de; Sie sind arm.; ",
    "tr; İŞKUR'a gitti.; iskur=İŞKUR'a",
    "tr; İşkur'a gitti.; ",
  })
  void aCaseSensitiveTermMatchesOnlyItsCapitalisation(String lang, String text, String expected) {
    assertEquals(expected == null ? List.of() : List.of(expected), found(Lang.parse(lang), text));
  }

  @Test
  void exactNoLetsAShortTermInflect() {
    assertEquals(List.of("amt=Ämter"), found(Lang.DE, "Die Ämter"));
    assertEquals(List.of("il=illerde"), found(Lang.TR, "Bazı illerde"));
  }

  @Test
  void exactYesKeepsALongTermAsWritten() {
    assertEquals(List.of("schule=Schule"), found(Lang.DE, "Die Schule"));
    assertEquals(List.of(), found(Lang.DE, "Die Schulen"));
  }
}
