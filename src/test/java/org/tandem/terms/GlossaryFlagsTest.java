package org.tandem.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tandem.model.Concept;
import org.tandem.model.Lang;
import org.tandem.model.PartOfSpeech;
import org.tandem.model.TandemException;
import org.tandem.model.Term;
import org.tandem.model.TermMatching;

/** The glossary CSV's optional columns pos, case, dnt and exact. */
class GlossaryFlagsTest {
  final GlossaryCsv csv = new GlossaryCsv();

  Concept row(String header, String row) {
    return csv.parse(header + "\n" + row + "\n", "g.csv").concepts().get(0);
  }

  @Test
  void oneValueAppliesToEveryTermOfTheRow() {
    Concept c = row("id,de,tr,pos,case,dnt,exact", "awo,AWO,AWO,properNoun,yes,yes,yes");
    for (Lang lang : Lang.values()) {
      Term t = c.terms(lang).get(0);
      assertEquals(PartOfSpeech.PROPER_NOUN, t.pos());
      assertTrue(t.caseSensitive());
      assertTrue(t.doNotTranslate());
      assertEquals(TermMatching.EXACT, t.matching());
    }
  }

  @Test
  void aListSetsTheFlagForSomeTermsOnly() {
    Concept c = row("id,de,tr,pos,case,exact", "amt,Amt|Behörde,daire,Amt=noun|daire=noun,Behörde,Amt=no|daire");
    Term amt = c.terms(Lang.DE).get(0);
    Term behoerde = c.terms(Lang.DE).get(1);
    Term daire = c.terms(Lang.TR).get(0);
    assertEquals(PartOfSpeech.NOUN, amt.pos());
    assertEquals(PartOfSpeech.UNSPECIFIED, behoerde.pos());
    assertTrue(behoerde.caseSensitive());
    assertFalse(amt.caseSensitive());
    assertEquals(TermMatching.INFLECTED, amt.matching());
    assertEquals(TermMatching.EXACT, daire.matching());
  }

  @Test
  void aLanguagePrefixTellsTheSameTermInBothLanguagesApart() {
    Concept c = row("id,de,tr,dnt", "name,Jobcenter,Jobcenter,tr:Jobcenter");
    assertFalse(c.terms(Lang.DE).get(0).doNotTranslate());
    assertTrue(c.terms(Lang.TR).get(0).doNotTranslate());
    assertEquals("id,de,tr,note,dnt\nname,Jobcenter,Jobcenter,,tr:Jobcenter\n",
        csv.format(new Glossary(List.of(c))), "written back the same way");
  }

  @Test
  void flagColumnsAreWrittenOnlyWhenUsedAndReadBackUnchanged() {
    Glossary plain = csv.parse("id,de,tr,note\nk,Kommune,belediye,\n", "g.csv");
    assertEquals("id,de,tr,note\nk,Kommune,belediye,\n", csv.format(plain));
    Glossary flagged = csv.parse("id,de,tr,note,case,exact\nk,Kommune|AWO,belediye,,AWO,no\n", "g.csv");
    String text = csv.format(flagged);
    assertEquals("id,de,tr,note,case,exact\nk,Kommune|AWO,belediye,,AWO,no\n", text);
    assertEquals(flagged, csv.parse(text, "again.csv"));
  }

  @Test
  void addsAConceptFromNamedCells() {
    Concept c = csv.concept(Map.of("id", "x", "de", "Kita", "tr", "kreş|anaokulu", "dnt", ""), "add");
    assertEquals(List.of("kreş", "anaokulu"), c.terms(Lang.TR).stream().map(Term::text).toList());
    TandemException e = assertThrows(TandemException.class,
        () -> csv.concept(Map.of("id", "x", "de", "Kita||KiTa"), "add"));
    assertTrue(e.getMessage().contains("empty term"), e.getMessage());
  }

  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = ';', value = {
    "id,de,tr,pos; a,Amt,daire,thing; unknown part of speech 'thing'",
    "id,de,tr,case; a,Amt,daire,Rat|Amt; column case names \"Rat\", which is not a term of this row",
    "id,de,tr,case; a,Amt,daire,Rat; unknown value 'Rat' in column case",
    "id,de,tr,exact; a,Amt,daire,Amt=maybe; unknown value 'maybe' in column exact",
    "id,de,tr,pos; a,Amt|Behörde,daire,Amt|Behörde; column pos lists terms without a part of speech",
    "id,de,tr,dnt; a,Amt,daire,Amt=perhaps; unknown value 'perhaps' in column dnt",
  })
  void reportsBadFlagCellsWithTheirLine(String header, String row, String message) {
    TandemException e = assertThrows(TandemException.class, () -> row(header, row));
    assertEquals(2, e.line());
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }
}
