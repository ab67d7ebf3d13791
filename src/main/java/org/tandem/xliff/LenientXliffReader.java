package org.tandem.xliff;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.tandem.model.Content;
import org.tandem.model.State;
import org.tandem.model.TandemException;

/**
 * Reads XLIFF 1.0, 1.1, 1.2 and 2.x as other tools write them, for checking only: any number of
 * {@code <file>}s, nested groups, inline codes with any ids ({@code ph1}, {@code 0}, {@code em-7}),
 * segmentation by {@code seg-source}/{@code <mrk mtype="seg">} (Trados, Okapi) or {@code <segment>}
 * (XLIFF 2), each segment a unit of its own. Elements are matched by local name in any namespace, so
 * tool extensions (sdl:, mq:, okp:) are passed over; {@code alt-trans}, notes and headers are ignored.
 * Unlike the chapter reader it never refuses a file for being foreign: only for not being XML or XLIFF.
 */
public final class LenientXliffReader {
  private final XMLStreamReader xml;
  private final String name;
  private final XliffBundle.Collector collector = new XliffBundle.Collector();
  private boolean two;
  private String rootSource;
  private String rootTarget;

  private LenientXliffReader(XMLStreamReader xml, String name) {
    this.xml = xml;
    this.name = name;
  }

  /** Reads a file; a file that is not well-formed XML or not XLIFF is a {@link TandemException}. */
  public static XliffBundle read(Path file) {
    return XmlInput.readFile(file, XliffFiles.MAX_BYTES, LenientXliffReader::read);
  }

  /** Reads from a stream (left open); {@code name} names it in messages. */
  static XliffBundle read(InputStream in, String name) throws IOException {
    XmlInput.Limited input = new XmlInput.Limited(in, name, XliffFiles.MAX_BYTES);
    XMLStreamReader xml = null;
    try {
      xml = XmlInput.withInternalSubset().createXMLStreamReader(Utf8Check.checked(ToolQuirks.repaired(input), name));
      LenientXliffReader reader = new LenientXliffReader(xml, name);
      XliffVersion version = reader.root();
      reader.body();
      return reader.collector.bundle(name, version);
    } catch (XMLStreamException e) {
      throw XmlInput.error(e, name, input);
    } finally {
      if (xml != null) {
        try {
          xml.close();
        } catch (XMLStreamException e) {
          // the caller closes the stream itself
        }
      }
    }
  }

  private XliffVersion root() throws XMLStreamException {
    while (xml.getEventType() != XMLStreamConstants.START_ELEMENT) {
      xml.next();
    }
    if (!"xliff".equals(xml.getLocalName())) {
      throw new TandemException(name, line(), 0, null, "this is not an XLIFF file: it starts with <"
          + xml.getLocalName() + ">, an XLIFF file starts with <xliff>", null);
    }
    String version = attr("version");
    two = (version != null && version.strip().startsWith("2")) || XliffRoot.NAMESPACE_20.equals(xml.getNamespaceURI());
    rootSource = attr("srcLang");
    rootTarget = attr("trgLang");
    return two ? XliffVersion.V2_0 : XliffVersion.V1_2;
  }

  private void body() throws XMLStreamException {
    boolean inFile = false;
    while (xml.hasNext()) {
      if (xml.next() != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      switch (xml.getLocalName()) {
        case "file" -> {
          file();
          inFile = true;
        }
        case "trans-unit" -> {
          requireFile(inFile);
          transUnit();
        }
        case "unit" -> {
          requireFile(inFile);
          unit();
        }
        case "header", "alt-trans", "bin-source", "bin-target", "notes", "metadata", "skeleton", "note", "context-group",
            "prop-group", "phase-group", "tool", "count-group", "reference" -> skip();
        default -> { } // group, body, bin-unit and tools' own containers: their units are read on the way down
      }
    }
  }

  private void requireFile(boolean inFile) {
    if (!inFile) {
      throw new TandemException(name, line(), 0, null, "a translation unit outside any <file> element", null);
    }
  }

  private void file() {
    XliffVersion version = two ? XliffVersion.V2_0 : XliffVersion.V1_2;
    String source = two ? rootSource : attr("source-language");
    String target = two ? rootTarget : attr("target-language");
    String original = attr("original");
    collector.file(new XliffFileInfo(version, attr("id"), original == null ? "" : original, null, source, target,
        line()));
  }

  /** An XLIFF 1.x trans-unit: one unit, or one per {@code <mrk mtype="seg">} of its seg-source. */
  private void transUnit() throws XMLStreamException {
    int line = line();
    String id = idOr(attr("id"), line);
    if ("no".equals(attr("translate"))) {
      skip();
      return;
    }
    String approved = attr("approved");
    InlineContent codes = new InlineContent(xml);
    InlineContent.Parsed source = null;
    InlineContent.Parsed segSource = null;
    InlineContent.Parsed target = null;
    String state = null;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.END_ELEMENT && "trans-unit".equals(xml.getLocalName())) {
        break;
      }
      if (event != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      switch (xml.getLocalName()) {
        case "source" -> source = codes.read("source");
        case "seg-source" -> segSource = codes.read("seg-source");
        case "target" -> {
          state = attr("state");
          target = codes.read("target");
        }
        default -> skip(); // alt-trans, note, context-group, sdl:seg-defs, mq: elements
      }
    }
    if ("yes".equals(approved) && state == null) {
      state = "final";
    }
    emit(id, line, segSource != null && !segSource.segments().isEmpty() ? segSource : source, target, state);
  }

