package org.tandem.check;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tandem.check.AccuracyTest.Score;
import org.tandem.model.Lang;
import org.tandem.terms.Glossary;
import org.tandem.terms.GlossaryCsv;
import org.tandem.terms.TermMatcher;

/**
 * Accuracy of the terminology check on sentence pairs in the style of desktop UI translations
 * ({@code realistic/cases.tsv}, written for tandem), per category: plain occurrences, German
 * compounds, hard Turkish and German forms, look-alikes. The cases alternate between a tuning half
 * (even positions, used while developing) and a held-out half (odd positions, reported); the same
 * figures are computed for exact and prefix matching. Floors: 0.95 precision and recall in every
 * category of the held-out half, 0.99 for plain occurrences.
 */
class RealisticAccuracyTest {
  static final String DIR = "/org/tandem/check/realistic/";
  static final List<String> CATEGORIES = List.of("plain", "compound", "hard", "lookalike");
  static final List<String> RULES = List.of(TermMissingRule.ID, ForbiddenTermRule.ID);
  static Glossary glossary;
  static List<Case> cases;

  /** One labelled case; {@code heldOut} for the reported half. */
  record Case(int line, String category, Lang source, String entry, Set<String> expected, String sourceText,
      String targetText, String why, boolean heldOut) {}

