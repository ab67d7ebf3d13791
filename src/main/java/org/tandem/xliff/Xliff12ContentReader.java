package org.tandem.xliff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.tandem.model.Code;
import org.tandem.model.CodeKind;
import org.tandem.model.Content;
import org.tandem.model.Piece;
import org.tandem.model.Text;

/**
 * Reads the inside of a {@code <source>} or {@code <target>} into {@link Content}, reporting inline
 * codes as found: {@code bpt}/{@code ept}/{@code it}/{@code ph} with their content as data;
 * {@code g} as an opening and closing code, {@code x} as a placeholder and {@code bx}/{@code ex} as
 * open/close, all with empty data; {@code mrk} and unknown XLIFF elements are dropped with their
 * text kept; elements of other namespaces are skipped whole. An {@code ept} or {@code ex} with a
 * {@code rid} takes the id of the {@code bpt}/{@code bx} with that {@code rid}, so that a pair
 * shares one id as in our model. The importer compares the codes with the stored source.
 */
final class Xliff12ContentReader {
  private static final Pattern CHAR_NAME = Pattern.compile("U\\+([0-9A-Fa-f]{4,6})");

  private final XmlCursor cursor;
  private final String unit;
  private final List<Piece> pieces = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();
  /** Open wrapping elements: the {@code g}'s opening code, or null for a transparent element. */
  private final List<Code> open = new ArrayList<>();
  private final Map<String, Integer> idByRid = new HashMap<>();
  /** Types of opening codes by id: ept and ex have no ctype and take their partner's. */
  private final Map<Integer, String> openTypes = new HashMap<>();

  private Xliff12ContentReader(XmlCursor cursor, String unit) {
    this.cursor = cursor;
    this.unit = unit;
  }

  /** Reads the current element's content up to and including its end tag. */
  static Content read(XmlCursor cursor, String unit) throws XMLStreamException {
    return new Xliff12ContentReader(cursor, unit).readAll();
  }

  private Content readAll() throws XMLStreamException {
    while (true) {
      int event = cursor.next();
      if (XmlCursor.isText(event)) {
        text.append(cursor.xml().getText());
      } else if (event == XMLStreamConstants.START_ELEMENT) {
        startElement();
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        if (open.isEmpty()) {
          flush();
          return new Content(pieces);
        }
        endWrapper(open.remove(open.size() - 1));
      }
    }
  }

  private void startElement() throws XMLStreamException {
    if (!cursor.isXliff()) {
      cursor.skipElement();
      return;
    }
    switch (cursor.local()) {
      case "bpt" -> add(code(CodeKind.OPEN, cursor.attr("ctype"), null));
      case "ept" -> add(code(CodeKind.CLOSE, null, pairedId()));
      case "it" -> add(code(isOpen() ? CodeKind.OPEN : CodeKind.CLOSE, cursor.attr("ctype"), null));
      case "ph" -> placeholder();
      case "x" -> add(empty(CodeKind.PLACEHOLDER, null));
      case "bx" -> add(empty(CodeKind.OPEN, null));
      case "ex" -> add(empty(CodeKind.CLOSE, pairedId()));
      case "g" -> startGroup();
      default -> open.add(null); // mrk and the like: keep the text, drop the element
    }
  }

  private void startGroup() {
    Code code = new Code(codeId(null), CodeKind.OPEN, Xliff12CodeTypes.type(cursor.attr("ctype")), "");
    add(code);
    open.add(code);
  }

  private void endWrapper(Code group) {
    if (group != null) {
      add(new Code(group.id(), CodeKind.CLOSE, group.type(), ""));
    }
  }

  /** A code whose data is the element's content ({@code <sub>} text included). */
  private Code code(CodeKind kind, String ctype, Integer id) throws XMLStreamException {
    int codeId = codeId(id);
    String type = Xliff12CodeTypes.type(ctype);
    return new Code(codeId, kind, type, cursor.text());
  }

  /** A code written as an empty element ({@code x}, {@code bx}, {@code ex}); any content is skipped. */
  private Code empty(CodeKind kind, Integer id) throws XMLStreamException {
    Code code = new Code(codeId(id), kind, Xliff12CodeTypes.type(cursor.attr("ctype")), "");
    cursor.skipElement();
    return code;
  }

  /** A {@code ph}: a code, or a character XML cannot hold that our writer wrapped. */
  private void placeholder() throws XMLStreamException {
    String ctype = cursor.attr("ctype");
    Code code = code(CodeKind.PLACEHOLDER, ctype, null);
    int cp = Xliff12CodeTypes.CHAR_CTYPE.equals(ctype) ? codePoint(code.data()) : -1;
    if (cp >= 0) {
      text.appendCodePoint(cp);
    } else {
      add(code);
    }
  }

  /** The code point a char placeholder names ({@code U+0001}), or -1 when it names none. */
  private static int codePoint(String data) {
    Matcher name = CHAR_NAME.matcher(data.strip());
    int cp = name.matches() ? Integer.parseInt(name.group(1), 16) : -1;
    return cp <= Character.MAX_CODE_POINT ? cp : -1;
  }

  private boolean isOpen() {
    return !"close".equals(cursor.attr("pos"));
  }

  /** The id an {@code ept}/{@code ex} shares with its partner, or null to use its own id. */
  private Integer pairedId() {
    String rid = cursor.attr("rid");
    return rid == null ? null : idByRid.get(rid);
  }

  /** The code's id: {@code known}, or the element's own (and a bpt/bx's rid is remembered). */
  private int codeId(Integer known) {
    if (known != null) {
      return known;
    }
    String raw = cursor.attr("id");
    String element = cursor.local();
    int id = parseId(raw);
    if (id < 1) {
      throw cursor.error(unit, "the inline code <" + element + "> has "
          + (raw == null ? "no id" : "the id '" + raw + "'")
          + "; codes must keep the positive number ids they had in the exported file");
    }
    String rid = cursor.attr("rid");
    if (rid != null && (element.equals("bpt") || element.equals("bx"))) {
      idByRid.put(rid, id);
    }
    return id;
  }

  private static int parseId(String raw) {
    try {
      return raw == null ? -1 : Integer.parseInt(raw.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private void add(Code code) {
    flush();
    if (code.kind() == CodeKind.OPEN) {
      openTypes.put(code.id(), code.type());
      pieces.add(code);
    } else if (code.kind() == CodeKind.CLOSE && code.type().isEmpty()) {
      pieces.add(new Code(code.id(), code.kind(), openTypes.getOrDefault(code.id(), ""), code.data()));
    } else {
      pieces.add(code);
    }
  }

  private void flush() {
    if (text.length() > 0) {
      pieces.add(new Text(text.toString()));
      text.setLength(0);
    }
  }
}
