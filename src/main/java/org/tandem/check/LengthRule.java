package org.tandem.check;

import org.tandem.model.Lang;
import org.tandem.model.Segment;
import org.tandem.model.Severity;

/**
 * A translation much shorter or longer than its source: likely cut off, or with something added.
 * Lengths are counted in letters and digits. On the evaluation pairs (docs/checks.md) Turkish is
 * 0.57–1.62 times as long as its German source and German 0.76–1.96 times its Turkish source, so
 * the bounds are wide: German → Turkish below {@value #MIN_DE_TR} or above {@value #MAX_DE_TR}
 * times the source, Turkish → German below {@value #MIN_TR_DE} or above {@value #MAX_TR_DE}. Sources shorter than {@value #MIN_LETTERS} letters are not measured (a
 * heading's translation can be any length).
 */
public final class LengthRule extends QualityRule {
  /** The rule's name in reports. */
  public static final String ID = "length";
  static final double MIN_DE_TR = 0.4;
  static final double MIN_TR_DE = 0.6;
  static final double MAX_DE_TR = 2.5;
  static final double MAX_TR_DE = 2.8;
  static final int MIN_LETTERS = 25;

  public LengthRule() {
    super(ID, Severity.WARNING, "The translation is much shorter or longer than the source (cut off, or something added).");
  }

  /** Words a sentence cannot end with: the translation stops in the middle (… görüşmesi ve). */
  private static final java.util.Set<String> DANGLING = java.util.Set.of("ve", "ile", "veya", "ya", "ama", "ancak",
      "und", "oder", "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "für", "von", "zum", "zur",
      "sowie", "dass", "weil", "wenn");

  @Override
  String problem(CheckContext ctx, Segment segment, String source, String target) {
    String last = lastWord(target);
    if (DANGLING.contains(last) && !last.equals(lastWord(source))) {
      return "the translation ends with \"" + last + "\": is it cut off?";
    }
    int s = letters(source);
    if (s < MIN_LETTERS) {
      return null;
    }
    double ratio = letters(target) / (double) s;
    double max = ctx.sourceLang() == Lang.DE ? MAX_DE_TR : MAX_TR_DE;
    double min = ctx.sourceLang() == Lang.DE ? MIN_DE_TR : MIN_TR_DE;
    if (ratio < min) {
      return String.format(java.util.Locale.ROOT, "the translation is %.0f%% as long as the source: is it cut off?", ratio * 100);
    }
    if (ratio > max) {
      return String.format(java.util.Locale.ROOT, "the translation is %.1f times as long as the source", ratio);
    }
    return null;
  }

  private static String lastWord(String text) {
    int end = text.length();
    while (end > 0 && !Character.isLetter(text.charAt(end - 1))) {
      if (".?!:;".indexOf(text.charAt(end - 1)) >= 0) {
        return ""; // a sentence that ends with a mark has ended
      }
      end--;
    }
    int start = end;
    while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    return text.substring(start, end).toLowerCase(java.util.Locale.ROOT);
  }

  private static int letters(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      n += Character.isLetterOrDigit(text.charAt(i)) ? 1 : 0;
    }
    return n;
  }
}
