package org.tandem.tm;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.tandem.model.Content;
import org.tandem.model.Lang;
import org.tandem.model.State;
import org.tandem.model.TandemException;

/**
 * Reads a TMX file (1.4b; 1.1 to 1.3 read alike) into memory entries, safely (see
 * {@link TmxInput}). A {@code <tu>} gives one entry when it has a German and a Turkish
 * {@code <tuv>} ({@code de-DE}, {@code TR} and the deprecated {@code lang} attribute count);
 * its source language is the {@code tu}'s or the header's {@code srclang} when that is one of them,
 * otherwise the first variant's. Units in other languages are counted as skipped. Each entry's
 * origin is {@code FILE#TUID} (or the unit's number). Refused with a {@link TandemException}
 * naming file and line: a DOCTYPE with an internal subset, input that is not well-formed, a root
 * other than {@code <tmx>}, files over {@value #MAX_BYTES} bytes.
 */
public final class TmxReader {
  /** The largest file read. */
  public static final long MAX_BYTES = 200L * 1024 * 1024;

  /**
   * What a TMX file held.
   *
   * @param units the German–Turkish entries
   * @param skipped units without both a German and a Turkish variant
   */
  public record Result(List<TmUnit> units, int skipped) {}

  /** Reads a file; {@code displayName} names it in messages and origins. */
  public Result read(Path file, String displayName) {
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw TmxInput.tooLarge(displayName, MAX_BYTES);
      }
      try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
        return read(in, displayName);
      }
    } catch (NoSuchFileException e) {
      throw new TandemException(displayName, 0, 0, null, "the file does not exist", e);
    } catch (IOException e) {
      throw new TandemException(displayName, 0, 0, null, "the file cannot be read: " + e.getMessage(), e);
    }
  }

  /** Reads TMX from a stream (left open). */
  public Result read(InputStream in, String displayName) {
    XMLStreamReader xml = null;
    try {
      xml = TmxInput.open(in, displayName, MAX_BYTES);
      return new Parse(xml, displayName).document();
    } catch (XMLStreamException e) {
      throw notWellFormed(e, displayName);
    } finally {
      close(xml);
    }
  }

  private static TandemException notWellFormed(XMLStreamException e, String file) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof TandemException te) {
        return te;
      }
    }
    Location at = e.getLocation();
    String detail = String.valueOf(e.getMessage()).replaceFirst("(?s)^.*?Message: ", "").strip();
    return new TandemException(file, at == null ? 0 : at.getLineNumber(), at == null ? 0 : at.getColumnNumber(),
        null, "the file is not well-formed XML (" + detail + "); it may be damaged or cut off", e);
  }

  private static void close(XMLStreamReader xml) {
    try {
      if (xml != null) {
        xml.close();
      }
    } catch (XMLStreamException e) {
      // the caller closes the stream
    }
  }

  /** One pass over one document. */
  private static final class Parse {
    private final XMLStreamReader xml;
    private final String file;
    private final List<TmUnit> units = new ArrayList<>();
    private String headerLang = "";
    private int skipped;
    private int count;

    Parse(XMLStreamReader xml, String file) {
      this.xml = xml;
      this.file = file;
    }

    Result document() throws XMLStreamException {
      toRoot();
      if (!"tmx".equals(xml.getLocalName())) {
        throw error("this is not a TMX file: it starts with <" + xml.getLocalName() + ">, a TMX file with <tmx>");
      }
      while (nextChild()) {
        switch (xml.getLocalName()) {
          case "header" -> header();
          case "body" -> body();
          default -> skip();
        }
      }
      while (next() != XMLStreamConstants.END_DOCUMENT) {
        // only comments and whitespace may follow
      }
      return new Result(units, skipped);
    }

    private void toRoot() throws XMLStreamException {
      int event = xml.getEventType();
      while (event != XMLStreamConstants.START_ELEMENT) {
        event = next();
      }
    }

    private void header() throws XMLStreamException {
      headerLang = attr("srclang");
      skip();
    }

    private void body() throws XMLStreamException {
      while (nextChild()) {
        if ("tu".equals(xml.getLocalName())) {
          unit();
        } else {
          skip();
        }
      }
    }

    private void unit() throws XMLStreamException {
      count++;
      String id = attr("tuid");
      String srclang = attr("srclang");
      Map<Lang, Content> variants = new EnumMap<>(Lang.class);
      Lang first = null;
      Map<String, String> props = new HashMap<>();
      while (nextChild()) {
        switch (xml.getLocalName()) {
          case "prop" -> props.putIfAbsent(attr("type"), xml.getElementText());
          case "tuv" -> {
            Lang lang = lang(variantLang());
            Content seg = variant();
            if (lang != null && seg != null && !variants.containsKey(lang)) {
              variants.put(lang, seg);
              first = first == null ? lang : first;
            }
          }
          default -> skip();
        }
      }
      if (variants.size() < 2) {
        skipped++;
        return;
      }
      Lang source = lang(srclang) != null ? lang(srclang) : lang(headerLang) != null ? lang(headerLang) : first;
      String origin = file + "#" + (id.isEmpty() ? Integer.toString(count) : id);
      units.add(new TmUnit(source, variants.get(source), variants.get(source.other()), origin,
          state(props.get(TmxWriter.STATE)), false, props.getOrDefault(TmxWriter.BEFORE, ""),
          props.getOrDefault(TmxWriter.AFTER, "")));
    }

    private String variantLang() {
      String lang = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
      return lang != null ? lang : attr("lang");
    }

    /** The {@code <seg>} of the current {@code <tuv>}, or null when it has none. */
    private Content variant() throws XMLStreamException {
      Content seg = null;
      while (nextChild()) {
        if ("seg".equals(xml.getLocalName()) && seg == null) {
          seg = TmxSegReader.read(xml);
        } else {
          skip();
        }
      }
      return seg;
    }

    private static Lang lang(String code) {
      try {
        return code == null || code.isBlank() ? null : Lang.parse(code);
      } catch (IllegalArgumentException e) {
        return null;
      }
    }

    private static State state(String id) {
      try {
        return id == null ? State.TRANSLATED : State.parse(id);
      } catch (IllegalArgumentException e) {
        return State.TRANSLATED;
      }
    }

    private String attr(String local) {
      String value = xml.getAttributeValue(null, local);
      return value == null ? "" : value;
    }

    /** Advances one event; a DOCTYPE with an internal subset is refused. */
    private int next() throws XMLStreamException {
      int event = xml.next();
      if (event == XMLStreamConstants.DTD && String.valueOf(xml.getText()).contains("[")) {
        throw error("TMX files must not declare entities (<!DOCTYPE tmx [...]>); remove the internal"
            + " subset or export the memory again from your translation tool");
      }
      return event;
    }

    private boolean nextChild() throws XMLStreamException {
      while (true) {
        int event = next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          return true;
        }
        if (event == XMLStreamConstants.END_ELEMENT || event == XMLStreamConstants.END_DOCUMENT) {
          return false;
        }
      }
    }

    private void skip() throws XMLStreamException {
      int depth = 1;
      while (depth > 0) {
        int event = next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          depth++;
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          depth--;
        }
      }
    }

    private TandemException error(String message) {
      Location at = xml.getLocation();
      return new TandemException(file, at == null ? 0 : at.getLineNumber(), 0, null, message, null);
    }
  }
}