  @BeforeAll
  static void load() throws IOException {
    glossary = new GlossaryCsv().parse(AccuracyTest.resource("../realistic/glossary.csv"), "realistic/glossary.csv");
    cases = new ArrayList<>();
    String[] lines = AccuracyTest.resource("../realistic/cases.tsv").split("\n");
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank() || lines[i].startsWith("#")) {
        continue;
      }
      String[] f = lines[i].split("\t", -1);
      Set<String> expected = f[3].equals("ok") ? Set.of() : new TreeSet<>(List.of(f[3].split("\\+")));
      cases.add(new Case(i + 1, f[0], Lang.parse(f[1]), f[2], expected, f[4], f[5], f[6], cases.size() % 2 == 1));
    }
  }

  static Set<String> tandem(Case c) {
    return AccuracyTest.findings(glossary, RULES, c.source(), c.entry(), c.sourceText(), c.targetText());
  }

  /** Scores by category (and "all") over the chosen cases; misses are collected when a list is given. */
  static Map<String, Score> score(List<Case> chosen, Function<Case, Set<String>> predicted, List<String> misses) {
    Map<String, Score> scores = new LinkedHashMap<>();
    CATEGORIES.forEach(k -> scores.put(k, new Score(0, 0, 0)));
    scores.put("all", new Score(0, 0, 0));
    for (Case c : chosen) {
      Set<String> got = predicted.apply(c);
      for (String rule : RULES) {
        Score s = Score.of(c.expected().contains(rule), got.contains(rule));
        scores.merge(c.category(), s, Score::plus);
        scores.merge("all", s, Score::plus);
      }
      if (misses != null && !got.equals(c.expected())) {
        misses.add("  line " + c.line() + " (" + c.category() + ", " + c.source() + ", " + c.entry() + ", " + c.why()
            + "): expected " + (c.expected().isEmpty() ? "ok" : c.expected()) + ", got " + (got.isEmpty() ? "ok" : got));
      }
    }
    return scores;
  }

  /**
   * Whether the case's entry is found in its source (the matcher's view, before any rule): every
   * case has its entry's term in the source, except the look-alike cases labelled ok, whose source
   * holds only a look-alike. Counted over all cases, one event per case.
   */
  static Map<String, Score> sourceDetection(List<Case> chosen) {
    Map<Lang, TermMatcher> matchers = Map.of(Lang.DE, new TermMatcher(glossary, Lang.DE), Lang.TR,
        new TermMatcher(glossary, Lang.TR));
    Map<String, Score> scores = new LinkedHashMap<>();
    CATEGORIES.forEach(k -> scores.put(k, new Score(0, 0, 0)));
    scores.put("all", new Score(0, 0, 0));
    for (Case c : chosen) {
      boolean want = !(c.category().equals("lookalike") && c.expected().isEmpty());
      boolean have = matchers.get(c.source()).find(c.sourceText()).stream()
          .anyMatch(h -> h.concept().id().equals(c.entry()));
      scores.merge(c.category(), Score.of(want, have), Score::plus);
      scores.merge("all", Score.of(want, have), Score::plus);
    }
    return scores;
  }

  @Test
  void theMatcherFindsTheEntryInTheSourceExactlyWhereItIs() {
    Map<String, Score> found = sourceDetection(cases);
    StringBuilder sb = new StringBuilder("\nEntry found in the source (all cases):\n| category | P | R |\n|---|---|---|\n");
    found.forEach((k, s) -> sb.append(String.format("| %s | %.3f | %.3f |%n", k, s.precision(), s.recall())));
    System.out.println(sb);
    found.forEach((k, s) -> assertTrue(s.precision() >= 0.95 && s.recall() >= 0.95, k + ": " + s));
  }

  @Test
  void theSetIsLargeAndCoversEveryCategoryAndBothDirections() {
    assertTrue(cases.size() >= 300, "at least 300 cases, got " + cases.size());
    for (String category : CATEGORIES) {
      assertTrue(cases.stream().filter(c -> c.category().equals(category)).count() >= 50, "cases of " + category);
    }
    assertTrue(cases.stream().filter(c -> c.source() == Lang.TR).count() >= 60, "cases from Turkish");
    assertTrue(cases.stream().filter(c -> !c.expected().isEmpty()).count() >= 40, "violations");
    cases.forEach(c -> assertTrue(glossary.concept(c.entry()).isPresent(), "line " + c.line() + ": " + c.entry()));
    Set<String> seen = new java.util.HashSet<>();
    cases.forEach(c -> assertTrue(seen.add(c.entry() + "\t" + c.sourceText() + "\t" + c.targetText()),
        "line " + c.line() + " repeats a case"));
  }

  @Test
  void tandemReachesTheFloorsOnTheHeldOutHalfWhereExactAndPrefixMatchingDoNot() {
    List<Case> heldOut = cases.stream().filter(Case::heldOut).toList();
    List<Case> tuning = cases.stream().filter(c -> !c.heldOut()).toList();
    List<String> misses = new ArrayList<>();
    Map<String, Score> tandem = score(heldOut, RealisticAccuracyTest::tandem, misses);
    Map<String, Score> tuned = score(tuning, RealisticAccuracyTest::tandem, misses);
    NaiveTermCheck exactCheck = new NaiveTermCheck(glossary, false);
    NaiveTermCheck prefixCheck = new NaiveTermCheck(glossary, true);
    Map<String, Score> exact = score(heldOut, c -> exactCheck.findings(c.entry(), c.source(), c.sourceText(),
        c.targetText()), null);
    Map<String, Score> prefix = score(heldOut, c -> prefixCheck.findings(c.entry(), c.source(), c.sourceText(),
        c.targetText()), null);
    System.out.println(table(heldOut.size(), tuning.size(), tandem, tuned, exact, prefix));
    if (!misses.isEmpty()) {
      System.out.println("tandem's misses and false alarms (both halves):\n" + String.join("\n", misses));
    }
    for (String category : tandem.keySet()) {
      Score s = tandem.get(category);
      double floor = category.equals("plain") ? 0.99 : 0.95;
      assertTrue(s.precision() >= floor && s.recall() >= floor, category + ": precision " + s.precision()
          + ", recall " + s.recall() + "\n" + String.join("\n", misses));
    }
    Score all = tandem.get("all");
    for (Map<String, Score> other : List.of(exact, prefix)) {
      Score o = other.get("all");
      assertTrue(o.precision() * o.recall() < all.precision() * all.recall(), "a simple matcher does as well");
    }
  }

  static String table(int heldOut, int tuning, Map<String, Score> tandem, Map<String, Score> tuned,
      Map<String, Score> exact, Map<String, Score> prefix) {
    StringBuilder sb = new StringBuilder(String.format("%nRealistic terminology accuracy: %d held-out cases "
        + "(tuning half: %d)%n", heldOut, tuning));
    sb.append("| category | expected | tandem P | tandem R | tuning half P / R | exact P | exact R | prefix P | prefix R |\n");
    sb.append("|---|---|---|---|---|---|---|---|---|\n");
    for (String k : tandem.keySet()) {
      Score t = tandem.get(k);
      sb.append(String.format("| %s | %d | %.3f | %.3f | %.3f / %.3f | %.3f | %.3f | %.3f | %.3f |%n", k,
          t.tp() + t.fn(), t.precision(), t.recall(), tuned.get(k).precision(), tuned.get(k).recall(),
          exact.get(k).precision(), exact.get(k).recall(), prefix.get(k).precision(), prefix.get(k).recall()));
    }
    return sb.toString();
  }
}
