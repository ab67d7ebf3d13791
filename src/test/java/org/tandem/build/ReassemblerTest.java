package org.tandem.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tandem.extract.ExtractedDocument;
import org.tandem.extract.ExtractedSegment;
import org.tandem.extract.SrxSegmenter;
import org.tandem.format.MarkdownFormat;
import org.tandem.model.Content;
import org.tandem.model.Lang;
import org.tandem.model.Piece;
import org.tandem.model.Text;

class ReassemblerTest {
  static final SrxSegmenter RULES = new SrxSegmenter();
  static final MarkdownFormat MARKDOWN = new MarkdownFormat();

  static List<Path> documents() throws Exception {
    return org.tandem.format.MarkdownFormatTest.documents().toList();
  }

  @ParameterizedTest
  @MethodSource("documents")
  void targetsEqualToSourcesGiveTheSourceByteForByte(Path file) throws Exception {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    for (String variant : List.of(text, "\uFEFF" + text, text.replace("\n", "\r\n"))) {
      ExtractedDocument doc = MARKDOWN.read(variant, file.toString(), Lang.DE, RULES);
      List<Content> identity = doc.segments().stream().map(ExtractedSegment::source).toList();
      assertEquals(variant, Reassembler.render(doc, identity, UnaryOperator.identity()));
    }
  }

  @ParameterizedTest
  @MethodSource("documents")
  void translatedTextKeepsTheStructure(Path file) throws Exception {
    ExtractedDocument doc = MARKDOWN.read(Files.readString(file), file.toString(), Lang.DE, RULES);
    List<Content> changed = new ArrayList<>();
    for (ExtractedSegment s : doc.segments()) {
      // a "translation" full of Markdown-special characters must not change the structure
      changed.add(new Content(s.source().pieces().stream()
          .map(p -> p instanceof Text t ? (Piece) new Text(scramble(t.value())) : p)
          .toList()));
    }
    String out = Reassembler.render(doc, changed, UnaryOperator.identity());
    assertEquals(structure(doc.text()), structure(out));
  }

  /** Upper case with Markdown-special characters added after any leading line break. */
  private static String scramble(String text) {
    String lead = text.substring(0, text.length() - text.stripLeading().length());
    return lead + "*#1. [x]_<b>&amp; \"q\" " + text.stripLeading().toUpperCase(java.util.Locale.ROOT);
  }

  @Test
  void untranslatedSegmentsCanBeMarked() {
    ExtractedDocument doc = MARKDOWN.read("# Titel\n\nEins. Zwei.\n", "t.md", Lang.DE, RULES);
    String out = Reassembler.render(doc,
        java.util.Arrays.asList(Content.text("Başlık"), null, Content.text("İki.")), s -> "<<" + s + ">>");
    assertEquals("# Başlık\n\n<<Eins.>> İki.\n", out);
  }

  @Test
  void lineBreaksInATranslationContinueTheQuote() {
    ExtractedDocument doc = MARKDOWN.read("> Eins\n> zwei.\n", "t.md", Lang.DE, RULES);
    String out = Reassembler.render(doc, List.of(Content.text("Bir\niki.")), UnaryOperator.identity());
    assertEquals("> Bir\n> iki.\n", out);
    assertTrue(structure(out).equals(structure(doc.text())));
  }

  /** Block and inline node kinds, without text (the escaped "&amp;" of a translation is text too). */
  private static List<String> structure(String markdown) {
    List<String> kinds = new ArrayList<>();
    walk(Parser.builder().build().parse(markdown), 0, kinds);
    return kinds;
  }

  private static void walk(Node node, int depth, List<String> out) {
    for (Node child : node.getChildren()) {
      if (child instanceof com.vladsch.flexmark.ast.Text || child instanceof com.vladsch.flexmark.ast.HtmlEntity) {
        continue;
      }
      out.add(depth + ":" + child.getClass().getSimpleName());
      walk(child, depth + 1, out);
    }
  }
}
