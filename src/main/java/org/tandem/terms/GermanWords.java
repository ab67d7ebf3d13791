package org.tandem.terms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * German term words, found in text by their key (see {@link GermanKeys}); single-word terms are
 * also found as parts of compounds (see {@link GermanCompounds}). Words of fewer than
 * {@link TermMatcher#MIN_INFLECTED_LETTERS} letters (Amt, Rat) match only their exact folded form,
 * unless the glossary says otherwise.
 */
final class GermanWords implements WordIndex {
  private final Map<String, List<Integer>> byKey = new HashMap<>();
  /** Per word id: the folded form a text word must start with (nouns), or null (modifiers). */
  private final String[] heads;
  private final Map<String, List<Integer>> byExact = new HashMap<>();
  private final Map<String, List<Integer>> singleByKey = new HashMap<>();
  private final GermanCompounds compounds;
  private final BoundedCache<String, List<Match>> cache = new BoundedCache<>(500_000);
  private final java.util.function.Function<String, List<Match>> compute = this::compute;

  /** Indexes the words; {@code specs.get(i)} gets id i. */
  GermanWords(List<Spec> specs) {
    heads = new String[specs.size()];
    List<String> glossaryWords = new ArrayList<>();
    for (int id = 0; id < specs.size(); id++) {
      Spec spec = specs.get(id);
      glossaryWords.add(spec.text());
      if (spec.exact()) {
        add(byExact, Fold.german(spec.text()), id);
        continue;
      }
      String key = GermanKeys.of(spec.text());
      add(byKey, key, id);
      heads[id] = spec.last() ? loose(Fold.german(spec.text())) : null;
      if (spec.last()) {
        // the feminine of a person noun names the same concept: Bürger → Bürgerinnen
        add(byKey, GermanKeys.of(spec.text() + "in"), id);
      }
      if (spec.single()) {
        add(singleByKey, key, id);
      }
    }
    compounds = new GermanCompounds(glossaryWords);
  }

  private static void add(Map<String, List<Integer>> map, String key, int id) {
    map.computeIfAbsent(key, k -> new ArrayList<>(1)).add(id);
  }

  @Override
  public List<Match> match(String word) {
    return cache.get(word, compute);
  }

  private List<Match> compute(String raw) {
    String word = Fold.nfc(raw);
    List<Match> matches = new ArrayList<>();
    int length = raw.length();
    String folded = Fold.german(word);
    for (int id : byExact.getOrDefault(folded, List.of())) {
      matches.add(new Match(id, 0, length, true));
    }
    for (int id : byKey.getOrDefault(GermanKeys.of(word), List.of())) {
      if (agrees(id, folded)) {
        matches.add(new Match(id, 0, length, true));
      }
    }
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
      String text = folded.text().substring(part.from(), part.to());
      for (int id : singleByKey.getOrDefault(part.key(), List.of())) {
        if (agrees(id, text)) {
          matches.add(new Match(id, from, to, false));
        }
      }
    }
  }

  /**
   * True when a text word with the term word's key also starts with the term noun as written.
   * The light stemmer strips -er from nouns, so Lager and lag, Bürger and Burg, Sozialarbeiter and
   * Sozialarbeit share keys; the forms of a noun keep its letters (Bürgern, Lagers, Ämter as
   * "amter") except a final vowel (Sprachkurs for Sprache, Praktika for Praktikum). Adjectives
   * before a noun change their ending (Deutscher, des Deutschen), so this applies to a term's last
   * word only.
   */
  private boolean agrees(int id, String folded) {
    String head = heads[id];
    if (head == null) {
      return true;
    }
    String text = loose(folded);
    return text.startsWith(head) || text.startsWith(withoutFinalVowel(head));
  }

  /** Schule → schul (Schulbuch), Thema → them (Themen), Praktikum → praktik (Praktika). */
  private static String withoutFinalVowel(String head) {
    if (head.endsWith("um") && head.length() >= 6) {
      return head.substring(0, head.length() - 2);
    }
    return head.endsWith("e") || head.endsWith("a") ? head.substring(0, head.length() - 1) : head;
  }

  /** Umlauts typed as ae, oe, ue (Beschaeftigung) read as the plain vowel, on both sides alike. */
  private static String loose(String folded) {
    return folded.replace("ae", "a").replace("oe", "o").replace("ue", "u");
  }
}
