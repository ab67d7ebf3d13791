package org.tandem.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import javax.xml.stream.XMLOutputFactory;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.ISegmenter;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.filterwriter.IFilterWriter;
import net.sf.okapi.common.filterwriter.XLIFFWriter;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.filters.markdown.MarkdownFilter;
import net.sf.okapi.lib.segmentation.SRXDocument;

/**
 * The peers tandem is measured against, each a plain one-JVM program as a user of the library would
 * write it: Okapi's Markdown filter alone (the floor), the filter with SRX segmentation and Okapi's
 * XLIFF writer (the Tikal way), Okapi's extract-and-merge, and bare StAX passes over XLIFF.
 */
public final class Peers {
  private static final LocaleId DE = LocaleId.fromString("de");
  private static final LocaleId TR = LocaleId.fromString("tr");

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "okapi-filter" -> System.out.println(okapiFilter(Path.of(args[1])) + " text units");
      case "okapi-segment" -> System.out.println(okapiSegment(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]))
          + " segments");
      case "okapi-merge" -> System.out.println(okapiMerge(Path.of(args[1]), Path.of(args[2])) + " files");
      case "stax-read" -> System.out.println(staxRead(Path.of(args[1])) + " units");
      case "stax-write" -> System.out.println(staxWrite(Path.of(args[1]), Path.of(args[2])) + " units");
      default -> throw new IllegalArgumentException("unknown peer " + args[0]);
    }
  }

  private static List<Path> chapters(Path corpus) throws Exception {
    try (Stream<Path> files = Files.walk(corpus)) {
      return files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
  }

  private static LocaleId lang(Path file) {
    return file.getParent().getFileName().toString().equals("tr") ? TR : DE;
  }

  private static RawDocument raw(Path file) {
    LocaleId source = lang(file);
    return new RawDocument(file.toUri(), "UTF-8", source, source == DE ? TR : DE);
  }

  /** Okapi's Markdown filter without segmentation: the floor for extraction. */
  static int okapiFilter(Path corpus) throws Exception {
    int units = 0;
    for (Path file : chapters(corpus)) {
      try (MarkdownFilter filter = new MarkdownFilter(); RawDocument doc = raw(file)) {
        filter.open(doc);
        while (filter.hasNext()) {
          if (filter.next().isTextUnit()) {
            units++;
          }
        }
      }
    }
    return units;
  }

  /** Filter, SRX segmentation with the same rules file, and Okapi's XLIFF 1.2 writer. */
  static int okapiSegment(Path corpus, Path srx, Path out) throws Exception {
    SRXDocument rules = new SRXDocument();
    rules.loadRules(srx.toString());
    ISegmenter de = rules.compileLanguageRules(DE, null);
    ISegmenter tr = rules.compileLanguageRules(TR, null);
    Files.createDirectories(out);
    int segments = 0;
    for (Path file : chapters(corpus)) {
      ISegmenter segmenter = lang(file) == TR ? tr : de;
      try (MarkdownFilter filter = new MarkdownFilter(); RawDocument doc = raw(file);
          XLIFFWriter writer = new XLIFFWriter()) {
        writer.setOutput(out.resolve(file.getFileName() + ".xlf").toString());
        writer.setOptions(doc.getTargetLocale(), "UTF-8");
        filter.open(doc);
        while (filter.hasNext()) {
          Event event = filter.next();
          if (event.isTextUnit()) {
            ITextUnit tu = event.getTextUnit();
            tu.createSourceSegmentation(segmenter);
            segments += tu.getSource().getSegments().count();
          }
          writer.handleEvent(event);
        }
      }
    }
    return segments;
  }

  /** Extract and merge in one pass with Okapi's filter writer, every target a copy of its source. */
  static int okapiMerge(Path corpus, Path out) throws Exception {
    int files = 0;
    for (Path file : chapters(corpus)) {
      Path target = out.resolve(file.getParent().getFileName()).resolve(file.getFileName());
      Files.createDirectories(target.getParent());
      try (MarkdownFilter filter = new MarkdownFilter(); RawDocument doc = raw(file);
          IFilterWriter writer = filter.createFilterWriter()) {
        writer.setOptions(doc.getTargetLocale(), "UTF-8");
        writer.setOutput(target.toString());
        filter.open(doc);
        while (filter.hasNext()) {
          Event event = filter.next();
          if (event.isTextUnit()) {
            ITextUnit tu = event.getTextUnit();
            tu.setTarget(doc.getTargetLocale(), tu.getSource().clone());
          }
          writer.handleEvent(event);
        }
      }
      files++;
    }
    return files;
  }

  /** A bare StAX pass over XLIFF files: every unit's id and text read, nothing kept. */
  static int staxRead(Path dir) throws Exception {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    int units = 0;
    long chars = 0;
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".xlf")).sorted().toList()) {
        try (InputStream in = Files.newInputStream(file)) {
          XMLStreamReader r = factory.createXMLStreamReader(in);
          while (r.hasNext()) {
            int e = r.next();
            if (e == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("trans-unit")) {
              units++;
            } else if (e == XMLStreamConstants.CHARACTERS) {
              chars += r.getTextLength();
            }
          }
        }
      }
    }
    return chars >= 0 ? units : -1;
  }

  /** Reads a workspace's segment files and writes their units as XLIFF with bare StAX. */
  static int staxWrite(Path workspace, Path out) throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    XMLOutputFactory factory = XMLOutputFactory.newFactory();
    Files.createDirectories(out);
    int units = 0;
    try (Stream<Path> files = Files.list(workspace.resolve("segments"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        JsonNode root = mapper.readTree(file.toFile());
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out.resolve(file.getFileName() + ".xlf")),
            1 << 16)) {
          XMLStreamWriter w = factory.createXMLStreamWriter(os, "UTF-8");
          w.writeStartDocument("UTF-8", "1.0");
          w.writeStartElement("xliff");
          w.writeAttribute("version", "1.2");
          w.writeStartElement("file");
          w.writeStartElement("body");
          for (JsonNode s : root.path("segments")) {
            w.writeStartElement("trans-unit");
            w.writeAttribute("id", s.path("key").asText());
            w.writeStartElement("source");
            w.writeCharacters(s.path("source").asText());
            w.writeEndElement();
            if (s.has("target")) {
              w.writeStartElement("target");
              w.writeCharacters(s.path("target").asText());
              w.writeEndElement();
            }
            w.writeEndElement();
            units++;
          }
          w.writeEndDocument();
          w.close();
        }
      }
    }
    return units;
  }

  private Peers() {}
}
