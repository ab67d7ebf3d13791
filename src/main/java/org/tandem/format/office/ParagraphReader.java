package org.tandem.format.office;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import org.tandem.extract.Atom;
import org.tandem.format.office.OfficeBlock.Escape;
import org.tandem.format.office.XmlScanner.Token;

/**
 * Reads the translatable blocks of one XML part with the exact offset of every character and code.
 * Text is what a reader of the document sees; everything between two pieces of text of a paragraph
 * becomes one atom: a code holding the original XML (see {@link ChunkCodes}), or an empty atom where
 * the markup changes nothing a reader sees (a run split only by a revision id).
 */
final class ParagraphReader {
  private final String text;
  private final int part;
  private final Dialect dialect;
  private final Deque<Frame> stack = new ArrayDeque<>();
  private final List<OfficeBlock> blocks = new ArrayList<>();
  private final Deque<Field> fields = new ArrayDeque<>();

  /** A complex field being read: its instruction, and whether its result is being read now. */
  private static final class Field {
    final StringBuilder instruction = new StringBuilder();
    boolean computedResult;
  }

  /** One open element. */
  private static final class Frame {
    final String name;
    final Role role;
    final int start;
    final Collector collector;
    final String key;
    String runFormat = "";
    boolean hiddenRun;

    Frame(String name, Role role, int start, Collector collector, String key) {
      this.name = name;
      this.role = role;
      this.start = start;
      this.collector = collector;
      this.key = key;
    }
  }

  /** The pieces of text of one paragraph (or title) collected so far. */
  static final class Collector {
    final Escape escape;
    final List<Piece> pieces = new ArrayList<>();
    final List<int[]> nested = new ArrayList<>();
    int opaque;
    boolean lastSpace = true;

    Collector(Escape escape) {
      this.escape = escape;
    }
  }

  /** A stretch of text of one element, with the containers and formatting it stands in. */
  record Piece(int start, int end, List<Atom> atoms, List<String> path, String format) {}

  private ParagraphReader(String text, int part, Dialect dialect) {
    this.text = text;
    this.part = part;
    this.dialect = dialect;
  }

  /** The blocks of a part, ordered by their first offset; throws XmlError on malformed XML. */
  static List<OfficeBlock> read(String text, int part, Dialect dialect) {
    ParagraphReader reader = new ParagraphReader(text, part, dialect);
    reader.run();
    reader.blocks.sort(Comparator.comparingInt(OfficeBlock::start));
    return reader.blocks;
  }

  private void run() {
    XmlScanner sc = new XmlScanner(text);
    Token t;
    while ((t = sc.next()) != null) {
      switch (t) {
        case START, EMPTY -> startTag(sc, t == Token.EMPTY);
        case END -> endTag(sc);
        case TEXT -> text(sc.start(), sc.end());
        default -> { }
      }
    }
  }

  private Collector collector() {
    return stack.isEmpty() ? null : stack.peek().collector;
  }

  private void startTag(XmlScanner sc, boolean empty) {
    String refusal = dialect.refusal(sc.name());
    if (refusal != null) {
      throw new XmlScanner.XmlError(sc.start(), refusal);
    }
    Frame top = stack.peek();
    if (top != null && top.role == Role.SKIP) {
      push(sc, empty, Role.SKIP, null, null);
      return;
    }
    field(dialect.fieldChar(sc));
    Collector c = collector();
    for (String attr : dialect.attributeBlocks(sc.name())) {
      attributeBlock(sc, attr, c);
    }
    boolean inParagraph = c != null && c.escape == Escape.PARAGRAPH;
    Role role = dialect.role(sc, top == null ? Role.NONE : top.role, inParagraph && c.opaque == 0,
        top != null && top.hiddenRun);
    if (inParagraph && c.opaque > 0 && role != Role.PARAGRAPH && role != Role.SIMPLE && role != Role.SKIP) {
      role = Role.OPAQUE;
    }
    String spaces = inParagraph && c.opaque == 0 ? dialect.spaces(sc) : null;
    if (spaces != null) {
      addPiece(c, sc.start(), sc.end(), List.of(new Atom(sc.start(), sc.end(), spaces, null)));
      c.lastSpace = false; // ODF collapses only literal white space: a space after text:s is kept
      return;
    }
    switch (role) {
      case PARAGRAPH -> push(sc, empty, role, new Collector(Escape.PARAGRAPH), null);
      case SIMPLE -> push(sc, empty, role, new Collector(Escape.ELEMENT), null);
      case CONTAINER -> push(sc, empty, role, c, dialect.containerKey(sc));
      case OPAQUE, RUN_PROPERTIES -> {
        if (!empty) {
          c.opaque++;
        }
        push(sc, empty, role, c, null);
      }
      default -> push(sc, empty, role, c, null);
    }
  }

