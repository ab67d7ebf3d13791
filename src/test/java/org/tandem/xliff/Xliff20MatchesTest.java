package org.tandem.xliff;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Offered translations ({@link XliffMatch}) in XLIFF 2.0's Matches module: valid against the core and
 * Matches schemas, placed before the notes, and skipped by the reader (tandem never imports them).
 */
class Xliff20MatchesTest {
  @Test
  void writesMatchesThatValidateAndThatTheReaderSkips() throws Exception {
    XliffDocument doc = Xliff12MatchesTest.document();
    byte[] bytes = Xliff20WriterGoldenTest.write(doc);
    String xml = new String(bytes, StandardCharsets.UTF_8);
    assertDoesNotThrow(() -> CoreSchema20.validate(bytes), xml);
    assertTrue(xml.contains("<mtc:matches xmlns:mtc=\"urn:oasis:names:tc:xliff:matches:2.0\">"), xml);
    assertTrue(xml.contains("<mtc:match ref=\"#seg\" similarity=\"90\" origin=\"altena-ehrenamt/s6\" type=\"other\""
        + " subType=\"tandem:previous-version\">"), xml);
    assertTrue(xml.contains("<mtc:match ref=\"#seg\" similarity=\"88\" origin=\"tm/referans.tmx#12\" type=\"tm\">"), xml);
    assertTrue(xml.indexOf("</mtc:matches>") < xml.indexOf("<notes>"), "extensions come before the notes");
    XliffDocument back = Xliff20RoundTripTest.roundTrip(doc);
    assertEquals(doc.units().stream().map(u -> Xliff20RoundTripTest.comparable(u.withMatches(List.of()))).toList(),
        back.units().stream().map(Xliff20RoundTripTest::comparable).toList());
  }
}
