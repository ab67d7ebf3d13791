package org.tandem.format.office;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.tandem.extract.ExtractedDocument;
import org.tandem.extract.ExtractedSegment;
import org.tandem.model.Code;
import org.tandem.model.Content;
import org.tandem.model.Lang;

/** What every DOCX and ODT test checks: lossless writing, well-formed parts, golden segment lists. */
final class OfficeAssertions {
  private OfficeAssertions() {}

  /** With every target equal to its source, the same parts in the same order with the same bytes. */
  static void assertLossless(OfficeFormat format, byte[] original, Lang lang) {
    ExtractedDocument doc = format.read(original, "doc", lang, Dump.RULES);
    List<Content> same = doc.segments().stream().map(ExtractedSegment::source).toList();
    assertSamePackage(original, format.write(doc, same, lang.other(), s -> s));
    List<Content> none = new ArrayList<>();
    doc.segments().forEach(s -> none.add(null));
    assertSamePackage(original, format.write(doc, none, lang.other(), s -> s));
  }

  static void assertSamePackage(byte[] expected, byte[] actual) {
    ZipPackage a = ZipPackage.read(expected, "expected");
    ZipPackage b = ZipPackage.read(actual, "actual");
    assertEquals(a.names(), b.names());
    for (String name : a.names()) {
      assertArrayEquals(a.bytes(name), b.bytes(name), name);
    }
  }

  /** Every XML part of the package parses with a strict parser. */
  static void assertWellFormed(byte[] zip) {
    ZipPackage pkg = ZipPackage.read(zip, "written");
    for (String name : pkg.names()) {
      if (name.endsWith(".xml") || name.endsWith(".rels")) {
        try {
          DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
          f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
          f.setNamespaceAware(true);
          f.newDocumentBuilder().parse(new ByteArrayInputStream(pkg.bytes(name)));
        } catch (Exception e) {
          throw new AssertionError(name + " is not well-formed: " + e.getMessage(), e);
        }
      }
    }
  }

  /** Targets for the segments whose source markup {@code translations} has; null for the others. */
  static List<Content> targets(ExtractedDocument doc, Map<String, String> translations) {
    List<Content> targets = new ArrayList<>();
    for (ExtractedSegment s : doc.segments()) {
      String markup = translations.get(s.source().markup());
      targets.add(markup == null ? null : Content.parse(markup, s.source().codes()));
    }
    return targets;
  }

  /** The markup of every segment, by part and paragraph, to compare a golden file with. */
  static String golden(ExtractedDocument doc) {
    return String.join("\n", Dump.lines(doc)) + "\n";
  }

  /** Compares with a golden file under src/test/resources; -Dgolden.update=true writes it instead. */
  static void assertGolden(String resource, String actual) {
    Path file = Path.of("src/test/resources/org/tandem/format/office", resource);
    try {
      if (Boolean.getBoolean("golden.update")) {
        Files.writeString(file, actual, StandardCharsets.UTF_8);
      }
      assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, resource);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The parts of a package as text, by name. */
  static Map<String, String> texts(byte[] zip) {
    ZipPackage pkg = ZipPackage.read(zip, "written");
    Map<String, String> texts = new HashMap<>();
    for (String name : pkg.names()) {
      texts.put(name, new String(pkg.bytes(name), StandardCharsets.UTF_8));
    }
    return texts;
  }

  /** The code types of a content, for assertions on what the translator is shown. */
  static List<String> types(Content content) {
    return content.codes().stream().map(Code::type).toList();
  }
}
