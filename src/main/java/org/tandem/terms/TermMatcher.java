package org.tandem.terms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tandem.model.Concept;
import org.tandem.model.Lang;
import org.tandem.model.Term;

/**
 * Finds the glossary's terms of one language in text of that language, in their inflected forms:
 * German by Lucene's light stemmer plus compound splitting, Turkish by a suffix grammar (see
 * {@link TurkishInflection}). Forbidden terms are found too.
 *
 * <p>A term of several words matches consecutive words, each in any inflected form (German) or
 * the last one inflected (Turkish). Hits do not overlap: the longest match wins ("belediye
 * başkanı" covers "belediye"). When the very same words belong to several concepts (homonyms,
 * shared terms), each concept gets its own hit with the same range. Built once per glossary and
 * language, then safe to use from several threads.
 */
public final class TermMatcher {
  /**
   * German term words shorter than this many letters (Ort, Amt, Rat) match only their own noun
   * forms (Orte, Ortes, Ämter) and as a part of a compound that the splitter's dictionary covers
   * (Speicherort, Amtsgericht), never through the stemmer: that would find them in Orten's look-alikes.
   */
  public static final int MIN_INFLECTED_LETTERS = 4;

  /**
   * Turkish term words shorter than this many letters (ad, ağ, iş, il) inflect (adı, adlarının,
   * ağdaki, işler), but a form that is also a common word of its own (ada, adım, ağız, ile, işte,
   * izin) or a verb in -lA (ekle, izle) is read as that word; see {@link TurkishWords}.
   */
  public static final int MIN_INFLECTED_LETTERS_TR = 3;

  private record Pattern(Concept concept, Term term, int[] words, String[] surface, int order) {}

  private record Candidate(int start, int end, int tokens, Pattern pattern) {}

  private static final Comparator<Candidate> LONGEST_FIRST =
      Comparator.comparingInt((Candidate c) -> c.start() - c.end())
          .thenComparingInt(c -> -c.tokens())
          .thenComparingInt(Candidate::start)
          .thenComparingInt(c -> c.pattern().order());

  private final Lang lang;
  private final WordIndex index;
  private final List<List<Pattern>> byFirstWord = new ArrayList<>();

  /** Prepares the matcher for the terms of {@code lang} in {@code glossary}. */
  public TermMatcher(Glossary glossary, Lang lang) {
    this.lang = lang;
    Map<WordIndex.Spec, Integer> ids = new HashMap<>();
    List<WordIndex.Spec> specs = new ArrayList<>();
    int order = 0;
    for (Concept concept : glossary.concepts()) {
      for (Term term : concept.terms(lang)) {
        List<TextTokens.Token> words = TextTokens.of(term.text());
        if (words.isEmpty()) {
          continue; // a term of punctuation only can never be found as words
        }
        int[] wordIds = new int[words.size()];
        for (int k = 0; k < words.size(); k++) {
          String word = words.get(k).word();
          WordIndex.Spec spec = new WordIndex.Spec(word, words.size() == 1, k == words.size() - 1,
              mode(term, word, lang));
          wordIds[k] = ids.computeIfAbsent(spec, s -> { specs.add(s); return specs.size() - 1; });
        }
        String[] surface = words.stream().map(w -> Fold.nfc(w.word())).toArray(String[]::new);
        register(new Pattern(concept, term, wordIds, surface, order++));
      }
    }
    this.index = lang == Lang.DE ? new GermanWords(specs) : new TurkishWords(specs);
  }

  private void register(Pattern pattern) {
    int first = pattern.words()[0];
    while (byFirstWord.size() <= first) {
      byFirstWord.add(null); // most words begin no term: no list for them
    }
    if (byFirstWord.get(first) == null) {
      byFirstWord.set(first, new ArrayList<>(1));
    }
    byFirstWord.get(first).add(pattern);
  }

  /** The language whose terms this matcher finds. */
  public Lang lang() {
    return lang;
  }

  /** The terms in {@code text}, in text order, with character offsets into {@code text}. */
  public List<TermHit> find(String text) {
    return select(candidates(text));
  }

  /**
   * Every term occurrence in {@code text}, overlapping ones included: "işgücü piyasasına uyum" also
   * yields "işgücü piyasası" and "uyum". For asking whether a term is present at all.
   */
  public List<TermHit> findAll(String text) {
    return all(candidates(text));
  }

  /**
   * Both views of a text from one pass over it (a check needs both for a target).
   *
   * @param hits as {@link #find} gives them
   * @param all as {@link #findAll} gives them
   */
  public record Scan(List<TermHit> hits, List<TermHit> all) {}

  /** {@link #find} and {@link #findAll} at the cost of one. */
  public Scan scan(String text) {
    List<Candidate> candidates = candidates(text);
    List<TermHit> all = all(candidates);
    return new Scan(select(candidates), all);
  }

