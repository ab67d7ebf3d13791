package org.tandem.tm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.tandem.compare.Contents;
import org.tandem.compare.Tokens;
import org.tandem.model.Content;
import org.tandem.model.Lang;

/**
 * Earlier translations, looked up by source: exact matches (the same text and inline codes, see
 * {@link Contents#matchKey}) pre-fill new segments, fuzzy matches (see {@link FuzzyIndex}) are
 * offered to translators. Every entry also serves the other direction: a German sentence with its
 * Turkish translation is a Turkish sentence with its German original.
 */
public final class TranslationMemory {
  /**
   * Segments of at most this many words ("Einleitung", "Was tun?") are pre-filled from an exact
   * match only in the same context: their translation depends on where they stand.
   */
  public static final int SHORT_WORDS = 3;

  /** Best entries first: the workspace's own, then by state (final first), then by origin. */
  static final Comparator<TmUnit> PREFERENCE = Comparator.comparing(TmUnit::reference)
      .thenComparing(TmUnit::state, Comparator.reverseOrder()).thenComparing(TmUnit::origin);

  private final List<TmUnit> units = new ArrayList<>();
  private final Map<Lang, Map<String, List<TmUnit>>> exact = new EnumMap<>(Lang.class);
  private final Map<Lang, List<TmUnit>> bySourceLang = new EnumMap<>(Lang.class);
  /** Built on the first fuzzy lookup: pre-filling new segments needs exact matches only. */
  private final Map<Lang, FuzzyIndex> fuzzy = new EnumMap<>(Lang.class);

  /** An empty memory. */
  public TranslationMemory() {
    for (Lang lang : Lang.values()) {
      exact.put(lang, new HashMap<>());
      bySourceLang.put(lang, new ArrayList<>());
    }
  }

  /** Adds an entry (and its reverse); an entry with an empty source or target is ignored. */
  public void add(TmUnit unit) {
    if (unit.source().plainText().isBlank() && unit.source().codes().isEmpty() || unit.target().isEmpty()) {
      return;
    }
    units.add(unit);
    index(unit);
    index(unit.reversed());
  }

  private void index(TmUnit unit) {
    exact.get(unit.sourceLang()).computeIfAbsent(Contents.matchKey(unit.source()), k -> new ArrayList<>()).add(unit);
    bySourceLang.get(unit.sourceLang()).add(unit);
    FuzzyIndex built = fuzzy.get(unit.sourceLang());
    if (built != null) {
      built.add(unit);
    }
  }

  private FuzzyIndex fuzzyIndex(Lang lang) {
    return fuzzy.computeIfAbsent(lang, l -> {
      FuzzyIndex index = new FuzzyIndex(l);
      bySourceLang.get(l).forEach(index::add);
      return index;
    });
  }

  /** The entries as added (not their reverses), for writing the memory out. */
  public List<TmUnit> units() {
    return List.copyOf(units);
  }

  /** How many entries were added. */
  public int size() {
    return units.size();
  }

  /** Entries whose source is exactly {@code source} in {@code lang}, best first, one per translation. */
  public List<TmUnit> exact(Lang lang, Content source) {
    List<TmUnit> found = new ArrayList<>(exact.get(lang).getOrDefault(Contents.matchKey(source), List.of()));
    found.sort(PREFERENCE);
    return distinctTargets(found);
  }

  /**
   * The translation to pre-fill a new segment with: the best exact match whose inline codes fit the
   * source, its codes taking the source's data. A short segment (see {@link #SHORT_WORDS}) takes
   * only a match that stood in the same context: the same source before it or after it.
   *
   * @param before the match key of the source before the segment, or empty at the start
   * @param after the match key of the source after it, or empty at the end
   */
  public Optional<Leveraged> leverage(Lang lang, Content source, String before, String after) {
    boolean isShort = Tokens.words(source.plainText(), lang.locale()).size() <= SHORT_WORDS;
    List<TmUnit> candidates = exact(lang, source);
    if (isShort) {
      candidates = candidates.stream().filter(u -> sameContext(u, before, after)).toList();
    }
    for (TmUnit unit : candidates) {
      Optional<Content> target = Contents.withCodesOf(unit.target(), source);
      if (target.isPresent()) {
        return Optional.of(new Leveraged(unit, target.get()));
      }
    }
    return Optional.empty();
  }

  private static boolean sameContext(TmUnit unit, String before, String after) {
    return (!before.isEmpty() && before.equals(unit.before())) || (!after.isEmpty() && after.equals(unit.after()));
  }

  /**
   * Entries whose source is at least {@code threshold} similar to {@code source} (exact ones
   * included), most similar first, at most {@code max}, one per translation; {@code skip} leaves
   * entries out (the segment's own).
   */
  public List<TmMatch> fuzzy(Lang lang, Content source, double threshold, int max, Predicate<TmUnit> skip) {
    return fuzzyIndex(lang).find(source, threshold, max, skip, PREFERENCE);
  }

  private static List<TmUnit> distinctTargets(List<TmUnit> sorted) {
    Map<String, TmUnit> distinct = new LinkedHashMap<>();
    for (TmUnit unit : sorted) {
      distinct.putIfAbsent(unit.target().markup(), unit);
    }
    return List.copyOf(distinct.values());
  }

  /**
   * An exact match chosen to pre-fill a segment.
   *
   * @param unit the memory entry
   * @param target its translation with the new source's inline code data
   */
  public record Leveraged(TmUnit unit, Content target) {}
}
