package org.tandem.terms;

import de.danielnaber.jwordsplitter.GermanWordSplitter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Splits German compounds of the text with jWordSplitter and its German dictionary (about 58,000
 * words and forms), so that "Benutzerkonto" is found to contain Benutzer and Konto, and
 * "Lesezugriffsrechte" Lese, Zugriffs and Rechte, whatever the other parts are.
 *
 * <p>jWordSplitter splits a word only when every part is a word of its dictionary, and never
 * splits a word that is itself in the dictionary: Dienstag, Passwort, Standort, Tastatur and
 * Kontur stay whole, so Dienst, Ort, Taste and Konto are not found in them. The dictionary is
 * extended with the glossary's own German words and {@code de-words.txt} (nouns of
 * administrative prose), so that a glossary compound is never split and domain words are known.
 */
final class GermanCompounds {
  /** Shortest word worth splitting: a part of three letters and one of four (Speicherort). */
  static final int MIN_LENGTH = 7;
  /** Shortest unknown first part (Mail-, Host-) and shortest known end after it (-name, -konto). */
  private static final int UNKNOWN_PREFIX = 3;
  private static final int MIN_HEAD = 4;

  /**
   * A part of a split word.
   *
   * @param from start in the word
   * @param to end in the word
   * @param text the part as written (a modifier keeps its linking element: Zugriffs)
   * @param last true for the head, the last part (the one that carries the inflection)
   */
  record Part(int from, int to, String text, boolean last) {}

  private final Splitter splitter;
  /** The first three letters (folded) of each wanted term. */
  private final Set<String> starts = new HashSet<>();
  private static final int START = 3;
  /** The glossary's words (lower case): a glossary compound is also split, to show its parts. */
  private final Set<String> glossary;

  /**
   * A splitter knowing jWordSplitter's dictionary, the built-in words and the glossary's words.
   *
   * @param glossaryWords every German word of the glossary
   * @param wanted the one-word terms to be found in compounds: a word holding none of their
   *     beginnings is not split at all (most words of a text; splitting costs 15 to 20 µs a word)
   */
  GermanCompounds(Collection<String> glossaryWords, Collection<String> wanted) {
    for (String word : wanted) {
      String folded = Fold.german(word);
      if (folded.length() >= START) {
        starts.add(folded.substring(0, START));
      }
    }
    Set<String> extra = new HashSet<>();
    for (String word : glossaryWords) {
      extra.add(Fold.nfc(word).toLowerCase(Locale.GERMAN));
    }
    splitter = Splitter.over(new Union(Dictionary.WORDS, extra));
    glossary = extra;
  }

  /** The parts of a compound, in order; empty when the word is not a compound the dictionary covers. */
  List<Part> parts(String word) {
    if (word.length() < MIN_LENGTH || camelCase(word) || !holdsAStart(Fold.german(word))) {
      return List.of();
    }
    List<String> split = refined(splitter.splitWord(word));
    if (split.size() < 2) {
      return unknownModifier(word);
    }
    return place(word, split, 0);
  }

  /**
   * A program identifier (TreeModelSort, GtkFileChooser): a capital after a small letter inside the
   * word. It is no German compound, and its letters spell look-alikes (Sort → Ort).
   */
  private static boolean camelCase(String word) {
    for (int i = 1; i < word.length(); i++) {
      if (Character.isUpperCase(word.charAt(i)) && Character.isLowerCase(word.charAt(i - 1))) {
        return true;
      }
    }
    return false;
  }

