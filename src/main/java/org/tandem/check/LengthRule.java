package org.tandem.check;

import org.tandem.model.Lang;
import org.tandem.model.Segment;
import org.tandem.model.Severity;

/**
 * A translation much shorter or longer than its source: likely cut off, or with something added.
 * Lengths are counted in letters and digits; Turkish text is about as long as German (measured on
 * the evaluation pairs, docs/checks.md), so the bounds are wide: German → Turkish below
 * {@value #MIN_RATIO} or above {@value #MAX_DE_TR} times the source, Turkish → German above
 * {@value #MAX_TR_DE}. Sources shorter than {@value #MIN_LETTERS} letters are not measured (a
 * heading's translation can be any length).
 */
public final class LengthRule extends QualityRule {
  /** The rule's name in reports. */
  public static final String ID = "length";
  static final double MIN_RATIO = 0.5;
  static final double MAX_DE_TR = 2.0;
  static final double MAX_TR_DE = 2.2;
  static final int MIN_LETTERS = 25;

  public LengthRule() {
    super(ID, Severity.WARNING, "The translation is much shorter or longer than the source (cut off, or something added).");
  }

  @Override
  String problem(CheckContext ctx, Segment segment, String source, String target) {
    int s = letters(source);
    if (s < MIN_LETTERS) {
      return null;
    }
    double ratio = letters(target) / (double) s;
    double max = ctx.sourceLang() == Lang.DE ? MAX_DE_TR : MAX_TR_DE;
    if (ratio < MIN_RATIO) {
      return String.format(java.util.Locale.ROOT, "the translation is %.0f%% as long as the source: is it cut off?", ratio * 100);
    }
    if (ratio > max) {
      return String.format(java.util.Locale.ROOT, "the translation is %.1f times as long as the source", ratio);
    }
    return null;
  }

  private static int letters(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      n += Character.isLetterOrDigit(text.charAt(i)) ? 1 : 0;
    }
    return n;
  }
}
