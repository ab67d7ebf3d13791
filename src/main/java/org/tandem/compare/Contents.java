package org.tandem.compare;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tandem.model.Code;
import org.tandem.model.Content;
import org.tandem.model.Piece;
import org.tandem.model.Text;

/** Operations on segment content that keep its inline codes consistent with a source. */
public final class Contents {
  private Contents() {}

  /**
   * The text two sources are compared by for an exact match: the markup form (codes as
   * {@code {1}} tags, so formatting counts, not what a link points to), NFC, whitespace runs as one
   * space, without leading or trailing space.
   */
  public static String matchKey(Content content) {
    return squeeze(Normalizer.normalize(content.markup(), Normalizer.Form.NFC), "\u00A0");
  }

  /**
   * The text with every run of white space (ASCII white space and the characters of {@code spaces})
   * as one space, without leading or trailing space: what the regex {@code [\s...]+} replaced by a
   * space and stripped gives, in one pass.
   */
  public static String squeeze(String text, String spaces) {
    if (!needsSqueezing(text, spaces)) {
      return text.strip(); // the common case: single spaces between words (strip: other Unicode spaces)
    }
    StringBuilder sb = new StringBuilder(text.length());
    boolean pending = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isSpace(c, spaces)) {
        pending = sb.length() > 0;
      } else {
        if (pending) {
          sb.append(' ');
          pending = false;
        }
        sb.append(c);
      }
    }
    return sb.toString().strip();
  }

  private static boolean needsSqueezing(String text, String spaces) {
    int n = text.length();
    if (n > 0 && (isSpace(text.charAt(0), spaces) || isSpace(text.charAt(n - 1), spaces))) {
      return true;
    }
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (isSpace(c, spaces) && (c != ' ' || isSpace(text.charAt(i + 1), spaces))) {
        return true; // another space character, or a run (never at the end: checked above)
      }
    }
    return false;
  }

  private static boolean isSpace(char c, String spaces) {
    if (c > ' ' && c < '\u00A0') {
      return false; // printable ASCII, most of any text
    }
    return c == ' ' || (c >= '\t' && c <= '\r') || spaces.indexOf(c) >= 0;
  }

  /**
   * A translation made for another source, fitted to {@code source}: each code takes the data of
   * the source's code with the same tag (a changed link target follows), and codes the source no
   * longer has are dropped, their text kept. The store can only hold targets whose tags its source
   * has, so this is what an outdated translation looks like after the source changed.
   */
  public static Content fitCodes(Content target, Content source) {
    Map<String, Code> byTag = byTag(source);
    List<Piece> pieces = new ArrayList<>();
    for (Piece piece : target.pieces()) {
      if (piece instanceof Code code) {
        Code own = byTag.get(code.tag());
        if (own != null) {
          pieces.add(own);
        }
      } else {
        pieces.add(piece);
      }
    }
    return new Content(pieces);
  }

  /**
   * The target with the source's code data, when it has exactly the source's codes (each tag as
   * often as in the source); empty when the codes differ, as a translation that cannot be used as
   * it is.
   */
  public static Optional<Content> withCodesOf(Content target, Content source) {
    if (!target.codeTags().equals(source.codeTags())) {
      return Optional.empty();
    }
    return Optional.of(fitCodes(target, source));
  }

  /**
   * Contents joined with a space, as one text: the codes of each part after the first are
   * renumbered after the previous parts' so that tags stay unique.
   */
  public static Content join(List<Content> parts) {
    return joinWithOffsets(parts, offsets(parts));
  }

  /** The translations of joined parts, renumbered as {@link #join} renumbers their sources; nulls are left out. */
  public static Content joinTargets(List<Content> sources, List<Content> targets) {
    int[] offsets = offsets(sources);
    List<Piece> pieces = new ArrayList<>();
    for (int i = 0; i < targets.size(); i++) {
      if (targets.get(i) == null) {
        continue;
      }
      if (!pieces.isEmpty()) {
        pieces.add(new Text(" "));
      }
      pieces.addAll(shifted(targets.get(i), offsets[i]));
    }
    return new Content(pieces);
  }

  private static Content joinWithOffsets(List<Content> parts, int[] offsets) {
    List<Piece> pieces = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      if (i > 0) {
        pieces.add(new Text(" "));
      }
      pieces.addAll(shifted(parts.get(i), offsets[i]));
    }
    return new Content(pieces);
  }

  private static int[] offsets(List<Content> parts) {
    int[] offsets = new int[parts.size()];
    int used = 0;
    for (int i = 0; i < parts.size(); i++) {
      offsets[i] = used;
      used += parts.get(i).codes().stream().mapToInt(Code::id).max().orElse(0);
    }
    return offsets;
  }

  private static List<Piece> shifted(Content content, int offset) {
    List<Piece> pieces = new ArrayList<>();
    for (Piece piece : content.pieces()) {
      pieces.add(piece instanceof Code c && offset > 0
          ? new Code(c.id() + offset, c.kind(), c.type(), c.data()) : piece);
    }
    return pieces;
  }

  private static Map<String, Code> byTag(Content content) {
    Map<String, Code> byTag = new HashMap<>();
    for (Code code : content.codes()) {
      byTag.putIfAbsent(code.tag(), code);
    }
    return byTag;
  }
}
