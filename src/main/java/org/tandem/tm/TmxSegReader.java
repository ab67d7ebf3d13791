package org.tandem.tm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.tandem.model.Code;
import org.tandem.model.CodeKind;
import org.tandem.model.Content;
import org.tandem.model.Piece;
import org.tandem.model.Text;

/**
 * Reads the inside of a TMX {@code <seg>} into content: {@code bpt}/{@code ept} (paired by
 * {@code i}), {@code it}, {@code ph} and the deprecated {@code ut} become codes whose data is the
 * element's text ({@code <sub>} text included); {@code hi} is transparent. A code keeps its
 * {@code x} as id when that is a free positive number (so tandem's own files come back with the
 * same tags), otherwise it gets the next free number.
 */
final class TmxSegReader {
  private final XMLStreamReader xml;
  private final List<Piece> pieces = new ArrayList<>();
  private final Set<Integer> used = new HashSet<>();
  private final Map<String, Integer> pairs = new HashMap<>();
  private final Map<String, String> pairTypes = new HashMap<>();
  private int next = 1;

  private TmxSegReader(XMLStreamReader xml) {
    this.xml = xml;
  }

  /** Reads from the start of {@code <seg>} to its end. */
  static Content read(XMLStreamReader xml) throws XMLStreamException {
    TmxSegReader reader = new TmxSegReader(xml);
    reader.readUntilEnd();
    return new Content(reader.pieces);
  }

  private void readUntilEnd() throws XMLStreamException {
    while (true) {
      int event = xml.next();
      if (event == XMLStreamConstants.END_ELEMENT) {
        return;
      }
      if (isText(event)) {
        pieces.add(new Text(xml.getText()));
      } else if (event == XMLStreamConstants.START_ELEMENT) {
        element();
      }
    }
  }

  private void element() throws XMLStreamException {
    String name = xml.getLocalName();
    switch (name) {
      case "hi" -> readUntilEnd();
      case "bpt" -> open();
      case "ept" -> close();
      case "it" -> isolated();
      case "ph", "ut" -> placeholder();
      default -> textOf(); // an unknown element: keep nothing of it but its end
    }
  }

  private void open() throws XMLStreamException {
    String i = attr("i");
    int id = id(attr("x"));
    String type = attr("type");
    pairs.put(i, id);
    pairTypes.put(i, type);
    pieces.add(new Code(id, CodeKind.OPEN, type, textOf()));
  }

  private void close() throws XMLStreamException {
    String i = attr("i");
    Integer id = pairs.remove(i);
    String type = pairTypes.remove(i);
    if (id == null) {
      pieces.add(new Code(id(null), CodeKind.CLOSE, "", textOf())); // an ept without its bpt
    } else {
      pieces.add(new Code(id, CodeKind.CLOSE, type, textOf()));
    }
  }

  private void isolated() throws XMLStreamException {
    CodeKind kind = "end".equals(attr("pos")) ? CodeKind.CLOSE : CodeKind.OPEN;
    int id = id(attr("x"));
    String type = attr("type");
    pieces.add(new Code(id, kind, type, textOf()));
  }

  private void placeholder() throws XMLStreamException {
    int id = id(attr("x"));
    String type = attr("type");
    pieces.add(new Code(id, CodeKind.PLACEHOLDER, type, textOf()));
  }

  private int id(String x) {
    int wanted = parse(x);
    if (wanted > 0 && used.add(wanted)) {
      next = Math.max(next, wanted + 1);
      return wanted;
    }
    while (!used.add(next)) {
      next++;
    }
    return next++;
  }

  private static int parse(String x) {
    try {
      return x == null ? 0 : Integer.parseInt(x.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private String attr(String local) {
    String value = xml.getAttributeValue(null, local);
    return value == null ? "" : value;
  }

  /** Consumes the current element and returns the text inside it. */
  private String textOf() throws XMLStreamException {
    StringBuilder sb = new StringBuilder();
    int depth = 1;
    while (depth > 0) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (isText(event)) {
        sb.append(xml.getText());
      }
    }
    return sb.toString();
  }

  private static boolean isText(int event) {
    return event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
        || event == XMLStreamConstants.SPACE || event == XMLStreamConstants.ENTITY_REFERENCE;
  }
}
