package org.tandem.tm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.tandem.compare.Similarity;
import org.tandem.compare.Tokens;
import org.tandem.model.Content;
import org.tandem.model.Lang;

/**
 * Finds the entries of one source language most similar to a query (see {@link Similarity}),
 * without scoring every entry:
 * <ol>
 *   <li>an inverted index from words to entries gives candidates: an entry at least {@code t} similar
 *       shares at least {@code ceil(t * n)} of the query's {@code n} words, so it contains one of the
 *       query's {@code n - ceil(t * n) + 1} rarest words, and only those words' entries are looked
 *       at (prefix filtering; common words such as "die" or "ve" cost nothing);</li>
 *   <li>how many of a candidate's words occur in the query bounds its similarity from above (every
 *       other word costs an edit); candidates are scored best bound first;</li>
 *   <li>once {@code max} different translations are kept, a candidate must reach the worst of them,
 *       so the rest is mostly ruled out by its bound before any distance is computed.</li>
 * </ol>
 * The result is that of scoring every entry. Words are numbered once and entries kept as number
 * arrays; an instance is not safe for use by several threads at once.
 */
final class FuzzyIndex {
  private static final char ELSEWHERE = '\u0001';

  private final Lang lang;
  private final Map<String, Integer> wordIds = new HashMap<>();
  private final List<TmUnit> units = new ArrayList<>();
  private final List<int[]> words = new ArrayList<>();
  private final List<List<Integer>> postings = new ArrayList<>();
  private String[] targetKeys = new String[0];
  private int[] stamp = new int[0];
  private char[] symbol = new char[0];
  private int queries;

  FuzzyIndex(Lang lang) {
    this.lang = lang;
  }

  void add(TmUnit unit) {
    List<String> unitWords = Tokens.words(unit.source().plainText(), lang.locale());
    int[] ids = new int[unitWords.size()];
    BitSet seen = new BitSet();
    for (int i = 0; i < ids.length; i++) {
      ids[i] = wordIds.computeIfAbsent(unitWords.get(i), w -> {
        postings.add(new ArrayList<>());
        return postings.size() - 1;
      });
      if (!seen.get(ids[i])) {
        seen.set(ids[i]);
        postings.get(ids[i]).add(units.size());
      }
    }
    units.add(unit);
    words.add(ids);
    if (targetKeys.length < units.size()) {
      targetKeys = Arrays.copyOf(targetKeys, Math.max(16, units.size() * 2));
    }
  }

  /** A candidate with the upper bound of its similarity. */
  private record Candidate(int id, double bound) {}

  /**
   * The entries at least {@code threshold} (above 0) similar to {@code source} with the best
   * {@code max} different translations, most similar first, equals by {@code preference};
   * {@code skip} leaves entries out.
   */
  List<TmMatch> find(Content source, double threshold, int max, Predicate<TmUnit> skip,
      Comparator<TmUnit> preference) {
    List<String> query = Tokens.words(source.plainText(), lang.locale());
    if (query.isEmpty() || max <= 0) {
      return List.of();
    }
    String encoded = encodeQuery(query);
    Top top = new Top(max, preference);
    for (Candidate c : candidates(query, threshold)) {
      double needed = Math.max(threshold, top.worstScore());
      if (c.bound() < needed - 1e-9) {
        break;
      }
      TmUnit unit = units.get(c.id());
      double score = Similarity.encoded(encoded, encode(words.get(c.id())), needed);
      if (score >= 0 && !skip.test(unit)) {
        top.offer(new TmMatch(unit, score), targetKey(c.id()));
      }
    }
    return top.matches();
  }

  private String targetKey(int id) {
    if (targetKeys[id] == null) {
      targetKeys[id] = units.get(id).target().markup();
    }
    return targetKeys[id];
  }

