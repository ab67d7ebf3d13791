package org.tandem.workflow;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.tandem.compare.Similarity;
import org.tandem.compare.Tokens;
import org.tandem.extract.ExtractedSegment;
import org.tandem.model.Content;
import org.tandem.model.Segment;

/**
 * Pairs the segments of a fresh segmentation with the stored ones, in four passes:
 * <ol>
 *   <li>the same source (by hash), repeated sources with the right copy ({@link ExactAlignment}),
 *       wherever it moved;</li>
 *   <li>edited: a fresh and a stored segment at least {@link Resegmenter#EDIT_THRESHOLD} similar
 *       ({@link Similarity}), most similar pairs first, and among equals the pair that stands between
 *       the same unchanged neighbours;</li>
 *   <li>split: a stored segment and two or three consecutive fresh ones of one paragraph that
 *       together are that similar to it; the most similar part inherits the stored segment;</li>
 *   <li>merged: a fresh segment and two or three consecutive stored ones of one paragraph that
 *       together are that similar to it.</li>
 * </ol>
 * Fresh segments left over are new; stored ones left over are gone.
 */
final class SegmentAlignment {
  /** How a fresh segment was found. */
  enum Kind { SAME, EDITED, MERGED, NEW }

  /**
   * The stored segments a fresh segment continues.
   *
   * @param kind how it was found
   * @param stored indexes into the stored segments (one, or several for a merge; none when new)
   */
  record Match(Kind kind, List<Integer> stored) {}

  private final List<Segment> stored;
  private final List<ExtractedSegment> fresh;
  private final List<List<String>> storedWords;
  private final List<List<String>> freshWords;
  private final Match[] matches;
  private final boolean[] storedUsed;
  private final int[] exactStored;
  private final double threshold;

  SegmentAlignment(List<Segment> stored, List<ExtractedSegment> fresh, Locale locale, double threshold) {
    this.stored = stored;
    this.fresh = fresh;
    this.threshold = threshold;
    storedWords = new Words(stored.stream().map(Segment::source).toList(), locale);
    freshWords = new Words(fresh.stream().map(ExtractedSegment::source).toList(), locale);
    matches = new Match[fresh.size()];
    storedUsed = new boolean[stored.size()];
    exactStored = new int[fresh.size()];
    Arrays.fill(exactStored, -1);
  }

  /** The words of each source, found when first asked for (most segments are matched without them). */
  private static final class Words extends AbstractList<List<String>> {
    private final List<Content> sources;
    private final Locale locale;
    private final List<String>[] words;

    @SuppressWarnings("unchecked")
    Words(List<Content> sources, Locale locale) {
      this.sources = sources;
      this.locale = locale;
      this.words = new List[sources.size()];
    }

    @Override
    public List<String> get(int i) {
      if (words[i] == null) {
        words[i] = Tokens.words(sources.get(i).plainText(), locale);
      }
      return words[i];
    }

    @Override
    public int size() {
      return words.length;
    }
  }

  /** Runs the passes; one match per fresh segment, in document order. */
  List<Match> align() {
    same();
    edited();
    splits();
    merges();
    List<Match> result = new ArrayList<>();
    for (Match m : matches) {
      result.add(m == null ? new Match(Kind.NEW, List.of()) : m);
    }
    return result;
  }

  /** True for the stored segments that no fresh segment continues. */
  boolean[] storedUsed() {
    return storedUsed.clone();
  }

  /**
   * The fresh segments kept unchanged but moved: those outside the longest run of unchanged
   * segments that kept their order (inserting a paragraph before a segment does not move it).
   */
  boolean[] moved() {
    List<Integer> freshIdx = new ArrayList<>();
    for (int i = 0; i < exactStored.length; i++) {
      if (exactStored[i] >= 0) {
        freshIdx.add(i);
      }
    }
    boolean[] moved = new boolean[fresh.size()];
    boolean[] inOrder = LongestIncreasing.members(freshIdx.stream().mapToInt(i -> exactStored[i]).toArray());
    for (int k = 0; k < freshIdx.size(); k++) {
      moved[freshIdx.get(k)] = !inOrder[k];
    }
    return moved;
  }

  private void same() {
    int[] pairs = ExactAlignment.pair(fresh.stream().map(x -> x.source().hash()).toList(),
        stored.stream().map(Segment::sourceHash).toList());
    for (int i = 0; i < fresh.size(); i++) {
      if (pairs[i] >= 0) {
        take(i, Kind.SAME, List.of(pairs[i]));
        exactStored[i] = pairs[i];
      }
    }
  }

  private record Candidate(int fresh, int stored, double score, boolean inPlace, int distance) {}

