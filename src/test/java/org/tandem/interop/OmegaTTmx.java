package org.tandem.interop;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import javax.xml.stream.XMLOutputFactory;

/**
 * The translation memory the OmegaT test gives OmegaT: segments as OmegaT itself sees them, with its
 * tag shortcuts ({@code <f0>}, {@code </f0>}, {@code <d0/>}) as text, which is also how OmegaT writes
 * its own TMX; OmegaT puts the real inline codes back when it writes the target file.
 */
final class OmegaTTmx {
  /** An OmegaT tag shortcut. Our test chapters have no literal {@code <}, so this cannot hit text. */
  private static final Pattern SHORTCUT = Pattern.compile("</?[a-zA-Z]+\\d+/?>");

  private OmegaTTmx() {}

  /** The {@code <seg>} texts of language {@code lang} in a TMX (DTD not loaded, entities off). */
  static List<String> segments(Path tmx, String lang) throws IOException, XMLStreamException {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    List<String> segments = new ArrayList<>();
    try (InputStream in = Files.newInputStream(tmx)) {
      XMLStreamReader xml = factory.createXMLStreamReader(in);
      String current = null;
      while (xml.hasNext()) {
        if (xml.next() == XMLStreamConstants.START_ELEMENT) {
          if (xml.getLocalName().equals("tuv")) {
            current = language(xml);
          } else if (xml.getLocalName().equals("seg") && lang.equalsIgnoreCase(current)) {
            segments.add(xml.getElementText());
          }
        }
      }
    }
    return segments;
  }

  private static String language(XMLStreamReader tuv) {
    String lang = tuv.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
    return lang != null ? lang : tuv.getAttributeValue(null, "lang"); // TMX 1.1, as OmegaT writes it
  }

  /**
   * The segment with every text run between shortcuts replaced by its translation from {@code leaves};
   * runs without one are added to {@code missing}.
   */
  static String translate(String segment, Map<String, String> leaves, List<String> missing) {
    StringBuilder out = new StringBuilder();
    Matcher tag = SHORTCUT.matcher(segment);
    int at = 0;
    while (tag.find()) {
      out.append(leaf(segment.substring(at, tag.start()), leaves, missing)).append(tag.group());
      at = tag.end();
    }
    return out.append(leaf(segment.substring(at), leaves, missing)).toString();
  }

  private static String leaf(String text, Map<String, String> leaves, List<String> missing) {
    if (!text.isEmpty() && !leaves.containsKey(text)) {
      missing.add(text);
    }
    return leaves.getOrDefault(text, text);
  }

  /** Writes a TMX 1.4 with one translation unit per source/target pair. */
  static void write(Path tmx, String sourceLang, String targetLang, Map<String, String> pairs)
      throws IOException, XMLStreamException {
    try (OutputStream out = Files.newOutputStream(tmx)) {
      XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement("tmx");
      xml.writeAttribute("version", "1.4");
      xml.writeEmptyElement("header");
      header(xml, sourceLang);
      xml.writeStartElement("body");
      for (Map.Entry<String, String> pair : pairs.entrySet()) {
        xml.writeStartElement("tu");
        variant(xml, sourceLang, pair.getKey());
        variant(xml, targetLang, pair.getValue());
        xml.writeEndElement();
      }
      xml.writeEndElement();
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    }
  }

  private static void header(XMLStreamWriter xml, String sourceLang) throws XMLStreamException {
    xml.writeAttribute("creationtool", "tandem interop tests");
    xml.writeAttribute("creationtoolversion", "1");
    xml.writeAttribute("segtype", "sentence");
    xml.writeAttribute("o-tmf", "tandem");
    xml.writeAttribute("adminlang", "en");
    xml.writeAttribute("srclang", sourceLang);
    xml.writeAttribute("datatype", "plaintext");
  }

  private static void variant(XMLStreamWriter xml, String lang, String text) throws XMLStreamException {
    xml.writeStartElement("tuv");
    xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", lang);
    xml.writeStartElement("seg");
    xml.writeCharacters(text);
    xml.writeEndElement();
    xml.writeEndElement();
  }
}
