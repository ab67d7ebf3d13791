package org.tandem.xliff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.tandem.model.Code;
import org.tandem.model.CodeKind;
import org.tandem.model.Content;
import org.tandem.model.Piece;
import org.tandem.model.Text;

/**
 * The inline content of one unit's {@code <source>}, {@code <seg-source>} or {@code <target>} in any
 * XLIFF version, with codes of any id: each id (ph1, 0, em-7) gets a number, the same in source and
 * target, so that tandem's content model can hold them. Native code inside {@code <ph>},
 * {@code <bpt>}, {@code <ept>}, {@code <it>} and {@code <sub>} is not text; {@code <mrk>} and unknown
 * elements are looked through; {@code <mrk mtype="seg">} starts a segment, also inside a {@code <g>}
 * (Trados puts a paragraph's formatting around its segments).
 */
final class InlineContent {
  private final XMLStreamReader xml;
  private final Map<String, Integer> ids = new HashMap<>();

  InlineContent(XMLStreamReader xml) {
    this.xml = xml;
  }

  /**
   * What an element held.
   *
   * @param whole all its content
   * @param segments the content of each {@code <mrk mtype="seg">} by its {@code mid}, in order; empty when none
   */
  record Parsed(Content whole, Map<String, Content> segments) {}

  /** Reads from the current start element to its end. */
  Parsed read(String element) throws XMLStreamException {
    List<Piece> whole = new ArrayList<>();
    Map<String, List<Piece>> segments = new LinkedHashMap<>();
    List<Piece> segment = null;
    List<String> open = new ArrayList<>(); // elements inside, with the code id for g/pc, "" otherwise
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
          || event == XMLStreamConstants.SPACE) {
        add(new Text(xml.getText()), whole, segment);
      } else if (event == XMLStreamConstants.START_ELEMENT) {
        String local = xml.getLocalName();
        if (local.equals("mrk") && !open.contains("seg") && "seg".equals(attr("mtype"))) {
          String mid = attr("mid");
          segment = new ArrayList<>();
          segments.put(mid == null ? Integer.toString(segments.size() + 1) : mid, segment);
          open.add("seg");
          continue;
        }
        Piece code = start(local);
        if (code != null) {
          add(code, whole, segment);
        }
        if (isNative(local)) {
          skip();
        } else {
          open.add(local.equals("g") || local.equals("pc") ? "code:" + key("p", attr("id")) : "");
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        if (open.isEmpty()) {
          break; // the end of the element itself
        }
        String closed = open.remove(open.size() - 1);
        if (closed.equals("seg")) {
          segment = null;
        } else if (closed.startsWith("code:")) {
          add(new Code(Integer.parseInt(closed.substring(5)), CodeKind.CLOSE, xml.getLocalName(), ""), whole, segment);
        }
      }
    }
    Map<String, Content> segs = new LinkedHashMap<>();
    segments.forEach((mid, pieces) -> segs.put(mid, reflowed(new Content(pieces))));
    return new Parsed(reflowed(new Content(whole)), segs);
  }

  /**
   * Content without the line breaks and indentation of a pretty-printed file: a run of whitespace
   * with a line break becomes one space, or nothing at either end (a tool that wrote the text on
   * several lines did not mean them; a translator's own double space stays).
   */
  static Content reflowed(Content content) {
    List<Piece> pieces = new ArrayList<>(content.pieces());
    boolean changed = false;
    for (int i = 0; i < pieces.size(); i++) {
      if (pieces.get(i) instanceof Text t && (t.value().indexOf('\n') >= 0 || t.value().indexOf('\r') >= 0)) {
        String v = LINE_BREAK.matcher(t.value()).replaceAll(" ");
        if (i == 0) {
          v = LEADING.matcher(t.value()).lookingAt() ? v.stripLeading() : v;
        }
        if (i == pieces.size() - 1) {
          v = TRAILING.matcher(t.value()).find() ? v.stripTrailing() : v;
        }
        pieces.set(i, new Text(v));
        changed = true;
      }
    }
    return changed ? new Content(pieces) : content;
  }

  private static final java.util.regex.Pattern LINE_BREAK = java.util.regex.Pattern.compile("[ \t]*[\r\n][\s]*");
  private static final java.util.regex.Pattern LEADING = java.util.regex.Pattern.compile("[ \t]*[\r\n]");
  private static final java.util.regex.Pattern TRAILING = java.util.regex.Pattern.compile("[\r\n][ \t]*$");

  /** The code an inline element stands for, or null for one that is only looked through. */
  private Piece start(String local) {
    return switch (local) {
      case "g", "pc" -> code(CodeKind.OPEN, key("p", attr("id")), local);
      case "x", "ph", "it" -> code(CodeKind.PLACEHOLDER, key("x", attr("id")), local);
      case "bx", "bpt", "sc" -> code(CodeKind.OPEN, key("p", first(attr("rid"), attr("id"))), local);
      case "ex", "ept" -> code(CodeKind.CLOSE, key("p", first(attr("rid"), attr("id"))), local);
      case "ec" -> code(CodeKind.CLOSE, key("p", first(attr("startRef"), attr("id"))), local);
      case "cp" -> new Text(codePoint(attr("hex")));
      default -> null; // mrk, sm, em, tools' own elements
    };
  }

  private Code code(CodeKind kind, String key, String type) {
    return new Code(Integer.parseInt(key), kind, type, "");
  }

  /** A number for an id, the same for the same id anywhere in the unit. */
  private String key(String space, String id) {
    String k = space + ":" + (id == null ? "" : id);
    return Integer.toString(ids.computeIfAbsent(k, x -> ids.size() + 1));
  }

  private static boolean isNative(String local) {
    return local.equals("ph") || local.equals("bpt") || local.equals("ept") || local.equals("it")
        || local.equals("sub") || local.equals("x") || local.equals("bx") || local.equals("ex")
        || local.equals("sc") || local.equals("ec") || local.equals("cp") || local.equals("sm") || local.equals("em");
  }

  private static void add(Piece piece, List<Piece> whole, List<Piece> segment) {
    whole.add(piece);
    if (segment != null) {
      segment.add(piece);
    }
  }

  private static String first(String a, String b) {
    return a != null ? a : b;
  }

  private static String codePoint(String hex) {
    try {
      return Character.toString(Integer.parseInt(hex == null ? "" : hex.strip(), 16));
    } catch (IllegalArgumentException e) {
      return "\uFFFD";
    }
  }

  private void skip() throws XMLStreamException {
    int depth = 1;
    while (depth > 0 && xml.hasNext()) {
      int event = xml.next();
      depth += event == XMLStreamConstants.START_ELEMENT ? 1 : event == XMLStreamConstants.END_ELEMENT ? -1 : 0;
    }
  }

  private String attr(String local) {
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      if (local.equals(xml.getAttributeLocalName(i))) {
        return xml.getAttributeValue(i);
      }
    }
    return null;
  }
}
