package org.tandem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.cli.CliRun.tandem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.model.Chapter;
import org.tandem.model.Segment;
import org.tandem.store.Workspace;

/** Aligning a chapter with its own built translation (every target joined into a document) recovers every stored pair. */
class AlignRoundTripTest {
  @TempDir Path tmp;

  @Test
  void recoversEveryStoredPairFromTheBuiltTranslation() throws Exception {
    Path ws = Workspaces.sample(tmp.resolve("ws"));
    assertEquals(0, tandem(ws, "build", "-o", tmp.resolve("build").toString()).exit());
    Workspace w = Workspace.open(ws);
    int checked = 0;
    for (Chapter chapter : w.config().chapters()) {
      List<Segment> translated = w.load(chapter).segments().stream().filter(Segment::hasTarget).toList();
      if (translated.size() * 2 < w.load(chapter).segments().size()) {
        continue; // mostly untranslated: its build is in the source language, which align refuses
      }
      Path built = tmp.resolve("build").resolve(chapter.targetLang().code()).resolve(
          Path.of(chapter.file()).getFileName());
      CliRun run = tandem(ws, "align", chapter.id(), built.toString(), "--overwrite", "--dry-run", "--format", "json");
      assertEquals(0, run.exit(), run.toString());
      Map<String, String> aligned = new HashMap<>();
      for (JsonNode pair : new ObjectMapper().readTree(run.out()).get("pairs")) {
        if (pair.get("keys").size() == 1) {
          List<String> targets = new ArrayList<>();
          pair.get("target").forEach(t -> targets.add(t.asText()));
          aligned.put(pair.get("keys").get(0).asText(), String.join(" ", targets));
        }
      }
      for (Segment s : translated) {
        assertEquals(s.target().plainText(), aligned.get(s.key()), chapter.id() + " " + s.key());
        checked++;
      }
    }
    assertTrue(checked > 150, checked + " pairs checked");
  }
}
