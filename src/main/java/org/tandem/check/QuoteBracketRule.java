package org.tandem.check;

import org.tandem.model.Segment;
import org.tandem.model.Severity;

/**
 * Brackets and quotes must be balanced as in the source. German „…“ »…« and Turkish “…” «…» "…"
 * are equivalent styles and never reported; only an unclosed bracket or a lone quote is. Single
 * quotes are not counted: ’ and ' are also the Turkish apostrophe (Şişli’de).
 */
public final class QuoteBracketRule extends QualityRule {
  /** The rule's name in reports. */
  public static final String ID = "quotes-brackets";
  private static final String DOUBLE_QUOTES = "\"„“”»«‟";

  public QuoteBracketRule() {
    super(ID, Severity.WARNING, "A bracket or quotation mark of the translation is not closed, or one is left over.");
  }

  @Override
  String problem(CheckContext ctx, Segment segment, String source, String target) {
    if (source.strip().length() == 1 && target.strip().length() == 1) {
      return null; // the mark itself translated (» in German UI strings, ' in Turkish ones): nothing to balance
    }
    int[] s = counts(source);
    int[] t = counts(target);
    if (s[0] != t[0]) {
      return "round brackets are not balanced as in the source ( ( and ) )";
    }
    if (s[1] != t[1]) {
      return "square brackets are not balanced as in the source ( [ and ] )";
    }
    if (s[2] % 2 != t[2] % 2) {
      return "a quotation mark is not closed (or one is left over)";
    }
    return null;
  }

  /** Opening minus closing round and square brackets, and the number of double quotes. */
  private static int[] counts(String text) {
    int[] c = new int[3];
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      switch (ch) {
        case '(' -> c[0]++;
        case ')' -> c[0]--;
        case '[' -> c[1]++;
        case ']' -> c[1]--;
        default -> c[2] += DOUBLE_QUOTES.indexOf(ch) >= 0 ? 1 : 0;
      }
    }
    return c;
  }
}
