package org.tandem.extract;

import com.vladsch.flexmark.util.sequence.Html5Entities;
import java.util.ArrayList;
import java.util.List;
import net.sf.okapi.common.resource.TextFragment;
import org.tandem.model.Code;
import org.tandem.model.CodeKind;

/**
 * Matches one text unit of a markup filter (HTML, plain text) against the source from a given
 * offset, as the filter read it: character references decoded, runs of white space read as one
 * space (unless the unit keeps its white space), inline codes standing for their exact source text.
 */
final class UnitText {
  /** Where a code's source text ends when it starts at an offset, or -1. */
  interface CodeEnds {
    int end(String data, int p);
  }

  private final String src;
  private final String coded;
  private final List<net.sf.okapi.common.resource.Code> codes;
  private final boolean preserve;
  private final boolean dropsIndentation;
  private final CodeEnds codeEnds;
  private List<Atom> atoms;
  private int i;
  private int p;

  /**
   * A matcher of one unit.
   *
   * @param preserve the unit keeps its white space as written (preformatted text, plain text)
   * @param dropsIndentation the indentation after a line break inside the unit stays in the source and
   *     never reaches the translator (plain text), as for Markdown
   */
  UnitText(String src, TextFragment fragment, boolean preserve, boolean dropsIndentation, CodeEnds codeEnds) {
    this.src = src;
    this.coded = fragment.getCodedText();
    this.codes = fragment.getCodes();
    this.preserve = preserve;
    this.dropsIndentation = dropsIndentation;
    this.codeEnds = codeEnds;
  }

  /** The atoms of the unit when it starts at {@code start}, or null when it does not. */
  List<Atom> match(int start) {
    atoms = new ArrayList<>();
    i = 0;
    p = start;
    while (i < coded.length()) {
      boolean ok = TextFragment.isMarker(coded.charAt(i)) ? code() : text();
      if (!ok) {
        return null;
      }
    }
    return atoms;
  }

  private boolean code() {
    net.sf.okapi.common.resource.Code oc = codes.get(TextFragment.toIndex(coded.charAt(i + 1)));
    int end = codeEnds.end(oc.getData(), p);
    if (end < 0 && !preserve && spaceEnd(p) > p) {
      // white space before a tag that the filter left out (a tag at the start of a line)
      int q = spaceEnd(p);
      end = codeEnds.end(oc.getData(), q);
      if (end >= 0) {
        atoms.add(new Atom(p, q, "", null));
        p = q;
      }
    }
    if (end < 0) {
      return false;
    }
    CodeKind kind = switch (oc.getTagType()) {
      case OPENING -> CodeKind.OPEN;
      case CLOSING -> CodeKind.CLOSE;
      default -> CodeKind.PLACEHOLDER;
    };
    // the code keeps the source's own text (a reference in its data is resolved to the tag as written)
    atoms.add(new Atom(p, end, null, new Code(Math.max(1, oc.getId()), kind, oc.getType(), src.substring(p, end))));
    p = end;
    i += 2;
    return true;
  }

  private boolean text() {
    char c = coded.charAt(i);
    if (!preserve && isSpace(c)) {
      return spaces();
    }
    if (p >= src.length()) {
      return false;
    }
    char s = src.charAt(p);
    if (s == '&' && reference()) {
      return true;
    }
    if (s == c) {
      emit(1, String.valueOf(c), 1);
      indentation(c);
      return true;
    }
    if (c == '?' && !Character.isSurrogate(s)) {
      // the filter writes "?" for a character its page's declared encoding lacks; the source has it
      emit(1, String.valueOf(s), 1);
      return true;
    }
    if (c == '\n' && src.startsWith("\r\n", p)) {
      emit(2, "\n", 1);
      indentation(c);
      return true;
    }
    if (!preserve && spaceEnd(p) > p) {
      // white space the filter left out (around a line break, at a block's edge): kept in the source only
      int q = spaceEnd(p);
      atoms.add(new Atom(p, q, "", null));
      p = q;
      return true;
    }
    return false;
  }

  /** After a line break, the next line's indentation when it stays in the source. */
  private void indentation(char matched) {
    if (matched != '\n' || !dropsIndentation) {
      return;
    }
    int q = p;
    while (q < src.length() && (src.charAt(q) == ' ' || src.charAt(q) == '\t')) {
      q++;
    }
    if (q > p) {
      atoms.add(new Atom(p, q, "", null));
      p = q;
    }
    while (i < coded.length() && (coded.charAt(i) == ' ' || coded.charAt(i) == '\t')) {
      i++;
    }
  }

  /** A run of white space in the unit stands for a run in the source (or for none: a filter may add one). */
  private boolean spaces() {
    int j = i;
    while (j < coded.length() && isSpace(coded.charAt(j))) {
      j++;
    }
    int q = spaceEnd(p);
    atoms.add(new Atom(p, q, " ", null));
    p = q;
    i = j;
    return true;
  }

  /** The end of the white space from {@code from}; a reference to a white-space character counts as one. */
  private int spaceEnd(int from) {
    int q = from;
    while (q < src.length()) {
      if (isSpace(src.charAt(q))) {
        q++;
        continue;
      }
      CharacterReferences.Decoded ref = src.charAt(q) == '&' ? CharacterReferences.at(src, q) : null;
      if (ref == null || ref.text().length() != 1 || !isSpace(ref.text().charAt(0))) {
        return q;
      }
      q += ref.length();
    }
    return q;
  }

  /** A character reference in the source that the filter decoded (or kept as written). */
  private boolean reference() {
    CharacterReferences.Decoded ref = CharacterReferences.at(src, p);
    if (ref == null) {
      ref = legacyReference();
    }
    if (ref == null) {
      return false;
    }
    String raw = src.substring(p, p + ref.length());
    String text = ref.text();
    if (coded.startsWith(text, i)) {
      emit(ref.length(), text, text.length());
    } else if (text.equals("\u00A0") && coded.charAt(i) == ' ') {
      emit(ref.length(), " ", 1);
    } else if (coded.startsWith(raw, i)) {
      emit(ref.length(), raw, raw.length());
    } else {
      return false;
    }
    return true;
  }

  /** A named reference without its semicolon ({@code &amp}, {@code &nbsp}), which HTML still reads. */
  private CharacterReferences.Decoded legacyReference() {
    int end = p + 1;
    while (end < src.length() && end - p <= 8 && Character.isLetterOrDigit(src.charAt(end))) {
      end++;
    }
    for (int e = end; e > p + 1; e--) {
      String name = src.substring(p, e);
      String decoded = Html5Entities.entityToString(name + ";");
      if (!decoded.equals(name + ";")) {
        return new CharacterReferences.Decoded(decoded, e - p);
      }
    }
    return null;
  }

  private void emit(int srcLength, String text, int codedLength) {
    atoms.add(new Atom(p, p + srcLength, text, null));
    p += srcLength;
    i += codedLength;
  }

  /** The unit's text as a reader sees it, without its codes (for messages). */
  static String plain(TextFragment fragment) {
    StringBuilder sb = new StringBuilder();
    String coded = fragment.getCodedText();
    for (int k = 0; k < coded.length(); k++) {
      if (TextFragment.isMarker(coded.charAt(k))) {
        k++;
      } else {
        sb.append(isSpace(coded.charAt(k)) ? ' ' : coded.charAt(k));
      }
    }
    return sb.toString().replaceAll(" +", " ").strip();
  }

  /** HTML's white space. */
  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  }
}