  private static List<TermHit> all(List<Candidate> candidates) {
    List<TermHit> hits = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      hits.add(new TermHit(c.pattern().concept(), c.pattern().term(), c.start(), c.end()));
    }
    return hits;
  }

  private List<Candidate> candidates(String text) {
    List<TextTokens.Token> tokens = TextTokens.of(text);
    List<List<WordIndex.Match>> matches = new ArrayList<>(tokens.size());
    boolean any = false;
    String previous = "";
    for (TextTokens.Token token : tokens) {
      List<WordIndex.Match> m = index.match(token.word(), previous);
      previous = token.word();
      matches.add(m);
      any |= !m.isEmpty();
    }
    List<Candidate> candidates = new ArrayList<>();
    if (!any) {
      return candidates;
    }
    for (int i = 0; i < tokens.size(); i++) {
      for (WordIndex.Match match : matches.get(i)) {
        addCandidates(tokens, matches, i, match, candidates);
      }
    }
    return candidates;
  }

  private void addCandidates(List<TextTokens.Token> tokens, List<List<WordIndex.Match>> matches,
      int i, WordIndex.Match match, List<Candidate> out) {
    TextTokens.Token token = tokens.get(i);
    List<Pattern> patterns = match.wordId() < byFirstWord.size() ? byFirstWord.get(match.wordId()) : null;
    if (patterns == null) {
      return;
    }
    for (Pattern pattern : patterns) {
      int n = pattern.words().length;
      if (pattern.term().caseSensitive() && !caseAgrees(pattern, tokens, i, match)) {
        continue;
      }
      if (!match.whole()) {
        if (n == 1) {
          int end = match.to() == token.word().length() ? token.end() : token.start() + match.to();
          out.add(new Candidate(token.start() + match.from(), end, 1, pattern));
        }
      } else if (followedBy(pattern, matches, i)) {
        out.add(new Candidate(token.start(), tokens.get(i + n - 1).end(), n, pattern));
      }
    }
  }

  /** True when the pattern's second and later words match the tokens after position i, whole. */
  private static boolean followedBy(Pattern pattern, List<List<WordIndex.Match>> matches, int i) {
    int[] words = pattern.words();
    if (i + words.length > matches.size()) {
      return false;
    }
    for (int k = 1; k < words.length; k++) {
      if (!contains(matches.get(i + k), words[k])) {
        return false;
      }
    }
    return true;
  }

  private static boolean contains(List<WordIndex.Match> matches, int wordId) {
    for (WordIndex.Match m : matches) {
      if (m.whole() && m.wordId() == wordId) {
        return true;
      }
    }
    return false;
  }

  /** Longest candidates first; an overlapping one is kept only for another concept on the same range. */
  private static List<TermHit> select(List<Candidate> candidates) {
    candidates.sort(LONGEST_FIRST);
    List<Candidate> chosen = new ArrayList<>();
    for (Candidate c : candidates) {
      if (chosen.stream().allMatch(o -> compatible(o, c))) {
        chosen.add(c);
      }
    }
    chosen.sort(Comparator.comparingInt(Candidate::start).thenComparingInt(c -> c.pattern().order()));
    List<TermHit> hits = new ArrayList<>(chosen.size());
    for (Candidate c : chosen) {
      hits.add(new TermHit(c.pattern().concept(), c.pattern().term(), c.start(), c.end()));
    }
    return hits;
  }

  private static boolean compatible(Candidate kept, Candidate c) {
    if (c.start() >= kept.end() || c.end() <= kept.start()) {
      return true;
    }
    boolean sameRange = c.start() == kept.start() && c.end() == kept.end();
    return sameRange && !c.pattern().concept().id().equals(kept.pattern().concept().id());
  }

  /** True when a term word is short: it then matches with the extra care {@link WordIndex.Mode#SHORT} says. */
  static boolean isShort(String word, Lang lang) {
    int min = lang == Lang.TR ? MIN_INFLECTED_LETTERS_TR : MIN_INFLECTED_LETTERS;
    return word.codePoints().filter(Character::isLetter).count() < min;
  }

  /** How a word of a term matches: as the glossary says, or by its length. */
  private static WordIndex.Mode mode(Term term, String word, Lang lang) {
    return switch (term.matching()) {
      case EXACT -> WordIndex.Mode.EXACT;
      case INFLECTED -> WordIndex.Mode.INFLECTED;
      case AUTO -> isShort(word, lang) ? WordIndex.Mode.SHORT : WordIndex.Mode.INFLECTED;
    };
  }

  /**
   * For a case-sensitive term: true when each text word is written as the term word (up to its
   * last letter where inflection changed that letter: danışmanlık, danışmanlığı). Inside a compound
   * the first letter is lower case (Arbeitsmarktintegration), so there it is compared ignoring case.
   */
  private static boolean caseAgrees(Pattern pattern, List<TextTokens.Token> tokens, int i,
      WordIndex.Match match) {
    String[] surface = pattern.surface();
    if (!match.whole()) {
      String part = Fold.nfc(tokens.get(i).word().substring(match.from(), match.to()));
      return sameCase(surface[0], part, true);
    }
    for (int k = 0; k < surface.length && i + k < tokens.size(); k++) {
      if (!sameCase(surface[k], Fold.nfc(tokens.get(i + k).word()), false)) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameCase(String term, String text, boolean ignoreFirst) {
    boolean full = text.regionMatches(true, 0, term, 0, term.length());
    int n = full ? term.length() : Math.max(1, term.length() - 1);
    if (text.length() < n) {
      return false;
    }
    int from = ignoreFirst ? 1 : 0;
    return (!ignoreFirst || text.regionMatches(true, 0, term, 0, 1)) && text.regionMatches(from, term, from, n - from);
  }
}
