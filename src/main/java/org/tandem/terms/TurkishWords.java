package org.tandem.terms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turkish term words, found in text by {@link TurkishInflection}. Only the last word of a term
 * inflects (Turkish inflects a noun phrase at its end); other words, and words of fewer than
 * {@link TermMatcher#MIN_INFLECTED_LETTERS_TR} letters (iş, il), match only their exact folded form
 * unless the glossary says otherwise.
 *
 * <p>Lookup is by hash: each stem is indexed by its text, and a text word looks up each of its
 * prefixes (a dozen lookups), then runs the suffix grammar only on the few stems found.
 */
final class TurkishWords implements WordIndex {
  private record Entry(int wordId, TurkishInflection.Stem stem) {}

  private final Map<String, List<Integer>> byExact = new HashMap<>();
  private final Map<String, List<Entry>> byStem = new HashMap<>();
  private final BoundedCache<String, List<Match>> cache = new BoundedCache<>(500_000);
  private final java.util.function.Function<String, List<Match>> compute = this::compute;
  private int shortest = Integer.MAX_VALUE;
  private int longest;

  /** Indexes the words; {@code specs.get(i)} gets id i. */
  TurkishWords(List<Spec> specs) {
    for (int id = 0; id < specs.size(); id++) {
      Spec spec = specs.get(id);
      String folded = Fold.turkish(spec.text());
      if (!spec.last() || spec.exact()) {
        byExact.computeIfAbsent(folded, k -> new ArrayList<>(1)).add(id);
        continue;
      }
      for (TurkishInflection.Stem stem : TurkishInflection.stems(folded, !spec.single())) {
        byStem.computeIfAbsent(stem.text(), k -> new ArrayList<>(1)).add(new Entry(id, stem));
        shortest = Math.min(shortest, stem.text().length());
        longest = Math.max(longest, stem.text().length());
      }
    }
  }

  @Override
  public List<Match> match(String word) {
    return cache.get(word, compute);
  }

  private List<Match> compute(String raw) {
    String word = Fold.turkish(raw);
    List<Integer> ids = new ArrayList<>(byExact.getOrDefault(word, List.of()));
    for (int length = shortest; length <= Math.min(longest, word.length()); length++) {
      for (Entry entry : byStem.getOrDefault(word.substring(0, length), List.of())) {
        if (!ids.contains(entry.wordId()) && TurkishInflection.accepts(entry.stem(), word)) {
          ids.add(entry.wordId());
        }
      }
    }
    List<Match> matches = new ArrayList<>(ids.size());
    ids.forEach(id -> matches.add(new Match(id, 0, raw.length(), true)));
    return List.copyOf(matches);
  }
}
