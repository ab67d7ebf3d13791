package org.tandem.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.okapi.common.resource.TextFragment;
import org.tandem.model.Code;
import org.tandem.model.CodeKind;
import org.tandem.model.TandemException;

/**
 * Finds where each of Okapi's text units stands in the source text, character by character.
 *
 * <p>Okapi's Markdown filter decodes some character references (and mangles others: {@code &#X22;}
 * becomes "?"), drops block-quote markers inside paragraphs and writes its own skeleton on merge, so
 * its output cannot reproduce a document byte for byte. Knowing the exact source span of every text
 * character and code lets tandem rebuild documents by splicing translations into the original text:
 * everything that is not translated stays as it was, by construction.
 */
public final class SourceAligner {
  private static final Pattern BLANK_LINE = Pattern.compile("\\r?\\n[ \\t]*\\r?\\n");
  private static final Pattern NUMERIC = Pattern.compile("&#[xX]?[0-9A-Fa-f]{1,12};");
  /** One string per character: most atoms are one character long, and a chapter has a hundred thousand. */
  private static final String[] SINGLE = new String[0x600];

  static {
    for (char c = 0; c < SINGLE.length; c++) {
      SINGLE[c] = String.valueOf(c);
    }
  }

  private final String src;
  private final String fileName;
  private final List<List<Atom>> blocks = new ArrayList<>();
  private final List<Escaping> escapings = new ArrayList<>();
  private int pos;
  private int rawStart;
  private int rawEnd;

  private SourceAligner(String src, String fileName) {
    this.src = src;
    this.fileName = fileName;
  }

  /** Aligns Okapi's items with {@code src}; units on one line separated only by spaces form one block. */
  public static List<Block> align(String src, List<FilterItem> items, String fileName) {
    SourceAligner aligner = new SourceAligner(src, fileName);
    for (FilterItem item : items) {
      if (item instanceof FilterItem.Skeleton s) {
        aligner.skip(s.text());
      } else {
        FilterItem.Unit unit = (FilterItem.Unit) item;
        aligner.place(unit.content(), unit.escaping());
      }
    }
    List<Block> result = new ArrayList<>();
    for (int b = 0; b < aligner.blocks.size(); b++) {
      List<Atom> atoms = aligner.blocks.get(b);
      result.add(new Block(b + 1, 0, atoms, aligner.escapings.get(b), Block.continuation(src, atoms, " \t>")));
    }
    return result;
  }

  private void skip(String skeleton) {
    if (!skeleton.isEmpty() && src.startsWith(skeleton, pos)) {
      pos += skeleton.length();
    }
  }

  private void place(TextFragment fragment, Escaping escaping) {
    if (fragment.getCodedText().isEmpty()) {
      return;
    }
    String coded = fragment.getCodedText();
    List<net.sf.okapi.common.resource.Code> codes = fragment.getCodes();
    for (int start = pos; start < src.length(); start++) {
      List<Atom> atoms = new UnitMatcher(coded, codes, start).match();
      if (atoms != null && !atoms.isEmpty()) {
        int end = atoms.get(atoms.size() - 1).end();
        if (!isReferenceLabel(start, end)) {
          add(atoms, escaping);
        }
        pos = end;
        return;
      }
    }
    String plain = UnitText.plain(fragment);
    if (plain.isBlank() || rawEnd > 0 && src.substring(rawStart, rawEnd).contains(plain.substring(0, 1))) {
      return; // markup only (reported out of order), or text of the paragraph already offered as written
    }
    raw(plain);
  }

  /**
   * The filter read a paragraph otherwise than CommonMark writes it (links with empty labels, images
   * in link text): the paragraph is offered to the translator as written, Markdown and all, and a
   * translation replaces it as typed. The document is still rebuilt byte for byte.
   */
  private void raw(String plain) {
    int start = pos;
    while (start < src.length() && Character.isWhitespace(src.charAt(start))) {
      start++;
    }
    Matcher blank = BLANK_LINE.matcher(src).region(start, src.length());
    int end = blank.find() ? blank.start() : src.length();
    while (end > start && Character.isWhitespace(src.charAt(end - 1))) {
      end--;
    }
    if (end <= start) {
      throw new TandemException(fileName, lineOf(pos), 0, null, "tandem could not find the text \""
          + abbreviate(plain) + "\" in the source after this point (please report it with the file)", null);
    }
    List<Atom> atoms = List.of(new Atom(start, end, src.substring(start, end), null));
    blocks.add(new ArrayList<>(atoms));
    escapings.add(Escaping.NONE);
    rawStart = start;
    rawEnd = end;
    pos = end;
  }

