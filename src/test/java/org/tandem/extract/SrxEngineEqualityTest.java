package org.tandem.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import net.sf.okapi.common.ISegmenter;
import net.sf.okapi.common.Range;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextFragment;
import org.junit.jupiter.api.Test;
import org.tandem.format.MarkdownFormat;
import org.tandem.io.Utf8;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tandem.extract.GeneratedCorpus.Chapter;
import org.tandem.extract.SrxRulesTest.Case;
import org.tandem.extract.SrxRulesTest.DataSet;
import org.tandem.model.Lang;

/**
 * tandem's SRX engine gives exactly the ranges of Okapi's engine, paragraph by paragraph, inline codes
 * included: on generated corpora, every gold set and the sample chapters, with tandem's rules (alone and
 * with workspace abbreviations) and with Okapi's default rules (which use ICU4J's break iterator too).
 */
class SrxEngineEqualityTest {
  private static final SrxSegmenter OURS = new SrxSegmenter();
  private static final SrxSegmenter ABBREVIATIONS = SrxSegmenter.bundled(
      Map.of(Lang.DE, List.of("Bez.", "Bd.", "Tsd."), Lang.TR, List.of("Bld.", "Cd.")));
  private static final SrxSegmenter OKAPI_DEFAULT =
      SrxSegmenter.fromResource("/net/sf/okapi/lib/segmentation/defaultSegmentation.srx");
  private static final List<SrxSegmenter> RULES = List.of(OURS, ABBREVIATIONS, OKAPI_DEFAULT);

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 7, 42, 2024})
  void generatedCorporaAreSegmentedAsByOkapisEngine(long seed, @TempDir Path dir) {
    int paragraphs = 0;
    for (Chapter chapter : GeneratedCorpus.generate(dir, 5, 60, seed)) {
      paragraphs += assertSameAsOkapi(chapter.text(), chapter.lang(), chapter.file().getFileName().toString());
    }
    assertTrue(paragraphs > 150, "only " + paragraphs + " paragraphs");
  }

  @Test
  void ourGoldSetsAreSegmentedAsByOkapisEngine() {
    assertTrue(assertSameAsOkapi(SrxRulesTest.ownSets()) > 200);
  }

  @Test
  void thePublicSetsAreSegmentedAsByOkapisEngine() {
    assertTrue(assertSameAsOkapi(SrxRulesTest.publicSets()) > 100);
  }

  /** Returns the number of cases compared. */
  private static int assertSameAsOkapi(List<DataSet> sets) {
    int cases = 0;
    for (DataSet set : sets) {
      for (Case c : set.cases()) {
        String where = c.set() + ":" + c.line();
        if (set.markdown()) {
          assertSameAsOkapi(c.input(), Lang.parse(set.lang()), where);
        } else {
          RULES.forEach(srx -> assertSameRanges(srx, set.lang(), c.input(), where));
        }
        cases++;
      }
    }
    return cases;
  }

  @Test
  void sampleChaptersAndTheRoundTripDocumentAreSegmentedAsByOkapisEngine() throws IOException {
    List<Path> files = new ArrayList<>();
    for (String dir : List.of("chapters/de", "chapters/tr", "src/test/resources/org/tandem/extract/roundtrip")) {
      try (Stream<Path> list = Files.list(Path.of(dir))) {
        list.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
      }
    }
    int paragraphs = 0;
    for (Path file : files) {
      Lang lang = file.getParent().getFileName().toString().equals("tr") ? Lang.TR : Lang.DE;
      paragraphs += assertSameAsOkapi(Utf8.read(file, file.toString()), lang, file.toString());
    }
    assertTrue(files.size() >= 7 && paragraphs > 100, files.size() + " files, " + paragraphs + " paragraphs");
  }

  @Test
  void chaptersExtractedOnFourThreadsAtOnceGetTheSegmentsOfOneThread(@TempDir Path dir) throws Exception {
    List<Chapter> chapters = GeneratedCorpus.generate(dir, 5, 40, 3);
    SrxSegmenter alone = new SrxSegmenter();
    List<ExtractedDocument> expected = chapters.stream().map(c -> extract(alone, c)).toList();
    SrxSegmenter shared = new SrxSegmenter(); // its caches fill on all threads at once
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<ExtractedDocument>>> results = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        List<Integer> order = new ArrayList<>(List.of(0, 1, 2, 3, 4));
        Collections.rotate(order, t);
        results.add(pool.submit(() -> order.stream().map(i -> extract(shared, chapters.get(i))).toList()));
      }
      for (int t = 0; t < 4; t++) {
        List<ExtractedDocument> got = results.get(t).get();
        List<Integer> order = new ArrayList<>(List.of(0, 1, 2, 3, 4));
        Collections.rotate(order, t);
        for (int k = 0; k < order.size(); k++) {
          assertEquals(expected.get(order.get(k)), got.get(k), "thread " + t + ", chapter " + order.get(k));
        }
      }
    } finally {
      pool.shutdownNow();
    }
    assertTrue(expected.stream().mapToInt(d -> d.segments().size()).sum() > 150);
  }

  private static ExtractedDocument extract(SrxSegmenter rules, Chapter chapter) {
    return new MarkdownFormat().read(chapter.text(), chapter.file().toString(), chapter.lang(), rules);
  }

  /** Compares every paragraph of a Markdown document under every rule set; returns how many there were. */
  static int assertSameAsOkapi(String markdown, Lang lang, String where) {
    List<Block> blocks = new MarkdownFormat().align(markdown.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        where, lang).blocks();
    for (Block block : blocks) {
      TextFragment fragment = SentenceSplitter.fragment(block);
      for (SrxSegmenter srx : RULES) {
        assertSameRanges(srx, lang.code(), fragment, where + ", paragraph " + block.para());
      }
    }
    return blocks.size();
  }

  /** Okapi's ranges and the engine's for a fragment with inline codes. */
  static void assertSameRanges(SrxSegmenter srx, String lang, TextFragment fragment, String where) {
    ISegmenter okapi = srx.segmenter(lang);
    okapi.computeSegments(new TextContainer(fragment));
    assertEquals(text(okapi.getRanges()), text(srx.engine(lang).ranges(fragment)),
        where + " with " + srx.origin() + ": " + fragment.getCodedText());
  }

  /** Okapi's ranges and the engine's for a plain text. */
  static void assertSameRanges(SrxSegmenter srx, String lang, String text, String where) {
    ISegmenter okapi = srx.segmenter(lang);
    okapi.computeSegments(text);
    assertEquals(text(okapi.getRanges()), text(srx.engine(lang).ranges(text)),
        where + " with " + srx.origin() + ": " + text);
  }

  static String text(List<Range> ranges) {
    StringBuilder s = new StringBuilder();
    ranges.forEach(r -> s.append('[').append(r.start).append(',').append(r.end).append(')'));
    return s.toString();
  }
}
