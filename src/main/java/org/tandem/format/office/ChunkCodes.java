package org.tandem.format.office;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tandem.extract.Atom;
import org.tandem.format.office.ParagraphReader.Collector;
import org.tandem.format.office.ParagraphReader.Piece;
import org.tandem.model.Code;
import org.tandem.model.CodeKind;

/**
 * Turns the markup between the pieces of text of a paragraph into inline codes. Each stretch of
 * markup leaves one piece of text and enters the next, so codes can move without breaking the XML as
 * long as pairs stay nested. A stretch that enters a link or span opens a pair, one that leaves it
 * closes the pair; a change of run formatting away from the paragraph's most common formatting opens
 * a pair and the change back closes it; markup between runs of equal formatting (revision ids, spell
 * check marks) becomes an empty atom, so ten runs of one format give the translator no code at all.
 */
final class ChunkCodes {
  private final String text;
  private final Dialect dialect;
  private final Collector collector;
  private final String plain;
  private final Deque<Integer> containers = new ArrayDeque<>();
  private final Deque<Integer> fields = new ArrayDeque<>();
  private final Deque<Integer> formats = new ArrayDeque<>();
  private int nextId = 1;

  private ChunkCodes(String text, Collector collector, Dialect dialect) {
    this.text = text;
    this.collector = collector;
    this.dialect = dialect;
    this.plain = mostCommonFormat(collector.pieces);
  }

  /** The atoms of a collected paragraph: its texts' atoms with one atom for each stretch between them. */
  static List<Atom> atoms(String text, Collector collector, Dialect dialect) {
    ChunkCodes codes = new ChunkCodes(text, collector, dialect);
    List<Atom> atoms = new ArrayList<>();
    List<Piece> pieces = collector.pieces;
    for (int i = 0; i < pieces.size(); i++) {
      if (i > 0 && pieces.get(i - 1).end() < pieces.get(i).start()) {
        atoms.add(codes.chunk(pieces.get(i - 1), pieces.get(i)));
      }
      atoms.addAll(pieces.get(i).atoms());
    }
    return atoms;
  }

  private static String mostCommonFormat(List<Piece> pieces) {
    Map<String, Integer> chars = new HashMap<>();
    for (Piece p : pieces) {
      chars.merge(p.format(), p.end() - p.start(), Integer::sum);
    }
    return chars.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
  }

  private Atom chunk(Piece a, Piece b) {
    String raw = text.substring(a.end(), b.start());
    int common = 0;
    while (common < a.path().size() && common < b.path().size()
        && a.path().get(common).equals(b.path().get(common))) {
      common++;
    }
    int closes = a.path().size() - common;
    int opens = b.path().size() - common;
    if (closes > 0 || opens > 0) {
      formats.clear(); // a format pair does not reach across a link's or span's edge
      return closes == 0 ? open(a, b, raw, containers) : opens == 0 ? close(a, b, raw, containers) : code(a, b, raw);
    }
    int field = dialect.fieldBalance(raw);
    if (field != 0) {
      return field > 0 ? open(a, b, raw, fields) : close(a, b, raw, fields);
    }
    if (a.format().equals(b.format())) {
      return dialect.isNeutral(raw) ? new Atom(a.end(), b.start(), "", null) : code(a, b, raw);
    }
    // away from the paragraph's usual formatting, or adding to a run's formatting, opens a pair
    boolean adds = !properties(a).containsAll(properties(b)) && properties(b).containsAll(properties(a));
    if (a.format().equals(plain) || (!b.format().equals(plain) && adds)) {
      return open(a, b, raw, formats);
    }
    if (b.format().equals(plain) || properties(a).containsAll(properties(b))) {
      return close(a, b, raw, formats);
    }
    return code(a, b, raw);
  }

  /** The properties of a run's formatting, one per element ({@code <w:b/>}, {@code <w:color w:val="C00000"/>}). */
  private static Set<String> properties(Piece piece) {
    Set<String> set = new HashSet<>();
    String f = piece.format();
    for (int i = f.indexOf('<'); i >= 0; i = f.indexOf('<', i + 1)) {
      int gt = f.indexOf('>', i);
      String tag = f.substring(i, gt + 1);
      if (!tag.contains("rPr")) {
        set.add(tag);
      }
      i = gt;
    }
    return set;
  }

  private Atom open(Piece a, Piece b, String raw, Deque<Integer> pairs) {
    int id = nextId++;
    pairs.push(id);
    return atom(a, b, CodeKind.OPEN, id, raw);
  }

  private Atom close(Piece a, Piece b, String raw, Deque<Integer> pairs) {
    return atom(a, b, CodeKind.CLOSE, pairs.isEmpty() ? nextId++ : pairs.pop(), raw);
  }

  private Atom code(Piece a, Piece b, String raw) {
    return atom(a, b, CodeKind.PLACEHOLDER, nextId++, raw);
  }

  private Atom atom(Piece a, Piece b, CodeKind kind, int id, String raw) {
    String format = a.format().equals(plain) ? b.format() : a.format();
    String type = dialect.codeType(raw, format);
    return new Atom(a.end(), b.start(), null, new Code(id, kind, type, data(a.end(), b.start())));
  }

  /** The markup as shown to tools, with the text of nested paragraphs (a footnote's, a text box's) left out. */
  private String data(int from, int to) {
    StringBuilder sb = new StringBuilder();
    int pos = from;
    for (int[] nested : collector.nested) {
      if (nested[0] >= pos && nested[1] <= to) {
        sb.append(text, pos, nested[0]).append('…');
        pos = nested[1];
      }
    }
    return sb.append(text, pos, to).toString();
  }
}