  /** An XLIFF 2 unit: one unit per {@code <segment>}. */
  private void unit() throws XMLStreamException {
    String id = idOr(attr("id"), line());
    if ("no".equals(attr("translate"))) {
      skip(); // not to be translated, like a 1.x trans-unit with translate="no"
      return;
    }
    InlineContent codes = new InlineContent(xml);
    List<Object[]> segments = new ArrayList<>();
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.END_ELEMENT && "unit".equals(xml.getLocalName())) {
        break;
      }
      if (event == XMLStreamConstants.START_ELEMENT && "segment".equals(xml.getLocalName())) {
        segments.add(segment(codes));
      } else if (event == XMLStreamConstants.START_ELEMENT) {
        skip(); // ignorable, notes, originalData, metadata, matches
      }
    }
    for (int i = 0; i < segments.size(); i++) {
      Object[] s = segments.get(i);
      String segId = segments.size() == 1 ? id : id + "#" + (s[0] == null ? Integer.toString(i + 1) : s[0]);
      unitOf(segId, (Integer) s[1], (InlineContent.Parsed) s[2], (InlineContent.Parsed) s[3], (String) s[4]);
    }
  }

  private Object[] segment(InlineContent codes) throws XMLStreamException {
    Object[] s = {attr("id"), line(), null, null, attr("state")};
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.END_ELEMENT && "segment".equals(xml.getLocalName())) {
        break;
      }
      if (event == XMLStreamConstants.START_ELEMENT) {
        switch (xml.getLocalName()) {
          case "source" -> s[2] = codes.read("source");
          case "target" -> s[3] = codes.read("target");
          default -> skip();
        }
      }
    }
    return s;
  }

  private void emit(String id, int line, InlineContent.Parsed source, InlineContent.Parsed target, String state) {
    if (source == null) {
      return;
    }
    Map<String, Content> sources = source.segments();
    if (sources.size() <= 1 || target == null || target.segments().isEmpty()) {
      unitOf(id, line, source, target, state);
      return;
    }
    for (Map.Entry<String, Content> seg : sources.entrySet()) {
      Content t = target.segments().get(seg.getKey());
      add(id + "#" + seg.getKey(), line, seg.getValue(), t, state);
    }
  }

  private void unitOf(String id, int line, InlineContent.Parsed source, InlineContent.Parsed target, String state) {
    if (source != null) {
      add(id, line, source.whole(), target == null ? null : target.whole(), state);
    }
  }

  private void add(String id, int line, Content source, Content target, String rawState) {
    if (id == null || id.isEmpty() || source.plainText().isBlank() && source.codes().isEmpty()) {
      return;
    }
    boolean filled = isTranslation(source, target);
    State state = !filled ? State.NEW : isFinal(rawState) ? State.FINAL : State.TRANSLATED;
    collector.unit(new XliffUnit(id, source, filled ? target : null, state, List.of(), rawState, true), line);
  }

  /**
   * True when a target holds a translation: text, or only codes where the source is only codes. Trados
   * and memoQ copy the source's codes (or a space) into every target they create, so codes alone in a
   * target of a sentence mean it is not translated yet.
   */
  private static boolean isTranslation(Content source, Content target) {
    return target != null && (!target.plainText().isBlank() || source.plainText().isBlank()
        && XliffUnit.isFilled(target));
  }

  /** A unit's id, or one made from its line when a tool left it out: line-12. */
  private static String idOr(String id, int line) {
    return id == null || id.isBlank() ? "line-" + line : id;
  }

  private static boolean isFinal(String rawState) {
    return rawState != null && (rawState.equals("final") || rawState.equals("signed-off"));
  }

  private void skip() throws XMLStreamException {
    int depth = 1;
    while (depth > 0 && xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  private String attr(String local) {
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      if (local.equals(xml.getAttributeLocalName(i)) && (xml.getAttributePrefix(i) == null
          || xml.getAttributePrefix(i).isEmpty())) {
        return xml.getAttributeValue(i);
      }
    }
    return null;
  }

  private int line() {
    return xml.getLocation().getLineNumber();
  }
}