  /**
   * True for the label of a link reference definition ({@code [label]: url}), which Okapi reports as
   * text: translating it would break every link that refers to it.
   */
  private boolean isReferenceLabel(int start, int end) {
    if (start == 0 || src.charAt(start - 1) != '[' || !src.startsWith("]:", end)) {
      return false;
    }
    int lineStart = src.lastIndexOf('\n', start - 1) + 1;
    String indent = src.substring(lineStart, start - 1);
    return indent.length() <= 3 && indent.isBlank();
  }

  private void add(List<Atom> atoms, Escaping escaping) {
    List<Atom> last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
    int gapStart = last == null ? -1 : last.get(last.size() - 1).end();
    String gap = gapStart < 0 ? null : src.substring(gapStart, atoms.get(0).start());
    if (gap != null && escapings.get(escapings.size() - 1) == escaping && gap.chars().allMatch(c -> c == ' ' || c == '\t')) {
      // Okapi ends a text unit at some character references ("a &amp; b"); the parts belong together.
      if (!gap.isEmpty()) {
        last.add(new Atom(gapStart, atoms.get(0).start(), gap, null));
      }
      last.addAll(atoms);
    } else {
      blocks.add(new ArrayList<>(atoms));
      escapings.add(escaping);
    }
  }

  int lineOf(int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < src.length(); i++) {
      if (src.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  private static String abbreviate(String s) {
    String flat = s.replace('\n', ' ');
    return flat.length() > 60 ? flat.substring(0, 57) + "..." : flat;
  }

  /** Matches one text unit against the source from a given start offset. */
  private final class UnitMatcher {
    private final String coded;
    private final List<net.sf.okapi.common.resource.Code> codes;
    private final List<Atom> atoms;
    private int i;
    private int p;
    private boolean lineStart;

    UnitMatcher(String coded, List<net.sf.okapi.common.resource.Code> codes, int start) {
      this.coded = coded;
      this.codes = codes;
      this.atoms = new ArrayList<>(coded.length());
      this.p = start;
    }

    List<Atom> match() {
      while (i < coded.length()) {
        if (lineStart) {
          skipLinePrefix();
          continue;
        }
        boolean ok = TextFragment.isMarker(coded.charAt(i)) ? matchCode() : matchText();
        if (!ok) {
          return null;
        }
      }
      return atoms;
    }

    private boolean matchCode() {
      net.sf.okapi.common.resource.Code oc = codes.get(TextFragment.toIndex(coded.charAt(i + 1)));
      String data = oc.getData();
      int end;
      if (src.startsWith(data, p)) {
        end = p + data.length();
      } else if (data.contains("[#$") && p < src.length() && src.charAt(p) == '<') {
        end = Tags.end(src, p); // inline HTML the filter keeps as a reference: the tag as written
      } else {
        end = spacedEnd(data, p); // link syntax the filter wrote with other spacing
      }
      if (end < 0) {
        return false;
      }
      atoms.add(new Atom(p, end, null, toCode(oc, src.substring(p, end))));
      p = end;
      i += 2;
      lineStart = false;
      return true;
    }

    private boolean matchText() {
      if (p >= src.length()) {
        return false;
      }
      char c = coded.charAt(i);
      char s = src.charAt(p);
      if (s == '&' && matchReference()) {
        return true;
      }
      if (s == '\\' && matchEscape(c)) {
        return true;
      }
      if (c == '\n' && (s == ' ' || s == '\t') && spacesBeforeLineEnd()) {
        return true;
      }
      if (s == '\r' && c == '\n' && src.startsWith("\r\n", p)) {
        emit(2, "\n", 1);
        lineStart = true;
        return true;
      }
      if (s == c) {
        emit(1, single(c), 1);
        lineStart = c == '\n';
        return true;
      }
      if (isSpace(c) && isSpace(s)) {
        int q = p;
        while (q < src.length() && isSpace(src.charAt(q))) {
          q++;
        }
        int j = i;
        while (j < coded.length() && isSpace(coded.charAt(j))) {
          j++;
        }
        emit(q - p, src.substring(p, q), j - i);
        return true;
      }
      return false;
    }

    /** Where {@code data} ends in the source from {@code p} when white space may differ between them, or -1. */
    private int spacedEnd(String data, int from) {
      int q = from;
      int j = 0;
      while (j < data.length()) {
        boolean dataSpace = Character.isWhitespace(data.charAt(j));
        if (q < src.length() && src.charAt(q) == data.charAt(j)) {
          q++;
          j++;
        } else if (q < src.length() && Character.isWhitespace(src.charAt(q)) && q > from) {
          q++;
        } else if (dataSpace) {
          j++;
        } else {
          return -1;
        }
      }
      return q > from ? q : -1;
    }

    /** Spaces at the end of a line, which the filter drops: they stay in the source, outside the text. */
    private boolean spacesBeforeLineEnd() {
      int q = p;
      while (q < src.length() && (src.charAt(q) == ' ' || src.charAt(q) == '\t')) {
        q++;
      }
      if (q >= src.length() || (src.charAt(q) != '\n' && src.charAt(q) != '\r')) {
        return false;
      }
      atoms.add(new Atom(p, q, "", null));
      p = q;
      return true;
    }

    private boolean matchReference() {
      CharacterReferences.Decoded ref = CharacterReferences.at(src, p);
      if (ref == null) {
        Matcher numeric = NUMERIC.matcher(src).region(p, src.length());
        if (!numeric.lookingAt() || coded.charAt(i) == '&') {
          return false;
        }
        // a numeric reference out of range, which the filter read as some character: kept as written
        emit(numeric.end() - p, String.valueOf(coded.charAt(i)), 1);
        return true;
      }
      String raw = src.substring(p, p + ref.length());
      int consumed;
      if (coded.startsWith(raw, i)) {
        consumed = raw.length();
      } else if (coded.startsWith(ref.text(), i)) {
        consumed = ref.text().length();
      } else if (coded.charAt(i) == '?' || coded.charAt(i) == '\0' || coded.charAt(i) == '\uFFFD') {
        consumed = 1; // Okapi's failed decodings of &#X..; and &#0;
      } else {
        return false;
      }
      emit(ref.length(), ref.text(), consumed);
      return true;
    }

    private boolean matchEscape(char c) {
      if (p + 1 >= src.length() || !isAsciiPunctuation(src.charAt(p + 1))) {
        return false;
      }
      char escaped = src.charAt(p + 1);
      if (c == '\\' && i + 1 < coded.length() && coded.charAt(i + 1) == escaped) {
        emit(2, String.valueOf(escaped), 2);
      } else if (c == escaped) {
        emit(2, String.valueOf(escaped), 1);
      } else {
        return false;
      }
      return true;
    }

    /**
     * After a line break inside a paragraph, skips indentation and block-quote markers, in the source
     * and in Okapi's text, so that they never reach the translator (they are written back as they were).
     */
    private void skipLinePrefix() {
      int q = p;
      while (q < src.length() && isLinePrefix(src.charAt(q))) {
        q++;
      }
      if (q > p) {
        atoms.add(new Atom(p, q, "", null));
        p = q;
      }
      while (i < coded.length() && isLinePrefix(coded.charAt(i))) {
        i++;
      }
      lineStart = false;
    }

    private void emit(int srcLength, String text, int codedLength) {
      atoms.add(new Atom(p, p + srcLength, text, null));
      p += srcLength;
      i += codedLength;
    }
  }

  /** A one-character string, shared for the first 1,536 characters (Latin, Turkish, Greek, Cyrillic). */
  private static String single(char c) {
    return c < SINGLE.length ? SINGLE[c] : String.valueOf(c);
  }

  private static Code toCode(net.sf.okapi.common.resource.Code oc, String data) {
    CodeKind kind = switch (oc.getTagType()) {
      case OPENING -> CodeKind.OPEN;
      case CLOSING -> CodeKind.CLOSE;
      default -> CodeKind.PLACEHOLDER;
    };
    return new Code(Math.max(1, oc.getId()), kind, oc.getType(), data);
  }

  private static boolean isLinePrefix(char c) {
    return c == ' ' || c == '\t' || c == '>';
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t';
  }

  private static boolean isAsciiPunctuation(char c) {
    return c >= '!' && c <= '~' && !Character.isLetterOrDigit(c);
  }
}
