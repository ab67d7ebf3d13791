package org.tandem.tm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tandem.compare.Similarity;
import org.tandem.compare.Tokens;
import org.tandem.model.Content;
import org.tandem.model.Lang;
import org.tandem.model.State;

/** The pruned search gives exactly what scoring every entry gives, on near-duplicates full of ties. */
class FuzzyIndexTest {
  static final String[] WORDS = {"die", "stadt", "kommune", "hilft", "den", "familien", "seit", "jahren", "im",
      "viertel", "schule", "kurs", "beratung", "amt", "rat", "wohnung", "arbeit", "sprache", "kinder", "eltern"};

  static String sentence(Random random) {
    int n = 3 + random.nextInt(10);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
    }
    return sb.append('.').toString();
  }

  /** Every entry scored, best per translation, ordered as the memory orders matches. */
  static List<TmMatch> bruteForce(List<TmUnit> units, Content query, double threshold, int max) {
    List<String> q = Tokens.words(query.plainText(), Lang.DE.locale());
    List<TmMatch> all = new ArrayList<>();
    for (TmUnit u : units) {
      double score = Similarity.atLeast(q, Tokens.words(u.source().plainText(), Lang.DE.locale()), threshold);
      if (score >= 0 && !q.isEmpty()) {
        all.add(new TmMatch(u, score));
      }
    }
    all.sort(Comparator.comparingDouble(TmMatch::score).reversed()
        .thenComparing(TmMatch::unit, TranslationMemory.PREFERENCE)
        .thenComparing(m -> m.unit().target().markup()).thenComparing(m -> m.unit().source().markup()));
    Map<String, TmMatch> best = new LinkedHashMap<>();
    all.forEach(m -> best.putIfAbsent(m.unit().target().markup(), m));
    return best.values().stream().limit(max).toList();
  }

  @Test
  void prunedSearchEqualsScoringEveryEntry() {
    Random random = new Random(20240501);
    List<TmUnit> units = new ArrayList<>();
    TranslationMemory tm = new TranslationMemory();
    for (int i = 0; i < 1500; i++) {
      State state = State.values()[1 + random.nextInt(4)];
      TmUnit unit = new TmUnit(Lang.DE, Content.text(sentence(random)), Content.text("t" + random.nextInt(400)),
          "c/s" + i, state, random.nextInt(5) == 0, "", "");
      units.add(unit);
      tm.add(unit);
    }
    for (int q = 0; q < 200; q++) {
      Content query = Content.text(sentence(random));
      double threshold = q % 2 == 0 ? 0.7 : 0.5;
      int max = 1 + q % 4;
      assertEquals(bruteForce(units, query, threshold, max), tm.fuzzy(Lang.DE, query, threshold, max, u -> false),
          "query " + q + ": " + query);
    }
  }
}
