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
   * Term words shorter than this many letters (iş, il, Amt, Rat) match only exactly (ignoring
   * case, and an apostrophe suffix): they cause most false matches otherwise.
   */
  public static final int MIN_INFLECTED_LETTERS = 4;

  private record Pattern(Concept concept, Term term, int[] words, int order) {}

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
          WordIndex.Spec spec =
              new WordIndex.Spec(words.get(k).word(), words.size() == 1, k == words.size() - 1);
          wordIds[k] = ids.computeIfAbsent(spec, s -> { specs.add(s); return specs.size() - 1; });
        }
        register(new Pattern(concept, term, wordIds, order++));
      }
    }
    this.index = lang == Lang.DE ? new GermanWords(specs) : new TurkishWords(specs);
  }

  private void register(Pattern pattern) {
    int first = pattern.words()[0];
    while (byFirstWord.size() <= first) {
      byFirstWord.add(new ArrayList<>());
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
    List<TermHit> hits = new ArrayList<>();
    for (Candidate c : candidates(text)) {
      hits.add(new TermHit(c.pattern().concept(), c.pattern().term(), c.start(), c.end()));
    }
    return hits;
  }

  private List<Candidate> candidates(String text) {
    List<TextTokens.Token> tokens = TextTokens.of(text);
    List<List<WordIndex.Match>> matches = new ArrayList<>(tokens.size());
    for (TextTokens.Token token : tokens) {
      matches.add(index.match(token.word()));
    }
    List<Candidate> candidates = new ArrayList<>();
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
    List<Pattern> patterns =
        match.wordId() < byFirstWord.size() ? byFirstWord.get(match.wordId()) : List.of();
    for (Pattern pattern : patterns) {
      int n = pattern.words().length;
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
      int wanted = words[k];
      if (matches.get(i + k).stream().noneMatch(m -> m.whole() && m.wordId() == wanted)) {
        return false;
      }
    }
    return true;
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

  /**
   * True when a term word is too short to inflect safely. The hook for a later glossary flag that
   * lets a particular short term inflect (or forces exact matching of a long one).
   */
  static boolean exactOnly(String word) {
    return word.codePoints().filter(Character::isLetter).count() < MIN_INFLECTED_LETTERS;
  }
}
