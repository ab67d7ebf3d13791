package org.tandem.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tandem.extract.ExtractedDocument;
import org.tandem.extract.ExtractedSegment;
import org.tandem.extract.SrxSegmenter;
import org.tandem.model.Content;
import org.tandem.model.Lang;
import org.tandem.model.Piece;
import org.tandem.model.Text;

/**
 * Every test document of every format (src/test/resources/org/tandem/format/FORMAT/): its segments
 * as in its golden file NAME.segments.json, rebuilt byte for byte with every target equal to its
 * source, and rebuilt with every segment translated so that each translation is found again in the
 * rebuilt document. Run with -Dtandem.golden.update=true to write the golden files after a change
 * (and read the diff).
 */
class FormatGoldenTest {
  static final Path ROOT = Path.of("src/test/resources/org/tandem/format");
  static final SrxSegmenter RULES = new SrxSegmenter();
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  static Stream<Path> documents() throws IOException {
    try (Stream<Path> files = Files.walk(ROOT)) {
      return files.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".json"))
          .filter(f -> Formats.forFile(f.getFileName().toString()).isPresent()).sorted().toList().stream();
    }
  }

  @Test
  void everyDocumentHasItsGoldenFile() throws IOException {
    List<Path> docs = documents().toList();
    assertTrue(docs.size() >= 4, docs.toString());
    for (Path doc : docs) {
      assertTrue(Files.isRegularFile(golden(doc)), "missing " + golden(doc));
    }
  }

  @ParameterizedTest
  @MethodSource("documents")
  void segmentsAreAsInTheGoldenFile(Path file) throws IOException {
    String actual = JSON.writeValueAsString(describe(read(file))) + "\n";
    if (Boolean.getBoolean("tandem.golden.update")) {
      Files.writeString(golden(file), actual);
    }
    assertEquals(Files.readString(golden(file)), actual, file.toString());
  }

  @ParameterizedTest
  @MethodSource("documents")
  void targetsEqualToSourcesGiveTheDocumentByteForByte(Path file) throws IOException {
    ExtractedDocument doc = read(file);
    DocumentFormat format = Formats.byExtension(file.toString());
    List<Content> same = doc.segments().stream().map(ExtractedSegment::source).toList();
    assertArrayEquals(doc.bytes(), format.write(doc, same, lang(file), s -> s));
    List<Content> none = new ArrayList<>();
    doc.segments().forEach(s -> none.add(null));
    assertArrayEquals(doc.bytes(), format.write(doc, none, lang(file).other(), s -> s));
  }

  @ParameterizedTest
  @MethodSource("documents")
  void everyTranslationIsInTheRebuiltDocument(Path file) throws IOException {
    ExtractedDocument doc = read(file);
    DocumentFormat format = Formats.byExtension(file.toString());
    List<Content> translated = doc.segments().stream().map(s -> scramble(s.source())).toList();
    byte[] rebuilt = format.write(doc, translated, lang(file).other(), s -> s);
    ExtractedDocument again = format.read(rebuilt, file.toString(), lang(file).other(), RULES);
    String all = String.join(" ", again.segments().stream().map(s -> flat(s.source().plainText())).toList());
    for (Content t : translated) {
      assertTrue(all.contains(flat(t.plainText())), file + ": " + t.plainText() + " not in " + all);
    }
    assertFalse(again.segments().isEmpty());
  }

  static ExtractedDocument read(Path file) throws IOException {
    return Formats.byExtension(file.toString()).read(Files.readAllBytes(file), file.getFileName().toString(),
        lang(file), RULES);
  }

  /** German unless the file's name ends in -tr. */
  static Lang lang(Path file) {
    return file.getFileName().toString().matches(".*-tr\\.[a-z]+") ? Lang.TR : Lang.DE;
  }

  /** A "translation" in upper case (Turkish dotted İ included) with characters every format must escape. */
  static Content scramble(Content source) {
    List<Piece> pieces = new ArrayList<>();
    for (Piece p : source.pieces()) {
      pieces.add(p instanceof Text t && !t.value().isBlank()
          ? new Text(t.value().toUpperCase(new Locale("tr")) + " <&>\"'*ş") : p);
    }
    return new Content(pieces);
  }

  private static String flat(String s) {
    return s.replaceAll("[\\s\\u00A0]+", " ").strip();
  }

  private static Path golden(Path doc) {
    return doc.resolveSibling(doc.getFileName() + ".segments.json");
  }

  private static List<Map<String, Object>> describe(ExtractedDocument doc) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (ExtractedSegment s : doc.segments()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("para", s.para());
      if (doc.parts().size() > 1) {
        m.put("part", doc.parts().get(s.part()).name());
      }
      m.put("start", s.start());
      m.put("end", s.end());
      m.put("escaping", s.escaping().name().toLowerCase(Locale.ROOT));
      m.put("source", s.source().markup());
      m.put("codes", s.source().codes().stream().map(c -> c.tag() + " " + c.type() + " " + c.data()).toList());
      out.add(m);
    }
    return out;
  }
}
