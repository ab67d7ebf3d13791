package org.tandem.compare;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.text.diff.CommandVisitor;
import org.apache.commons.text.diff.StringsComparator;

/**
 * A word-level diff of an old and a new text, for people: which words were removed and which
 * added (commons-text's Myers diff over {@link Tokens#display} tokens). Marked up like
 * {@code git diff --word-diff}: {@code [-removed-]} in the old text, {@code {+added+}} in the new.
 *
 * @param parts the texts' tokens in order, each kept, removed or added
 */
public record WordDiff(List<Part> parts) {
  /** What happened to a token. */
  public enum Op { SAME, REMOVED, ADDED }

  /**
   * One token of the diff.
   *
   * @param op kept, removed (old text only) or added (new text only)
   * @param text the token
   */
  public record Part(Op op, String text) {}

  public WordDiff {
    parts = List.copyOf(parts);
  }

  /** The diff from {@code oldText} to {@code newText}. */
  public static WordDiff of(String oldText, String newText) {
    TokenCodec codec = new TokenCodec();
    String a = codec.encode(Tokens.display(oldText));
    String b = codec.encode(Tokens.display(newText));
    List<Part> parts = new ArrayList<>();
    new StringsComparator(a, b).getScript().visit(new CommandVisitor<Character>() {
      @Override
      public void visitKeepCommand(Character c) {
        parts.add(new Part(Op.SAME, codec.decode(c)));
      }

      @Override
      public void visitDeleteCommand(Character c) {
        parts.add(new Part(Op.REMOVED, codec.decode(c)));
      }

      @Override
      public void visitInsertCommand(Character c) {
        parts.add(new Part(Op.ADDED, codec.decode(c)));
      }
    });
    return new WordDiff(parts);
  }

  /** True when old and new text are the same. */
  public boolean unchanged() {
    return parts.stream().allMatch(p -> p.op() == Op.SAME);
  }

  /** The old text with removed words marked {@code [-...-]}. */
  public String markedOld() {
    return marked(Op.REMOVED, "[-", "-]");
  }

  /** The new text with added words marked {@code {+...+}}. */
  public String markedNew() {
    return marked(Op.ADDED, "{+", "+}");
  }

  /**
   * Leaves the spaces at the edges of a mark outside it ("ein {+großes+} Wagnis"), unless the mark
   * holds nothing but space (a changed spacing stays visible).
   */
  private static void unmarkEdgeSpaces(List<Part> side, boolean[] marked) {
    int i = 0;
    while (i < side.size()) {
      if (!marked[i]) {
        i++;
        continue;
      }
      int end = i;
      while (end + 1 < side.size() && marked[end + 1]) {
        end++;
      }
      int first = i;
      int last = end;
      while (first <= last && Tokens.isSpace(side.get(first).text())) {
        first++;
      }
      while (last >= first && Tokens.isSpace(side.get(last).text())) {
        last--;
      }
      if (first <= last) {
        for (int k = i; k <= end; k++) {
          marked[k] = k >= first && k <= last;
        }
      }
      i = end + 1;
    }
  }

  /** One side's text; a space between two changed words joins them into one mark. */
  private String marked(Op changed, String open, String close) {
    List<Part> side = parts.stream().filter(p -> p.op() == Op.SAME || p.op() == changed).toList();
    boolean[] marked = new boolean[side.size()];
    for (int i = 0; i < side.size(); i++) {
      marked[i] = side.get(i).op() == changed;
    }
    for (int i = 1; i + 1 < side.size(); i++) {
      if (!marked[i] && Tokens.isSpace(side.get(i).text()) && marked[i - 1] && marked[i + 1]) {
        marked[i] = true;
      }
    }
    unmarkEdgeSpaces(side, marked);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < side.size(); i++) {
      if (marked[i] && (i == 0 || !marked[i - 1])) {
        sb.append(open);
      }
      sb.append(side.get(i).text());
      if (marked[i] && (i + 1 == side.size() || !marked[i + 1])) {
        sb.append(close);
      }
    }
    return sb.toString();
  }
}
