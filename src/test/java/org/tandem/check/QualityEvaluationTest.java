package org.tandem.check;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.tandem.store.Workspace;
import org.tandem.model.Chapter;
import org.tandem.model.Content;
import org.tandem.model.Finding;
import org.tandem.model.Lang;
import org.tandem.model.Segment;
import org.tandem.model.State;
import org.tandem.terms.Glossary;

/**
 * Precision and recall of all check rules on German–Turkish pairs written for tandem: the clean pairs
 * of quality-clean.tsv, the hand-planted errors of quality-planted.tsv, and errors planted into every
 * clean pair by {@link Planting} (one per pair and class, where the class applies). Prints the
 * figures per class (docs/checks.md quotes them) and asserts floors.
 */
class QualityEvaluationTest {
  /** One labelled pair: the class of its planted error ("clean" for none). */
  record Pair(String label, Lang sourceLang, String source, String target) {}

  static List<Pair> read(String resource, boolean clean) throws IOException {
    List<Pair> pairs = new ArrayList<>();
    try (InputStream in = QualityEvaluationTest.class.getResourceAsStream(resource)) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        int o = clean ? 0 : 1;
        Lang lang = f[o].startsWith("de") ? Lang.DE : Lang.TR;
        pairs.add(new Pair(clean ? "clean" : f[0], lang, f[o + 1], f[o + 2]));
      }
    }
    return pairs;
  }

  /** The translated segments of the sample publication in the repository (written for tandem). */
  static List<Pair> samplePublication() {
    List<Pair> pairs = new ArrayList<>();
    Workspace ws = Workspace.open(Path.of("").toAbsolutePath());
    for (Chapter chapter : ws.chapters(List.of())) {
      for (Segment s : ws.load(chapter).segments()) {
        if (s.hasTarget() && s.state().isDone()) {
          pairs.add(new Pair("clean", chapter.sourceLang(), s.source().plainText(), s.target().plainText()));
        }
      }
    }
    return pairs;
  }

  static List<Finding> check(Pair pair) {
    Chapter chapter = new Chapter("eval", "eval.md", pair.sourceLang());
    Segment s = new Segment("s1", 1, Content.text(pair.source()), Content.text(pair.target()), State.TRANSLATED);
    return new Checker().run(chapter, List.of(s), new Glossary(List.of())).findings();
  }

  @Test
  void cleanPairsAreNotFlaggedAndPlantedErrorsAreCaught() throws IOException {
    List<Pair> clean = read("quality-clean.tsv", true);
    clean.addAll(samplePublication());
    List<Pair> all = new ArrayList<>(clean);
    all.addAll(read("quality-planted.tsv", false));
    all.addAll(Planting.plant(clean));
    Map<String, int[]> byClass = new TreeMap<>(); // label → {pairs, flagged}
    int flagged = 0;
    int flaggedWrong = 0;
    List<String> falseAlarms = new ArrayList<>();
    List<String> misses = new ArrayList<>();
    for (Pair pair : all) {
      List<Finding> findings = check(pair);
      int[] c = byClass.computeIfAbsent(pair.label(), k -> new int[2]);
      c[0]++;
      if (!findings.isEmpty()) {
        c[1]++;
        flagged++;
        if (!pair.label().equals("clean")) {
          flaggedWrong++;
        } else {
          falseAlarms.add(pair.source() + " | " + pair.target() + " → " + findings.get(0).rule() + ": " + findings.get(0).message());
        }
      } else if (!pair.label().equals("clean")) {
        misses.add(pair.label() + ": " + pair.source() + " | " + pair.target());
      }
    }
    int planted = all.size() - clean.size();
    int caught = flaggedWrong;
    double recall = caught / (double) planted;
    double precision = flagged == 0 ? 1 : flaggedWrong / (double) flagged;
    StringBuilder report = new StringBuilder();
    byClass.forEach((label, c) -> report.append(String.format("%-16s %4d pairs, %4d flagged%n", label, c[0], c[1])));
    report.append(String.format("recall %.3f (%d of %d planted), precision %.3f (%d flagged), false alarms %d of %d clean%n",
        recall, caught, planted, precision, flagged, falseAlarms.size(), clean.size()));
    falseAlarms.forEach(f -> report.append("  false alarm: ").append(f).append('\n'));
    misses.forEach(m -> report.append("  missed: ").append(m).append('\n'));
    System.out.print(report);
    assertTrue(recall >= 0.95, report::toString);
    assertTrue(precision >= 0.95, report::toString);
    assertTrue(falseAlarms.size() <= clean.size() / 20, report::toString);
  }
}
