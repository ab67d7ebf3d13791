package org.tandem.cli;

import java.util.List;
import org.tandem.extract.BreakDecision;
import org.tandem.extract.Explanation;
import org.tandem.extract.Explanation.Paragraph;
import org.tandem.extract.Explanation.Sentence;
import org.tandem.extract.SrxRule;

/** {@code tandem segment --explain} for people: numbered sentences, the rule under each cut, the rules cited. */
final class ExplanationText {
  private static final int LEFT = 28;
  private static final int RIGHT = 16;

  private ExplanationText() {}

  /** The explanation as text, ending with a newline. */
  static String format(Explanation e) {
    StringBuilder out = new StringBuilder();
    out.append("Sentences of ").append(e.source()).append(" (").append(e.lang()).append("), rules: ")
        .append(e.rules());
    if (!e.abbreviations().isEmpty()) {
      out.append(" + workspace abbreviations ").append(String.join(" ", e.abbreviations()));
    }
    out.append("\n");
    int breaks = 0;
    int prevented = 0;
    for (Paragraph p : e.paragraphs()) {
      out.append("\n¶").append(p.para()).append(", line ").append(p.line()).append("\n");
      for (int i = 0; i < p.sentences().size(); i++) {
        Sentence s = p.sentences().get(i);
        out.append(String.format("%3d  %s", i + 1, oneLine(s.text()))).append("\n");
        for (BreakDecision d : s.prevented()) {
          out.append("       no break: ").append(d.rule().label()).append(" (stops ").append(d.overrides().label())
              .append(")  \"").append(context(p.text(), d.offset())).append("\"\n");
          prevented++;
        }
        if (s.end() != null) {
          out.append("       break:    ").append(s.end().rule().label()).append("  \"")
              .append(context(p.text(), s.end().offset())).append("\"\n");
          breaks++;
        }
      }
    }
    out.append("\n").append(count(e.paragraphs().size(), "paragraph")).append(", ")
        .append(count(e.sentenceCount(), "sentence")).append(", ").append(count(breaks, "break")).append(", ")
        .append(count(prevented, "prevented break")).append(".\n");
    rules(e.citedRules(), out);
    return out.toString();
  }

  private static void rules(List<SrxRule> rules, StringBuilder out) {
    if (rules.isEmpty()) {
      return;
    }
    out.append("\nRules cited (SRX rules are numbered from 1 within their languagerule):\n");
    for (SrxRule r : rules) {
      out.append("  ").append(r.label()).append(r.line() > 0 ? " (line " + r.line() + ")" : "")
          .append(r.isBreak() ? "  break" : "  no break");
      out.append(r.comment().isEmpty() ? "" : ": " + r.comment()).append("\n");
      if (!r.before().isEmpty() || !r.after().isEmpty()) {
        out.append("      before  ").append(r.before()).append("\n");
        out.append("      after   ").append(r.after()).append("\n");
      }
    }
  }

  /** A few words on each side of a position, with " | " (or "|" where no space is) at the position. */
  static String context(String text, int offset) {
    String left = text.substring(Math.max(0, offset - LEFT), offset);
    String right = text.substring(offset, Math.min(text.length(), offset + RIGHT));
    boolean spaced = !right.isEmpty() && Character.isWhitespace(right.charAt(0))
        || !left.isEmpty() && Character.isWhitespace(left.charAt(left.length() - 1));
    String shownLeft = (offset > LEFT ? "…" : "") + oneLine(left).stripLeading();
    String shownRight = oneLine(right).stripTrailing() + (offset + RIGHT < text.length() ? "…" : "");
    return shownLeft.stripTrailing() + (spaced ? " | " : "|") + shownRight.stripLeading();
  }

  private static String count(int n, String what) {
    return n + " " + what + (n == 1 ? "" : "s");
  }

  private static String oneLine(String s) {
    return s.replaceAll("[ \\t\\u00A0]*\\R[ \\t\\u00A0>]*", " ");
  }
}
