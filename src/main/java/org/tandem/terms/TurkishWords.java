package org.tandem.terms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turkish term words, found in text by {@link TurkishInflection}. Only the last word of a term
 * inflects (Turkish inflects a noun phrase at its end); other words, and words the glossary marks
 * exact, match only their exact folded form.
 *
 * <p>Where a text word can be read both as a form of a term word and as a form of a longer word,
 * the longer word wins ("longest stem first", as morphological analysers disambiguate): "izin"
 * (permission) is not the genitive of "iz" (trace), "adımda" (in the step) is not "ad" (name),
 * "ağzı" is "ağız" (mouth), not "ağ" (network). The longer words are the glossary's own one-word
 * terms and {@code tr-homographs.txt}, common words that a short term's forms run into.
 *
 * <p>Lookup is by hash: each stem is indexed by its text, and a text word looks up each of its
 * prefixes (a dozen lookups), then runs the suffix grammar only on the few stems found.
 */
final class TurkishWords implements WordIndex {
  /** A stem of a lemma; {@code blocks} for one-word lemmas, which outrank shorter readings. */
  private record Entry(int wordId, String lemma, TurkishInflection.Stem stem, boolean blocks) {}

  private static final List<String> HOMOGRAPHS = WordLists.load("tr-homographs.txt");
  private static final int NO_TERM = -1;
  /** Words after which a noun follows: demonstratives, numerals, quantifiers, common adjectives of UI text. */
  private static final Set<String> DETERMINERS = Set.of("bu", "şu", "o", "bir", "her", "hangi",
      "aynı", "başka", "diğer", "yeni", "eski", "seçili", "seçilen", "varsayılan", "mevcut", "kendi", "tek", "iki");

  private final Map<String, List<Integer>> byExact = new HashMap<>();
  private final Map<String, List<Entry>> byStem = new HashMap<>();
  private final BoundedCache<String, List<Match>> cache = new BoundedCache<>(500_000);
  private final java.util.function.Function<String, List<Match>> compute = this::compute;
  private final BoundedCache<String, List<Match>> nounCache = new BoundedCache<>(50_000);
  private final java.util.function.Function<String, List<Match>> computeNoun = w -> compute(w, true);
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
      index(id, folded, !spec.single());
    }
    for (String word : HOMOGRAPHS) {
      index(NO_TERM, Fold.turkish(word), false);
    }
  }

  private void index(int id, String lemma, boolean compoundHead) {
    for (TurkishInflection.Stem stem : TurkishInflection.stems(lemma, compoundHead)) {
      byStem.computeIfAbsent(stem.text(), k -> new ArrayList<>(1)).add(new Entry(id, lemma, stem, !compoundHead));
      shortest = Math.min(shortest, stem.text().length());
      longest = Math.max(longest, stem.text().length());
    }
  }

  @Override
  public List<Match> match(String word) {
    return cache.get(word, compute);
  }

  /** After a determiner (bu, bir, her …) a word in -la/-le is a noun in the instrumental: bu hesapla. */
  @Override
  public List<Match> match(String word, String previous) {
    boolean instrumental = word.endsWith("la") || word.endsWith("le") || word.endsWith("LA") || word.endsWith("LE");
    if (instrumental && DETERMINERS.contains(Fold.turkish(previous))) {
      return nounCache.get(word, computeNoun);
    }
    return match(word);
  }

  private List<Match> compute(String raw) {
    return compute(raw, false);
  }

  private List<Match> compute(String raw, boolean noun) {
    String word = Fold.turkish(raw);
    List<Integer> ids = new ArrayList<>(byExact.getOrDefault(word, List.of()));
    List<Entry> readings = new ArrayList<>();
    for (int length = shortest; length <= Math.min(longest, word.length()); length++) {
      for (Entry entry : byStem.getOrDefault(word.substring(0, length), List.of())) {
        if (TurkishInflection.accepts(entry.stem(), word, noun)) {
          readings.add(entry);
        }
      }
    }
    for (Entry entry : readings) {
      if (entry.wordId() != NO_TERM && !ids.contains(entry.wordId()) && !outranked(entry, readings)) {
        ids.add(entry.wordId());
      }
    }
    List<Match> matches = new ArrayList<>(ids.size());
    ids.forEach(id -> matches.add(new Match(id, 0, raw.length(), true)));
    return List.copyOf(matches);
  }

  /**
   * True when another one-word lemma, longer than this reading's lemma, also reads the word with a
   * longer stem: the word is then a form of that lemma. Heads of multi-word terms (izni in oturma
   * izni) do not outrank: they are forms of a one-word lemma themselves.
   */
  private static boolean outranked(Entry reading, List<Entry> readings) {
    for (Entry other : readings) {
      if (other.blocks() && other.lemma().length() > reading.lemma().length()
          && other.stem().text().length() > reading.stem().text().length()) {
        return true;
      }
    }
    return false;
  }
}