  private boolean holdsAStart(String folded) {
    for (int i = 0; i + START <= folded.length(); i++) {
      if (starts.contains(folded.substring(i, i + START))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The split with each glossary compound split further by the dictionary alone: Benutzerkonto
   * (a glossary term) also shows Benutzer and Konto, which are found as its parts and, together,
   * as a run (see {@link #runs}).
   */
  private List<String> refined(List<String> split) {
    List<String> fine = null;
    for (int i = 0; i < split.size(); i++) {
      String part = split.get(i);
      List<String> sub = part.length() >= MIN_LENGTH && glossary.contains(part.toLowerCase(Locale.GERMAN))
          ? Dictionary.SPLITTER.splitWord(part) : List.of(part);
      if (sub.size() > 1 && fine == null) {
        fine = new ArrayList<>(split.subList(0, i));
      }
      if (fine != null) {
        fine.addAll(sub);
      }
    }
    return fine == null ? split : fine;
  }

  /**
   * The parts of a word whose first part the dictionary does not know (a loanword or a name:
   * Bluetoothgerät, Hostname, Mailkonto): the longest known end of four letters or more, split
   * further where it is a compound. The unknown part itself is never a term (the glossary's words
   * are in the dictionary). A word the dictionary knows is never taken apart this way.
   */
  private List<Part> unknownModifier(String word) {
    String lower = word.toLowerCase(Locale.GERMAN);
    if (splitter.words().contains(lower)) {
      return List.of();
    }
    for (int from = UNKNOWN_PREFIX; from <= word.length() - MIN_HEAD; from++) {
      String rest = lower.substring(from);
      if (splitter.words().contains(rest)) {
        return place(word, List.of(word.substring(from)), from);
      }
      // the splitter is costly: only where a known word starts (most unknown words have none)
      if (startsWithWord(rest)) {
        List<String> split = splitter.splitWord(word.substring(from));
        if (split.size() > 1) {
          return place(word, split, from);
        }
      }
    }
    return List.of();
  }

  private boolean startsWithWord(String lower) {
    for (int end = MIN_HEAD; end <= lower.length() - 3; end++) {
      if (splitter.words().contains(lower.substring(0, end))) {
        return true;
      }
    }
    return false;
  }

  /** The split parts placed in the word, which they spell from {@code at} to its end. */
  private static List<Part> place(String word, List<String> split, int start) {
    List<Part> parts = new ArrayList<>(split.size());
    int at = start;
    for (int i = 0; i < split.size(); i++) {
      String text = split.get(i);
      if (text.isEmpty() || !word.regionMatches(true, at, text, 0, text.length())) {
        return List.of(); // an exception entry that does not spell the word: no positions to give
      }
      parts.add(new Part(at, at + text.length(), text, i == split.size() - 1));
      at += text.length();
    }
    return at == word.length() ? parts : List.of();
  }

  /** Two word sets seen as one, without copying the large one for every glossary. */
  private static final class Union extends AbstractSet<String> {
    private final Set<String> large;
    private final Set<String> small;

    Union(Set<String> large, Set<String> small) {
      this.large = large;
      this.small = small;
    }

    @Override
    public boolean contains(Object o) {
      return large.contains(o) || small.contains(o);
    }

    @Override
    public Iterator<String> iterator() {
      return Stream.concat(large.stream(), small.stream().filter(w -> !large.contains(w))).iterator();
    }

    @Override
    public int size() {
      return large.size() + (int) small.stream().filter(w -> !large.contains(w)).count();
    }
  }

  /**
   * The parts and every run of two or more consecutive parts short of the whole word: a glossary
   * compound inside a longer one (Zugriffsrecht in Lesezugriffsrechte) is such a run.
   */
  static List<Part> runs(List<Part> parts) {
    List<Part> runs = new ArrayList<>(parts);
    for (int i = 0; i < parts.size(); i++) {
      StringBuilder text = new StringBuilder(parts.get(i).text());
      for (int j = i + 1; j < parts.size() && !(i == 0 && j == parts.size() - 1); j++) {
        text.append(parts.get(j).text());
        runs.add(new Part(parts.get(i).from(), parts.get(j).to(), text.toString(), parts.get(j).last()));
      }
    }
    return runs;
  }

  /** jWordSplitter in strict mode (every part a word), interfixes kept in the parts. */
  private static final class Splitter extends GermanWordSplitter {
    private Splitter(Set<String> words) throws IOException {
      super(false, words);
      setStrictMode(true);
    }

    private Splitter() throws IOException {
      super(false);
      setStrictMode(true);
    }

    static Splitter over(Set<String> words) {
      try {
        return new Splitter(words);
      } catch (IOException e) {
        throw new UncheckedIOException("jWordSplitter's exception list is missing from the build", e);
      }
    }

    Set<String> words() {
      return words;
    }
  }

  /**
   * True when the dictionary knows a word, splits it into words it knows (Musikwiedergabe) or knows
   * its end of five letters or more (Terminaleingabe, Sortierungsanzeiger: compounds with a part in
   * a form the strict splitter does not know).
   */
  static boolean known(String word) {
    String lower = Fold.nfc(word).toLowerCase(Locale.GERMAN);
    if (Dictionary.WORDS.contains(lower)) {
      return true;
    }
    for (int from = UNKNOWN_PREFIX; from <= lower.length() - 5; from++) {
      if (Dictionary.WORDS.contains(lower.substring(from))) {
        return true;
      }
    }
    return lower.length() >= MIN_LENGTH && Dictionary.SPLITTER.splitWord(lower).size() > 1;
  }

  /** The dictionary, loaded once per process (about 60 ms). */
  private static final class Dictionary {
    /** The dictionary alone, without any glossary's words. */
    static final Splitter SPLITTER = load();
    static final Set<String> WORDS = SPLITTER.words();

    /** jWordSplitter's own word set, read once, with the built-in words added to it. */
    private static Splitter load() {
      try {
        Splitter splitter = new Splitter();
        Set<String> words = splitter.words();
        for (String word : WordLists.load("de-words.txt")) {
          words.add(word.toLowerCase(Locale.GERMAN));
        }
        return splitter;
      } catch (IOException e) {
        throw new UncheckedIOException("jWordSplitter's dictionary is missing from the build", e);
      }
    }
  }
}
