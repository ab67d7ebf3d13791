package org.tandem.dist;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Plants and removes a forbidden term (komün, not belediye) in unit s6 of the sample's altena-ehrenamt. */
final class ForbiddenTerm {
  static final String CHAPTER_FILE = "chapters/de/altena-ehrenamt.md";
  private static final Path STORE = Path.of("segments/altena-ehrenamt.json");
  private static final String GOOD = "\"target\" : \"Bu ölçekte bir belediye için bu, riskli bir adımdı.\"";
  private static final String BAD = "\"target\" : \"Bu ölçekte bir komün için bu, riskli bir adımdı.\"";

  private ForbiddenTerm() {}

  /** Writes the forbidden term into the translation, as an import of a careless translation would. */
  static void plant(Path ws) throws IOException {
    replace(ws.resolve(STORE), GOOD, BAD);
  }

  /** Restores the glossary's term. */
  static void fix(Path ws) throws IOException {
    replace(ws.resolve(STORE), BAD, GOOD);
  }

  private static void replace(Path file, String from, String to) throws IOException {
    String json = Files.readString(file);
    assertTrue(json.contains(from), "the sample's unit s6 reads " + from);
    Files.writeString(file, json.replace(from, to));
  }
}
