package org.tandem.check;

import org.tandem.model.Segment;
import org.tandem.model.Severity;

/**
 * The translation must end as its source does: a question with "?", an exclamation with "!", a
 * statement with ".", an introduction with ":", an ellipsis with "…" or "..."; a heading without.
 * Closing quotes and brackets are looked through, so „Kommen Sie?“ and “Geliyor musunuz?” agree,
 * and so do German „…“. and Turkish “….” (the full stop inside or outside the quotes).
 */
public final class EndPunctuationRule extends QualityRule {
  /** The rule's name in reports. */
  public static final String ID = "end-punctuation";
  private static final String CLOSERS = "\"“”»«’‘›‹)]'";

  public EndPunctuationRule() {
    super(ID, Severity.WARNING, "The translation ends with other punctuation than its source (a question that is no longer one, a lost full stop).");
  }

  @Override
  String problem(CheckContext ctx, Segment segment, String source, String target) {
    char s = end(source);
    char t = end(target);
    if (s == t && doubled(target) && !doubled(source)) {
      return "the translation ends with a doubled mark (\"" + s + s + "\")";
    }
    if (s == t || source.isBlank() || abbreviated(source, s, t) || abbreviated(target, t, s) || quotedElsewhere(source, s, target) || quotedElsewhere(target, t, source)) {
      return null;
    }
    return "the source ends with " + name(s) + ", the translation with " + name(t);
  }

  /**
   * Quoted speech moves: „Komm!“, sagte er. ↔ “Gel!” dedi. The mark inside one side's closing quote
   * is fine when the other side has it before a closing quote too.
   */
  private static boolean quotedElsewhere(String text, char mark, String other) {
    if (mark == ' ' || !endsWithCloser(text)) {
      return false;
    }
    for (int i = 0; i + 1 < other.length(); i++) {
      if (other.charAt(i) == mark && CLOSERS.indexOf(other.charAt(i + 1)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * A final full stop that belongs to an abbreviation in brackets ("Kanadisch (intl.)", "(alt.)") may
   * stand for none on the other side: the abbreviation's full stop is not the sentence's.
   */
  private static boolean abbreviated(String text, char mark, char other) {
    if (mark != '.' || other != ' ') {
      return false;
    }
    String s = text.strip();
    if (!s.endsWith(".)") && !s.endsWith(".]")) {
      return false; // "… Nähkurse usw." ends a sentence: its full stop is the sentence's too
    }
    int dot = s.length() - 2;
    int start = dot;
    while (start > 0 && Character.isLetter(s.charAt(start - 1))) {
      start--;
    }
    String word = s.substring(start, dot).toLowerCase(java.util.Locale.ROOT);
    return ABBREVIATIONS.contains(word) || word.length() == 1 && start >= 2 && s.charAt(start - 1) == '.';
  }

  private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of("usw", "etc", "bzw", "ca", "vgl",
      "intl", "alt", "nr", "str", "evtl", "inkl", "ggf", "vs", "vb", "bkz", "örn", "no", "sok", "cad", "mah", "vd");

  private static boolean endsWithCloser(String text) {
    String s = text.strip();
    return !s.isEmpty() && CLOSERS.indexOf(s.charAt(s.length() - 1)) >= 0;
  }

  /** True when the text ends with two equal marks that are not an ellipsis: "..", "!!", "??" (not "..."). */
  private static boolean doubled(String text) {
    String s = text.stripTrailing();
    int n = s.length();
    if (n < 2 || ".?!:;,".indexOf(s.charAt(n - 1)) < 0 || s.charAt(n - 2) != s.charAt(n - 1)) {
      return false;
    }
    return !(s.charAt(n - 1) == '.' && n >= 3 && s.charAt(n - 3) == '.');
  }

  /** The sentence's final mark: one of . ? ! : ; … or a space for none. */
  static char end(String text) {
    int i = text.length() - 1;
    while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || CLOSERS.indexOf(text.charAt(i)) >= 0)) {
      i--;
    }
    if (i < 0) {
      return ' ';
    }
    char c = text.charAt(i);
    if (c == '.' && i >= 2 && text.charAt(i - 1) == '.' && text.charAt(i - 2) == '.') {
      return '…';
    }
    return ".?!:;…".indexOf(c) >= 0 ? c : ' ';
  }

  private static String name(char c) {
    return c == ' ' ? "no punctuation" : "\"" + c + "\"";
  }
}
