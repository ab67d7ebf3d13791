package org.tandem.terms;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splits German compounds of the text into known words, so that "Integrationskonzept" is found to
 * contain Integration and "Arbeitsmarktintegration" Arbeitsmarkt and Integration.
 *
 * <p>A split is accepted only when known words cover the whole word: parts of at least four
 * letters, joined directly or by a linking element (-s-, -es-, -n-, -en-, -er-), the last part
 * possibly inflected (-e, -en, -n, -s, -es, -er, -ern, -nen). Substring search (as Lucene's
 * DictionaryCompoundWordTokenFilter does) would find Amt in "gesamt" and Kommune in
 * "Kommunikation"; full coverage does not.
 *
 * <p>The known words are the glossary's own German words plus {@code de-words.txt}, a few hundred
 * common nouns (and a few modifiers) of German administrative prose written for this purpose. The
 * list is modest on purpose: a compound with a part it lacks is simply not split, which costs
 * recall on that word but never produces a false match; a larger list would mostly add recall.
 */
final class GermanCompounds {
  /** Shortest word worth splitting: two parts of four letters. */
  static final int MIN_LENGTH = 8;
  private static final int MIN_PART = 4;
  private static final String[] LINKS = {"s", "es", "n", "en", "er"};
  private static final String[] ENDINGS = {"e", "en", "n", "s", "es", "er", "ern", "nen"};
  private static final List<String> BUILT_IN = load("de-words.txt");

  /**
   * A part of a split word.
   *
   * @param from start in the folded word
   * @param to end in the folded word
   * @param key the German key of the known word the part is
   */
  record Part(int from, int to, String key) {}

  /** Folded form or key of a known word → the word's key. */
  private final Map<String, String> known = new HashMap<>();
  /** The first four letters of every known form: most positions of a word start no part at all. */
  private final Set<String> starts = new HashSet<>();

  /** A splitter knowing the built-in words and the given (glossary) words. */
  GermanCompounds(Collection<String> glossaryWords) {
    BUILT_IN.forEach(this::learn);
    glossaryWords.forEach(this::learn);
  }

  private void learn(String word) {
    String key = GermanKeys.of(word);
    String folded = GermanFolded.of(Fold.nfc(word)).text();
    if (folded.length() >= MIN_PART) {
      known.putIfAbsent(folded, key);
      starts.add(folded.substring(0, MIN_PART));
    }
    if (key.length() >= MIN_PART) {
      known.putIfAbsent(key, key);
      starts.add(key.substring(0, MIN_PART));
    }
  }

  /** Every part that lies on some full split of the folded word into two or more known words. */
  List<Part> parts(String folded) {
    List<Part> parts = new ArrayList<>();
    if (folded.length() < MIN_LENGTH) {
      return parts;
    }
    Boolean[] memo = new Boolean[folded.length() + 1];
    collect(folded, 0, memo, parts);
    parts.removeIf(p -> p.from() == 0 && p.to() == folded.length());
    return parts;
  }

  /** Adds the parts of every full split starting at {@code from}; true when one exists. */
  private boolean collect(String w, int from, Boolean[] memo, List<Part> out) {
    if (memo[from] != null) {
      return memo[from];
    }
    boolean any = false;
    if (from + MIN_PART > w.length() || !starts.contains(w.substring(from, from + MIN_PART))) {
      memo[from] = false;
      return false;
    }
    for (int to = from + MIN_PART; to <= w.length(); to++) {
      String key = to == w.length() ? head(w.substring(from)) : known.get(w.substring(from, to));
      if (key != null && (to == w.length() || continues(w, to, memo, out))) {
        out.add(new Part(from, to, key));
        any = true;
      }
    }
    memo[from] = any;
    return any;
  }

  /** True when a full split goes on from the end of a part, directly or after a linking element. */
  private boolean continues(String w, int at, Boolean[] memo, List<Part> out) {
    boolean any = collect(w, at, memo, out);
    for (String link : LINKS) {
      if (w.startsWith(link, at) && at + link.length() < w.length()) {
        any |= collect(w, at + link.length(), memo, out);
      }
    }
    return any;
  }

  /** The key of the last part, which may carry an inflection ending. */
  private String head(String part) {
    String key = known.get(part);
    for (int i = 0; key == null && i < ENDINGS.length; i++) {
      String ending = ENDINGS[i];
      if (part.endsWith(ending) && part.length() - ending.length() >= MIN_PART) {
        key = known.get(part.substring(0, part.length() - ending.length()));
      }
    }
    return key;
  }

  private static List<String> load(String name) {
    List<String> words = new ArrayList<>();
    try (InputStream in = GermanCompounds.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource " + name + " is missing from the build");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = reader.readLine()) != null; ) {
        String word = line.strip();
        if (!word.isEmpty() && !word.startsWith("#")) {
          words.add(word);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(words);
  }
}
