package org.tandem.format.office;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.tandem.extract.Atom;
import org.tandem.extract.DocumentPart;
import org.tandem.extract.Sentences;
import org.tandem.model.Code;
import org.tandem.model.Content;
import org.tandem.model.Piece;
import org.tandem.model.TandemException;
import org.tandem.model.Text;

/**
 * Writes one XML part with translations spliced in. A segment whose target equals its source is
 * copied as it stands; a translated one is written from its target: text escaped for where it
 * stands, each code as the original markup it came from. Segments nested in a code (a footnote, a
 * text box, an image's description) are rendered where their code is written.
 */
final class PartWriter {
  private final DocumentPart part;
  private final List<OfficeBlock> blocks;
  private final Dialect dialect;
  private final UnaryOperator<String> untranslated;
  private final List<Spliced> segments = new ArrayList<>();
  private boolean sorted;
  private boolean translated;

  /** A segment of this part and its target. */
  private record Spliced(int start, int end, Content target) {}

  PartWriter(DocumentPart part, List<OfficeBlock> blocks, Dialect dialect, UnaryOperator<String> untranslated) {
    this.part = part;
    this.blocks = blocks;
    this.dialect = dialect;
    this.untranslated = untranslated;
  }

  /** Adds the segment at {@code [start, end)} with its target (null: keep the source). */
  void add(int start, int end, Content target) {
    segments.add(new Spliced(start, end, target));
    sorted = false;
  }

  /** True when some segment was written from a translation that differs from its source. */
  boolean translated() {
    return translated;
  }

  /** The part's text with every translation spliced in. */
  String render() {
    if (!sorted) {
      segments.sort(Comparator.comparingInt(Spliced::start));
      sorted = true;
    }
    StringBuilder out = new StringBuilder(part.text().length() + part.text().length() / 8);
    renderRange(0, part.text().length(), out);
    return translated ? dialect.afterTranslation(out.toString()) : out.toString();
  }

  private void renderRange(int from, int to, StringBuilder out) {
    String text = part.text();
    int pos = from;
    // strictly after: a segment's own range (or its first code's) starts where the segment does
    for (int i = firstAfter(from); i < segments.size() && segments.get(i).start() < to; i++) {
      Spliced s = segments.get(i);
      if (s.start() < pos) {
        continue; // inside a segment already written
      }
      out.append(text, pos, s.start());
      renderSegment(s, out);
      pos = s.end();
    }
    out.append(text, pos, to);
  }

  private int firstAfter(int offset) {
    int lo = 0;
    int hi = segments.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (segments.get(mid).start() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private void renderSegment(Spliced s, StringBuilder out) {
    OfficeBlock block = blockAt(s.start());
    int first = atomAt(block, s.start());
    int last = atomAt(block, s.end() - 1);
    List<Atom> atoms = block.atoms().subList(first, last + 1);
    Content source = Sentences.content(atoms);
    Map<String, Atom> atomOfTag = new HashMap<>();
    List<Atom> codeAtoms = atoms.stream().filter(Atom::isCode).toList();
    for (int i = 0; i < codeAtoms.size(); i++) {
      atomOfTag.put(source.codes().get(i).tag(), codeAtoms.get(i));
    }
    Content target = s.target();
    if (target == null && untranslated != UnaryOperator.<String>identity()) {
      target = mapTexts(source, untranslated);
    }
    if (target == null || target.equals(source)) {
      renderRange(s.start(), s.end(), out);
      return;
    }
    StringBuilder sb = new StringBuilder();
    for (Piece piece : target.pieces()) {
      if (piece instanceof Text t) {
        sb.append(escape(block, t.value()));
      } else {
        Atom atom = atomOfTag.get(((Code) piece).tag());
        if (atom == null) {
          throw new TandemException("part " + part.name() + ": a translation holds the inline code "
              + ((Code) piece).tag() + ", which its source does not have: " + target.markup());
        }
        renderRange(atom.start(), atom.end(), sb);
      }
    }
    String original = part.text().substring(s.start(), s.end());
    if (!sameNesting(original, sb.toString())) {
      throw new TandemException("part " + part.name() + ": the translation \"" + target.markup()
          + "\" puts its inline codes in an order that would break the document (source: \"" + source.markup()
          + "\"); keep each pair of tags in order and nested as in the source");
    }
    translated = true;
    out.append(sb);
  }

  private String escape(OfficeBlock block, String text) {
    return switch (block.escape()) {
      case PARAGRAPH -> dialect.escapeParagraph(text);
      case ELEMENT -> XmlChars.escapeText(text);
      case ATTRIBUTE -> XmlChars.escapeAttribute(text);
    };
  }

  private static Content mapTexts(Content content, UnaryOperator<String> f) {
    List<Piece> pieces = new ArrayList<>();
    for (Piece piece : content.pieces()) {
      pieces.add(piece instanceof Text t ? new Text(f.apply(t.value())) : piece);
    }
    return new Content(pieces);
  }

  /** The innermost block with an atom that starts at or covers {@code offset}. */
  private OfficeBlock blockAt(int offset) {
    int lo = 0;
    int hi = blocks.size() - 1;
    while (lo < hi) { // the last block starting at or before offset
      int mid = (lo + hi + 1) >>> 1;
      if (blocks.get(mid).start() <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    for (int b = lo; b >= 0; b--) {
      if (blocks.get(b).start() <= offset && offset < blocks.get(b).end()) {
        return blocks.get(b);
      }
    }
    throw new IllegalStateException("no paragraph of " + part.name() + " at offset " + offset);
  }

  private static int atomAt(OfficeBlock block, int offset) {
    List<Atom> atoms = block.atoms();
    int lo = 0;
    int hi = atoms.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (atoms.get(mid).start() <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /**
   * True when {@code rendered} may stand where {@code original} stood: starting from the elements
   * the original closes without opening (the context it is known to stand in), it closes only what
   * is open and leaves the same elements open as the original.
   */
  static boolean sameNesting(String original, String rendered) {
    List<String> context = new ArrayList<>();
    Deque<String> probe = simulate(original, context, true);
    Deque<String> expected = simulate(original, context, false);
    Deque<String> actual = simulate(rendered, context, false);
    return probe != null && expected != null && actual != null && List.copyOf(expected).equals(List.copyOf(actual));
  }

  /**
   * The names of the open elements after {@code xml}, innermost first, starting from {@code context}
   * (innermost first); null when it closes an element that is not open. With {@code learn}, every
   * element closed beyond the context is added to it instead.
   */
  private static Deque<String> simulate(String xml, List<String> context, boolean learn) {
    Deque<String> stack = new ArrayDeque<>();
    for (int i = context.size() - 1; i >= 0; i--) {
      stack.push(context.get(i));
    }
    for (int i = xml.indexOf('<'); i >= 0; i = xml.indexOf('<', i + 1)) {
      int gt = tagEnd(xml, i);
      if (xml.startsWith("<!--", i) || xml.startsWith("<?", i) || gt < 0) {
        continue;
      }
      String tag = xml.substring(i, gt + 1);
      String name = tag.substring(tag.startsWith("</") ? 2 : 1).split("[\\s/>]", 2)[0];
      if (tag.startsWith("</")) {
        if (stack.isEmpty() && learn) {
          context.add(name);
        } else if (stack.isEmpty() || !stack.pop().equals(name)) {
          return null;
        }
      } else if (!tag.endsWith("/>")) {
        stack.push(name);
      }
      i = gt;
    }
    return stack;
  }

  private static int tagEnd(String s, int from) {
    char quote = 0;
    for (int i = from + 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        return i;
      }
    }
    return -1;
  }
}