  /** Candidates from the rarest words' entries, best bound first. */
  private List<Candidate> candidates(List<String> query, double threshold) {
    List<Integer> rarest = new ArrayList<>();
    for (String word : query) {
      rarest.add(wordIds.getOrDefault(word, -1));
    }
    rarest.sort(Comparator.comparingInt(id -> id < 0 ? 0 : postings.get(id).size()));
    int needed = (int) Math.ceil(threshold * query.size() - 1e-9);
    BitSet ids = new BitSet(units.size());
    for (int id : rarest.subList(0, Math.min(query.size(), query.size() - needed + 1))) {
      if (id >= 0) {
        postings.get(id).forEach(ids::set);
      }
    }
    List<Candidate> candidates = new ArrayList<>();
    for (int id = ids.nextSetBit(0); id >= 0; id = ids.nextSetBit(id + 1)) {
      double bound = bound(words.get(id), query.size());
      if (bound >= threshold - 1e-9) {
        candidates.add(new Candidate(id, bound));
      }
    }
    candidates.sort(Comparator.comparingDouble(Candidate::bound).reversed());
    return candidates;
  }

  /** At most the share of the longer text's words that can be matched: the entry's words in the query. */
  private double bound(int[] entry, int querySize) {
    int shared = 0;
    for (int id : entry) {
      shared += stamp[id] == queries ? 1 : 0;
    }
    return Math.min(shared, querySize) / (double) Math.max(entry.length, querySize);
  }

  /** One character per query word; marks the query's words for {@link #encode} and {@link #bound}. */
  private String encodeQuery(List<String> query) {
    queries++;
    if (stamp.length < postings.size()) {
      stamp = Arrays.copyOf(stamp, postings.size());
      symbol = Arrays.copyOf(symbol, postings.size());
    }
    StringBuilder sb = new StringBuilder(query.size());
    Map<String, Character> unknown = new HashMap<>();
    char next = 0x100;
    for (String word : query) {
      Integer id = wordIds.get(word);
      Character c = id == null ? unknown.get(word) : stamp[id] == queries ? symbol[id] : null;
      if (c == null) {
        if (next >= 0xD800) {
          throw new IllegalArgumentException("more than " + (next - 0x100) + " different words in one segment");
        }
        c = next++; // below the surrogates: one char per distinct word
        if (id == null) {
          unknown.put(word, c); // in no entry: never equal to an entry's word
        } else {
          stamp[id] = queries;
          symbol[id] = c;
        }
      }
      sb.append(c.charValue());
    }
    return sb.toString();
  }

  /** An entry as characters: a query word as the query has it, any other word as one shared symbol. */
  private String encode(int[] entry) {
    StringBuilder sb = new StringBuilder(entry.length);
    for (int id : entry) {
      sb.append(stamp[id] == queries ? symbol[id] : ELSEWHERE);
    }
    return sb.toString();
  }

  /** The best matches so far, one per translation, at most {@code max}. */
  private static final class Top {
    private final int max;
    private final Comparator<TmMatch> order;
    private final TreeMap<TmMatch, String> ranked;
    private final Map<String, TmMatch> byTarget = new HashMap<>();

    Top(int max, Comparator<TmUnit> preference) {
      this.max = max;
      this.order = Comparator.comparingDouble(TmMatch::score).reversed().thenComparing(TmMatch::unit, preference)
          .thenComparing(m -> m.unit().target().markup()).thenComparing(m -> m.unit().source().markup());
      this.ranked = new TreeMap<>(order);
    }

    /** The score a match must reach to still enter once {@code max} translations are kept; 0 before. */
    double worstScore() {
      return ranked.size() < max ? 0 : ranked.lastKey().score();
    }

    void offer(TmMatch match, String target) {
      TmMatch kept = byTarget.get(target);
      if (kept != null) {
        if (order.compare(match, kept) >= 0) {
          return;
        }
        ranked.remove(kept);
      } else if (ranked.size() == max) {
        if (order.compare(match, ranked.lastKey()) >= 0) {
          return;
        }
        byTarget.remove(ranked.pollLastEntry().getValue());
      }
      ranked.put(match, target);
      byTarget.put(target, match);
    }

    List<TmMatch> matches() {
      return List.copyOf(ranked.keySet());
    }
  }
}
