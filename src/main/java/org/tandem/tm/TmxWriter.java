package org.tandem.tm;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.tandem.model.Content;

/**
 * Writes translation-memory entries as TMX 1.4b, valid against the TMX 1.4 DTD.
 *
 * <p>UTF-8 with an XML declaration, LF line ends, two-space indentation, a final newline and no
 * dates, so the same entries always give the same bytes. The header names tandem as creation
 * tool, {@code segtype="sentence"}, {@code datatype="plaintext"} and {@code srclang} as the one
 * source language of all entries, or {@code *all*} when they go both ways. Each entry is a
 * {@code <tu tuid="ORIGIN" srclang="LANG">} with two {@code <tuv xml:lang>}s, and tandem's own
 * properties: {@code x-tandem-state} (how far the translation got) and {@code x-tandem-before} /
 * {@code x-tandem-after} (the neighbouring sources, which a short segment needs to be pre-filled).
 * Inline codes as in {@link TmxSegWriter}. An entry with a character XML cannot hold is left out
 * and counted.
 */
public final class TmxWriter {
  /** The {@code prop} type carrying the state. */
  static final String STATE = "x-tandem-state";
  /** The {@code prop} type carrying the previous segment's source. */
  static final String BEFORE = "x-tandem-before";
  /** The {@code prop} type carrying the next segment's source. */
  static final String AFTER = "x-tandem-after";

  /**
   * What was written.
   *
   * @param units entries written
   * @param skipped entries left out because XML cannot hold one of their characters
   */
  public record Written(int units, int skipped) {}

  /** Writes the entries to {@code out} (left open). */
  public Written write(List<TmUnit> units, OutputStream out) throws IOException {
    try {
      XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("tmx");
      xml.writeAttribute("version", "1.4");
      header(xml, units);
      Written written = body(xml, units);
      newline(xml, 0);
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.close();
      return written;
    } catch (XMLStreamException e) {
      throw new IOException("could not write TMX: " + e.getMessage(), e);
    }
  }

  private static void header(XMLStreamWriter xml, List<TmUnit> units) throws XMLStreamException {
    newline(xml, 1);
    xml.writeEmptyElement("header");
    xml.writeAttribute("creationtool", "tandem");
    xml.writeAttribute("creationtoolversion", version());
    xml.writeAttribute("segtype", "sentence");
    xml.writeAttribute("o-tmf", "tandem");
    xml.writeAttribute("adminlang", "en");
    long languages = units.stream().map(TmUnit::sourceLang).distinct().count();
    xml.writeAttribute("srclang", languages == 1 ? units.get(0).sourceLang().code() : "*all*");
    xml.writeAttribute("datatype", "plaintext");
  }

  private static String version() {
    String version = TmxWriter.class.getPackage().getImplementationVersion();
    return version == null ? "dev" : version;
  }

  private static Written body(XMLStreamWriter xml, List<TmUnit> units) throws XMLStreamException {
    newline(xml, 1);
    xml.writeStartElement("body");
    Set<String> ids = new HashSet<>();
    int written = 0;
    for (TmUnit unit : units) {
      if (writable(unit)) {
        unit(xml, unit, uniqueId(unit.origin(), ids));
        written++;
      }
    }
    newline(xml, 1);
    xml.writeEndElement();
    return new Written(written, units.size() - written);
  }

  private static boolean writable(TmUnit unit) {
    return TmxSegWriter.writable(unit.source()) && TmxSegWriter.writable(unit.target())
        && TmxSegWriter.isXmlText(unit.origin() + unit.before() + unit.after());
  }

  /** The entry's origin as tuid; a repeated one gets {@code #2}, {@code #3}, ... */
  private static String uniqueId(String origin, Set<String> ids) {
    String id = origin.isEmpty() ? "tu" : origin;
    for (int n = 2; !ids.add(id); n++) {
      id = (origin.isEmpty() ? "tu" : origin) + "#" + n;
    }
    return id;
  }

  private static void unit(XMLStreamWriter xml, TmUnit unit, String id) throws XMLStreamException {
    newline(xml, 2);
    xml.writeStartElement("tu");
    xml.writeAttribute("tuid", id);
    xml.writeAttribute("srclang", unit.sourceLang().code());
    prop(xml, STATE, unit.state().id());
    prop(xml, BEFORE, unit.before());
    prop(xml, AFTER, unit.after());
    variant(xml, unit.sourceLang().code(), unit.source());
    variant(xml, unit.targetLang().code(), unit.target());
    newline(xml, 2);
    xml.writeEndElement();
  }

  private static void prop(XMLStreamWriter xml, String type, String value) throws XMLStreamException {
    if (!value.isEmpty()) {
      newline(xml, 3);
      xml.writeStartElement("prop");
      xml.writeAttribute("type", type);
      new TmxSegWriter(xml).chars(value);
      xml.writeEndElement();
    }
  }

  private static void variant(XMLStreamWriter xml, String lang, Content content) throws XMLStreamException {
    newline(xml, 3);
    xml.writeStartElement("tuv");
    xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", lang);
    newline(xml, 4);
    xml.writeStartElement("seg");
    new TmxSegWriter(xml).write(content);
    xml.writeEndElement();
    newline(xml, 3);
    xml.writeEndElement();
  }

  private static void newline(XMLStreamWriter xml, int depth) throws XMLStreamException {
    xml.writeCharacters("\n" + "  ".repeat(depth));
  }
}