  private void edited() {
    if (stored.isEmpty()) {
      return; // nothing to have been edited
    }
    List<Candidate> candidates = new ArrayList<>();
    int[][] gaps = gaps();
    for (int i = 0; i < fresh.size(); i++) {
      if (matches[i] != null) {
        continue;
      }
      int[] gap = gaps[i];
      Similarity.Query query = Similarity.query(freshWords.get(i));
      for (int s = 0; s < stored.size(); s++) {
        if (!storedUsed[s]) {
          double score = query.atLeast(storedWords.get(s), threshold);
          if (score >= 0) {
            candidates.add(new Candidate(i, s, score, gap[0] < s && s < gap[1], Math.abs(i - s)));
          }
        }
      }
    }
    candidates.sort(Comparator.comparingDouble(Candidate::score).reversed()
        .thenComparing(Candidate::inPlace, Comparator.reverseOrder())
        .thenComparingInt(Candidate::distance).thenComparingInt(Candidate::fresh));
    for (Candidate c : candidates) {
      if (matches[c.fresh()] == null && !storedUsed[c.stored()]) {
        take(c.fresh(), Kind.EDITED, List.of(c.stored()));
      }
    }
  }

  /**
   * For each fresh segment, the stored indexes of the nearest unchanged segments before and after it
   * (-1 and the stored count where there is none), in one pass each way.
   */
  private int[][] gaps() {
    int[][] gaps = new int[fresh.size()][2];
    int lo = -1;
    for (int i = 0; i < fresh.size(); i++) {
      gaps[i][0] = lo;
      lo = exactStored[i] >= 0 ? exactStored[i] : lo;
    }
    int hi = stored.size();
    for (int i = fresh.size() - 1; i >= 0; i--) {
      gaps[i][1] = hi;
      hi = exactStored[i] >= 0 ? exactStored[i] : hi;
    }
    return gaps;
  }

  private void splits() {
    for (int s = 0; s < stored.size(); s++) {
      if (storedUsed[s]) {
        continue;
      }
      int bestStart = -1;
      int bestLength = 0;
      double best = -1;
      for (int i = 0; i < fresh.size(); i++) {
        for (int length = 2; length <= 3; length++) {
          if (freeFreshRun(i, length)) {
            double score = Similarity.atLeast(concat(freshWords, i, length), storedWords.get(s), threshold);
            if (score > best) {
              best = score;
              bestStart = i;
              bestLength = length;
            }
          }
        }
      }
      if (bestStart >= 0) {
        take(mostSimilarPart(bestStart, bestLength, s), Kind.EDITED, List.of(s));
      }
    }
  }

  private int mostSimilarPart(int start, int length, int s) {
    int best = start;
    for (int i = start + 1; i < start + length; i++) {
      if (Similarity.of(freshWords.get(i), storedWords.get(s)) > Similarity.of(freshWords.get(best), storedWords.get(s))) {
        best = i;
      }
    }
    return best;
  }

  private boolean freeFreshRun(int start, int length) {
    if (start + length > fresh.size()) {
      return false;
    }
    for (int i = start; i < start + length; i++) {
      if (matches[i] != null || fresh.get(i).para() != fresh.get(start).para()) {
        return false;
      }
    }
    return true;
  }

  private void merges() {
    for (int i = 0; i < fresh.size(); i++) {
      if (matches[i] != null) {
        continue;
      }
      int bestStart = -1;
      int bestLength = 0;
      double best = -1;
      for (int s = 0; s < stored.size(); s++) {
        for (int length = 2; length <= 3; length++) {
          if (freeStoredRun(s, length)) {
            double score = Similarity.atLeast(freshWords.get(i), concat(storedWords, s, length), threshold);
            if (score > best) {
              best = score;
              bestStart = s;
              bestLength = length;
            }
          }
        }
      }
      if (bestStart >= 0) {
        List<Integer> run = new ArrayList<>();
        for (int s = bestStart; s < bestStart + bestLength; s++) {
          run.add(s);
        }
        take(i, Kind.MERGED, run);
      }
    }
  }

  private boolean freeStoredRun(int start, int length) {
    if (start + length > stored.size()) {
      return false;
    }
    for (int s = start; s < start + length; s++) {
      if (storedUsed[s] || stored.get(s).para() != stored.get(start).para()) {
        return false;
      }
    }
    return true;
  }

  private static List<String> concat(List<List<String>> words, int start, int length) {
    List<String> all = new ArrayList<>();
    for (int k = start; k < start + length; k++) {
      all.addAll(words.get(k));
    }
    return all;
  }

  private void take(int freshIndex, Kind kind, List<Integer> storedIndexes) {
    matches[freshIndex] = new Match(kind, List.copyOf(storedIndexes));
    storedIndexes.forEach(s -> storedUsed[s] = true);
  }
}
