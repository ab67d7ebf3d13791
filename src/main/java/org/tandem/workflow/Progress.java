package org.tandem.workflow;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.tandem.model.Chapter;
import org.tandem.model.Segment;
import org.tandem.model.State;

/**
 * How far a chapter (or the whole publication) is: segments and source words per state.
 *
 * @param chapter the chapter, or null for a total
 * @param segments segments per state
 * @param words source words per state
 * @param aligned translated segments whose translation {@code tandem align} took from an existing
 *     translation (origin {@code aligned}), not yet reviewed: "translated (aligned)"
 */
public record Progress(Chapter chapter, Map<State, Integer> segments, Map<State, Integer> words, int aligned) {
  /** The origin of a translation {@code tandem align} took from an existing translation. */
  public static final String ALIGNED = "aligned";

  public Progress {
    segments = Map.copyOf(segments);
    words = Map.copyOf(words);
  }

  /** The progress of one chapter's segments. */
  public static Progress of(Chapter chapter, List<Segment> list) {
    Map<State, Integer> segments = zero();
    Map<State, Integer> words = zero();
    int aligned = 0;
    for (Segment s : list) {
      segments.merge(s.state(), 1, Integer::sum);
      words.merge(s.state(), wordCount(s.source().plainText()), Integer::sum);
      aligned += s.state() == State.TRANSLATED && ALIGNED.equals(s.origin()) ? 1 : 0;
    }
    return new Progress(chapter, segments, words, aligned);
  }

  /** The sum of several chapters' progress. */
  public static Progress total(List<Progress> parts) {
    Map<State, Integer> segments = zero();
    Map<State, Integer> words = zero();
    int aligned = 0;
    for (Progress p : parts) {
      p.segments.forEach((k, v) -> segments.merge(k, v, Integer::sum));
      p.words.forEach((k, v) -> words.merge(k, v, Integer::sum));
      aligned += p.aligned;
    }
    return new Progress(null, segments, words, aligned);
  }

  private static Map<State, Integer> zero() {
    Map<State, Integer> map = new EnumMap<>(State.class);
    for (State state : State.values()) {
      map.put(state, 0);
    }
    return map;
  }

  /** Words as a translator counts them: runs of letters or digits between spaces. */
  public static int wordCount(String text) {
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean letter = Character.isLetterOrDigit(text.charAt(i));
      if (letter && !inWord) {
        count++;
      }
      inWord = letter || (inWord && (text.charAt(i) == '\'' || text.charAt(i) == '\u2019' || text.charAt(i) == '-'));
    }
    return count;
  }

  /** All segments. */
  public int totalSegments() {
    return segments.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** All source words. */
  public int totalWords() {
    return words.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** Words in segments that are translated, reviewed or final. */
  public int doneWords() {
    return words.entrySet().stream().filter(e -> e.getKey().isDone()).mapToInt(Map.Entry::getValue).sum();
  }

  /** Per cent of source words done, rounded down (100 only when everything is done). */
  public int percentDone() {
    return totalWords() == 0 ? 100 : (int) (100L * doneWords() / totalWords());
  }
}
