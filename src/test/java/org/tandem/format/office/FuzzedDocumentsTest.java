package org.tandem.format.office;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tandem.extract.ExtractedDocument;
import org.tandem.model.Lang;
import org.tandem.model.TandemException;

/**
 * Damaged documents: bytes of the package and characters of its XML changed at random. Each one is
 * either read (and then written back with every target equal to its source) or refused with a
 * TandemException; no other exception escapes. Seeded, so a failure can be replayed.
 */
class FuzzedDocumentsTest {
  /** -Dfuzz.rounds=N and -Dfuzz.seed=S run other and more rounds. */
  private static final int ROUNDS = Integer.getInteger("fuzz.rounds", 300);
  private static final long SEED = Long.getLong("fuzz.seed", 8);
  private static final String NOISE = "<>&\"'/=;:# \n\u0000\uFFFEwxrtp";

  @Test
  void changedXmlIsReadOrRefusedCleanly() {
    Random random = new Random(SEED);
    for (int round = 0; round < ROUNDS; round++) {
      boolean odt = round % 2 == 1;
      Map<String, String> parts = odt ? SampleOdt.parts() : SampleDocx.parts();
      String name = odt ? "content.xml" : "word/document.xml";
      StringBuilder xml = new StringBuilder(parts.get(name));
      for (int k = 0; k < 1 + random.nextInt(4); k++) {
        int at = random.nextInt(xml.length());
        switch (random.nextInt(3)) {
          case 0 -> xml.deleteCharAt(at);
          case 1 -> xml.insert(at, NOISE.charAt(random.nextInt(NOISE.length())));
          default -> xml.setCharAt(at, NOISE.charAt(random.nextInt(NOISE.length())));
        }
      }
      parts.put(name, xml.toString());
      byte[] bytes = odt ? SampleOdt.bytes(parts) : SampleDocx.bytes(parts);
      readOrRefuse(odt ? new OdtFormat() : new DocxFormat(), bytes, "round " + round);
    }
  }

  @Test
  void changedBytesAreReadOrRefusedCleanly() {
    Random random = new Random(SEED + 1);
    byte[] original = SampleDocx.bytes();
    for (int round = 0; round < ROUNDS; round++) {
      byte[] bytes = original.clone();
      for (int k = 0; k < 1 + random.nextInt(8); k++) {
        bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
      }
      readOrRefuse(new DocxFormat(), bytes, "round " + round);
    }
  }

  private static void readOrRefuse(OfficeFormat format, byte[] bytes, String round) {
    try {
      ExtractedDocument doc = format.read(bytes, "fuzz", Lang.DE, Dump.RULES);
      format.write(doc, doc.segments().stream().map(s -> s.source()).toList(), Lang.TR, s -> s);
    } catch (TandemException e) {
      assertTrue(e.located().startsWith("fuzz: "), round + ": " + e.located());
    } catch (RuntimeException e) {
      throw new AssertionError(round + ": " + e, e);
    }
  }
}