  private void field(String fieldChar) {
    if ("begin".equals(fieldChar)) {
      fields.push(new Field());
    } else if ("separate".equals(fieldChar) && !fields.isEmpty()) {
      fields.peek().computedResult = dialect.isComputedField(fields.peek().instruction.toString());
    } else if ("end".equals(fieldChar) && !fields.isEmpty()) {
      fields.pop();
    }
  }

  private void push(XmlScanner sc, boolean empty, Role role, Collector c, String key) {
    if (!empty) {
      stack.push(new Frame(sc.name(), role, sc.start(), c, key));
    }
  }

  private void endTag(XmlScanner sc) {
    Frame f = stack.pop();
    if (f.role == Role.OPAQUE || f.role == Role.RUN_PROPERTIES) {
      f.collector.opaque--;
    }
    if (f.role == Role.RUN_PROPERTIES && stack.peek() != null && stack.peek().role == Role.RUN) {
      String properties = text.substring(f.start, sc.end());
      stack.peek().runFormat = dialect.formatKey(properties);
      stack.peek().hiddenRun = dialect.hidden(properties);
    }
    if (f.role == Role.PARAGRAPH || f.role == Role.SIMPLE) {
      finish(f.collector);
    }
  }

  private void text(int from, int to) {
    Frame top = stack.peek();
    Collector c = collector();
    if (top != null && !fields.isEmpty() && dialect.isFieldInstruction(top.name)) {
      fields.peek().instruction.append(XmlChars.decode(text, from, to));
    }
    if (top == null || c == null || c.opaque > 0 || fields.stream().anyMatch(f -> f.computedResult)) {
      return;
    }
    boolean isText = top.role == Role.SIMPLE || (c.escape == Escape.PARAGRAPH && dialect.textIn(top.role));
    if (isText) {
      addPiece(c, from, to, atoms(c, from, to));
    }
  }

  /** One atom per character, per character reference, and per stretch of white space that collapses. */
  private List<Atom> atoms(Collector c, int from, int to) {
    List<Atom> atoms = new ArrayList<>(to - from);
    boolean collapse = dialect.collapsesSpace() && c.escape == Escape.PARAGRAPH;
    int i = from;
    while (i < to) {
      char ch = text.charAt(i);
      int next = i + 1;
      String value;
      if (ch == '&') {
        int semi = text.indexOf(';', i);
        if (semi < 0 || semi >= to) {
          throw new XmlScanner.XmlError(i, "a '&' that starts no character reference (write &amp;)");
        }
        next = semi + 1;
        value = XmlChars.decode(text, i, next);
        if (collapse && value.length() == 1 && " \t\n\r".indexOf(value.charAt(0)) >= 0) {
          value = c.lastSpace ? "" : " "; // a referenced tab or newline is white space that collapses too
        }
      } else if (collapse && (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r')) {
        while (next < to && " \t\n\r".indexOf(text.charAt(next)) >= 0) {
          next++;
        }
        value = c.lastSpace ? "" : " ";
      } else if (Character.isHighSurrogate(ch) && next < to) {
        next++;
        value = text.substring(i, next);
      } else {
        value = String.valueOf(ch);
      }
      if (next <= i) {
        throw new XmlScanner.XmlError(i, "a '&' that starts no character reference (write &amp;)");
      }
      c.lastSpace = value.equals(" ") || (value.isEmpty() && c.lastSpace);
      atoms.add(new Atom(i, next, value, null));
      i = next;
    }
    return atoms;
  }

  private void addPiece(Collector c, int from, int to, List<Atom> atoms) {
    List<String> path = new ArrayList<>();
    String format = "";
    for (Frame f : stack) { // innermost first
      if (f.collector != c || f.role == Role.PARAGRAPH || f.role == Role.SIMPLE) {
        break;
      }
      if (f.role == Role.CONTAINER) {
        path.add(0, f.key);
      } else if (f.role == Role.RUN) {
        format = f.runFormat;
      }
    }
    c.pieces.add(new Piece(from, to, atoms, path, format));
  }

  private void attributeBlock(XmlScanner sc, String attr, Collector enclosing) {
    int[] range = XmlScanner.attrRange(text, sc.start(), sc.end(), attr);
    if (range == null || range[0] == range[1]) {
      return;
    }
    Collector c = new Collector(Escape.ATTRIBUTE);
    c.pieces.add(new Piece(range[0], range[1], atoms(c, range[0], range[1]), List.of(), ""));
    finish(c, enclosing);
  }

  private void finish(Collector c) {
    Frame parent = stack.peek();
    finish(c, parent == null ? null : parent.collector);
  }

  private void finish(Collector c, Collector enclosing) {
    if (c.pieces.isEmpty()) {
      return;
    }
    List<Atom> atoms = ChunkCodes.atoms(text, c, dialect);
    OfficeBlock block = new OfficeBlock(part, atoms, c.escape);
    blocks.add(block);
    if (enclosing != null) {
      enclosing.nested.add(new int[] {block.start(), block.end()});
    }
  }
}
