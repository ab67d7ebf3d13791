package org.tandem.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.xliff.XliffSamples.close;
import static org.tandem.xliff.XliffSamples.content;
import static org.tandem.xliff.XliffSamples.open;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.model.Content;
import org.tandem.model.Lang;
import org.tandem.model.State;

/**
 * Offered translations ({@link XliffMatch}) as XLIFF 1.2 {@code <alt-trans>}: golden bytes, the
 * strict schema, and readers that ignore them. The golden file lives in {@code matches/} so that
 * the general golden test's sample list stays its own.
 */
class Xliff12MatchesTest {
  private static final Path GOLDEN = Path.of("src/test/resources/org/tandem/xliff/matches/needs-update.xlf");

  static XliffDocument document() {
    Content source = content("Für eine ", open(1, "bold", "**"), "Gemeinde", close(1, "bold", "**"),
        " dieser Größe war das ein großes Wagnis.");
    Content previous = content("Für eine ", open(1, "bold", "**"), "Gemeinde", close(1, "bold", "**"),
        " dieser Größe war das ein Wagnis.");
    Content oldTarget = content("Bu ölçekte bir ", open(1, "bold", "**"), "belediye", close(1, "bold", "**"),
        " için bu, riskli bir adımdı.");
    XliffUnit updated = XliffUnit.of("s6", source, oldTarget, State.NEEDS_UPDATE,
        List.of("The source changed since this was translated; the translation was made for: "
            + previous.plainText())).withMatches(List.of(
        new XliffMatch(previous, oldTarget, 90, "altena-ehrenamt/s6", XliffMatch.Kind.PREVIOUS_VERSION),
        new XliffMatch(Content.text("Für eine Stadt dieser Größe war das ein großes Wagnis."),
            Content.text("Bu büyüklükte bir kent için bu büyük bir riskti."), 88, "tm/referans.tmx#12",
            XliffMatch.Kind.PROPOSAL)));
    XliffUnit fresh = XliffUnit.of("s46", Content.text("Die Kinder besuchten die Schulen im Viertel."), null,
        State.NEW, List.of()).withMatches(List.of(new XliffMatch(
            Content.text("Die Kinder besuchten von Beginn an die Schulen im eigenen Viertel."),
            Content.text("Çocuklar en başından itibaren kendi mahallelerindeki okullara gitti."), 70,
            "altena-ehrenamt/s10", XliffMatch.Kind.PROPOSAL)));
    return new XliffDocument("chapters/de/altena-ehrenamt.md", "altena-ehrenamt", Lang.DE, Lang.TR,
        List.of(updated, fresh));
  }

  static byte[] write(XliffDocument doc) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new Xliff12Writer().write(doc, out);
    return out.toByteArray();
  }

  @Test
  void writesAltTransAfterTheNotesAsInTheGoldenFile() throws Exception {
    byte[] actual = write(document());
    if (Boolean.getBoolean("tandem.regenerateGoldens")) {
      Files.write(GOLDEN, actual);
    }
    assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), new String(actual, StandardCharsets.UTF_8));
  }

  @Test
  void isValidAgainstTheStrictSchema() throws Exception {
    StrictSchema.validate(write(document()));
  }

  @Test
  void readersIgnoreOfferedTranslations() throws Exception {
    XliffDocument back = new Xliff12Reader().read(new ByteArrayInputStream(write(document())), "m.xlf");
    for (int i = 0; i < back.units().size(); i++) {
      XliffUnit written = document().units().get(i);
      XliffUnit read = back.units().get(i);
      assertEquals(List.of(), read.matches());
      assertEquals(written.withMatches(List.of()), read);
    }
  }

  @Test
  void theOldConstructorAndOfGiveNoMatches() {
    XliffUnit unit = new XliffUnit("a", Content.text("x"), null, State.NEW, List.of(), null, true);
    assertEquals(List.of(), unit.matches());
    assertEquals(List.of(), XliffUnit.of("a", Content.text("x"), null, State.NEW, List.of()).matches());
    assertTrue(unit.withMatches(null).matches().isEmpty());
  }

  @Test
  void aMatchQualityIsAPercentage() {
    assertThrows(IllegalArgumentException.class,
        () -> new XliffMatch(Content.text("a"), Content.text("b"), 101, "", XliffMatch.Kind.PROPOSAL));
  }
}
