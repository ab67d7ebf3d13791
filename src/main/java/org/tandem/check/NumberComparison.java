package org.tandem.check;

import java.util.Set;
import java.util.TreeSet;
import org.tandem.model.Lang;
import org.tandem.model.Segment;

/**
 * How the numbers, dates and times of a source and its translation compare, computed once per
 * segment for the number and the date rules.
 *
 * @param missing values of the source not found in the target (nor written there as a word)
 * @param extra values of the target not found in the source
 * @param dateProblem true when a differing value belongs to a date or time, or the weekdays differ
 */
record NumberComparison(Set<String> missing, Set<String> extra, boolean dateProblem) {
  private static final NumberComparison SAME = new NumberComparison(Set.of(), Set.of(), false);
  private static final String KEY = "numbers";

  /** True when source and target agree. */
  boolean agrees() {
    return missing.isEmpty() && extra.isEmpty() && !dateProblem;
  }

  /** The comparison for the context's current segment (shared by the rules that need it). */
  static NumberComparison of(CheckContext ctx, Segment segment) {
    return ctx.memo(segment, KEY, () -> compare(ctx.sourceText(segment), ctx.targetText(segment),
        ctx.sourceLang(), ctx.targetLang()));
  }

  /** Compares a source and a target text. */
  static NumberComparison compare(String source, String target, Lang sourceLang, Lang targetLang) {
    if (!mayHaveNumerals(source) && !mayHaveNumerals(target)) {
      return SAME; // most sentences: nothing to compare, nothing allocated
    }
    Numerals s = Numerals.of(Protected.masked(source), sourceLang);
    Numerals t = Numerals.of(Protected.masked(target), targetLang);
    boolean weekdays = !s.weekdays().isEmpty() && !t.weekdays().isEmpty() && !s.weekdays().equals(t.weekdays());
    if (s.values().equals(t.values()) && !weekdays) {
      return SAME;
    }
    Set<String> missing = unmatched(s.values(), t.values(), t, targetLang);
    Set<String> extra = unmatched(t.values(), s.values(), s, sourceLang);
    if ((missing.isEmpty() && extra.isEmpty()) || s.loose().equals(t.loose())) {
      return weekdays ? new NumberComparison(Set.of(), Set.of(), true) : SAME;
    }
    boolean dated = weekdays || missing.stream().anyMatch(s.dated()::contains)
        || extra.stream().anyMatch(t.dated()::contains);
    return new NumberComparison(missing, extra, dated);
  }

  private static Set<String> unmatched(Set<String> values, Set<String> other, Numerals otherText, Lang otherLang) {
    Set<String> result = new TreeSet<>();
    Set<String> otherWords = null;
    for (String v : values) {
      if (other.contains(v)) {
        continue;
      }
      if (otherWords == null) {
        otherWords = otherText.words();
      }
      if (!other.contains(v) && !Calendar.spelledOut(v, otherWords, otherLang)
          && !Calendar.monthNamed(v, otherWords, otherLang)) {
        result.add(v);
      }
    }
    return result;
  }

  /** True when a text has a digit or a word that may be a month or weekday name. */
  private static boolean mayHaveNumerals(String text) {
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
      if (!Character.isLetter(c)) {
        i++;
        continue;
      }
      int start = i;
      while (i < text.length() && Character.isLetter(text.charAt(i))) {
        i++;
      }
      if (Calendar.mayName(text, start, i)) {
        return true;
      }
    }
    return false;
  }

  /** The difference in words: "12 is missing, 13 is not in the source". */
  String describe() {
    StringBuilder sb = new StringBuilder();
    if (!missing.isEmpty()) {
      sb.append(String.join(", ", missing)).append(missing.size() == 1 ? " is" : " are").append(" missing");
    }
    if (!extra.isEmpty()) {
      sb.append(sb.length() > 0 ? "; " : "").append(String.join(", ", extra))
          .append(extra.size() == 1 ? " is" : " are").append(" not in the source");
    }
    return sb.toString();
  }
}
