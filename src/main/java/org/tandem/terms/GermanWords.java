package org.tandem.terms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * German term words, found in text by their key (see {@link GermanKeys}); single-word terms are
 * also found as parts of compounds (see {@link GermanCompounds}). Words of fewer than
 * {@link TermMatcher#MIN_INFLECTED_LETTERS} letters (Amt, Rat) match only their exact folded form.
 */
final class GermanWords implements WordIndex {
  private final Map<String, List<Integer>> byKey = new HashMap<>();
  private final Map<String, List<Integer>> byExact = new HashMap<>();
  private final Map<String, List<Integer>> singleByKey = new HashMap<>();
  private final GermanCompounds compounds;
  private final BoundedCache<String, List<Match>> cache = new BoundedCache<>(200_000);

  /** Indexes the words; {@code specs.get(i)} gets id i. */
  GermanWords(List<Spec> specs) {
    List<String> glossaryWords = new ArrayList<>();
    for (int id = 0; id < specs.size(); id++) {
      Spec spec = specs.get(id);
      glossaryWords.add(spec.text());
      if (TermMatcher.exactOnly(spec.text())) {
        add(byExact, Fold.german(spec.text()), id);
        continue;
      }
      String key = GermanKeys.of(spec.text());
      add(byKey, key, id);
      if (spec.single()) {
        add(singleByKey, key, id);
      }
    }
    compounds = new GermanCompounds(glossaryWords);
  }

  private static void add(Map<String, List<Integer>> map, String key, int id) {
    map.computeIfAbsent(key, k -> new ArrayList<>()).add(id);
  }

  @Override
  public List<Match> match(String word) {
    return cache.get(word, this::compute);
  }

  private List<Match> compute(String raw) {
    String word = Fold.nfc(raw);
    List<Match> matches = new ArrayList<>();
    int length = raw.length();
    byExact.getOrDefault(Fold.german(word), List.of()).forEach(id -> matches.add(new Match(id, 0, length, true)));
    byKey.getOrDefault(GermanKeys.of(word), List.of()).forEach(id -> matches.add(new Match(id, 0, length, true)));
    if (!singleByKey.isEmpty()) {
      addParts(raw, word, matches);
    }
    return List.copyOf(matches);
  }

  /** Compound parts that are single-word terms, placed in the original word when possible. */
  private void addParts(String raw, String word, List<Match> matches) {
    GermanFolded folded = GermanFolded.of(word);
    boolean mappable = word.length() == raw.length();
    for (GermanCompounds.Part part : compounds.parts(folded.text())) {
      int from = mappable ? folded.start(part.from()) : 0;
      int to = mappable ? folded.end(part.to()) : raw.length();
      singleByKey.getOrDefault(part.key(), List.of())
          .forEach(id -> matches.add(new Match(id, from, to, false)));
    }
  }
}
