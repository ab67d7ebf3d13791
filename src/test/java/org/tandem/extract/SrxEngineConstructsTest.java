package org.tandem.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.lib.segmentation.SRXDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tandem.model.Lang;

/**
 * The engine against Okapi's on seeded random paragraphs ({@link RandomParagraphs}) under tandem's rules,
 * Okapi's default rules and a rules file that uses every regex construct and every header option.
 */
class SrxEngineConstructsTest {
  /** Every header option away from its default, and rules written with each regex construct. */
  static final String CONSTRUCTS = """
      <?xml version="1.0" encoding="UTF-8"?>
      <srx xmlns="http://www.lisa.org/srx20" xmlns:okpsrx="http://okapi.sf.net/srx-extensions" version="2.0">
      <header segmentsubflows="yes" cascade="no">
      <formathandle type="start" include="yes"/>
      <formathandle type="end" include="no"/>
      <formathandle type="isolated" include="yes"/>
      <okpsrx:options oneSegmentIncludesAll="yes" trimLeadingWhitespaces="no" trimTrailingWhitespaces="no"
        useJavaRegex="yes" useIcu4jBreakRules="no" treatIsolatedCodesAsWhitespace="yes"/>
      <okpsrx:rangeRule>\\(\\d+\\)</okpsrx:rangeRule>
      </header>
      <body><languagerules>
      <languagerule languagerulename="Constructs">
        <rule break="no"><beforebreak>^\\s*\\d+\\.</beforebreak><afterbreak>\\s</afterbreak></rule>
        <rule break="no"><beforebreak>(?i)\\bca\\.</beforebreak><afterbreak>\\s</afterbreak></rule>
        <rule break="no"><beforebreak>(?&lt;x&gt;\\p{Lu})\\.\\k&lt;x&gt;\\.</beforebreak>
          <afterbreak></afterbreak></rule>
        <rule break="no"><beforebreak>\\Q(s.\\E</beforebreak><afterbreak>\\s</afterbreak></rule>
        <rule break="no"><beforebreak>(?&lt;![\\p{L}\\p{N}])[^\\s.!?]{1,3}+\\.</beforebreak>
          <afterbreak>\\s\\p{Ll}</afterbreak></rule>
        <rule break="yes"><beforebreak>[.!?…]+?["“”»)\\]]*</beforebreak><afterbreak>\\s+\\P{Ll}</afterbreak></rule>
        <rule break="yes"><beforebreak>\\R</beforebreak><afterbreak>\\R</afterbreak></rule>
        <rule break="yes"><beforebreak>[:;]</beforebreak><afterbreak>\\s*$</afterbreak></rule>
        <rule break="no"><beforebreak></beforebreak><afterbreak>\\x{1F600}</afterbreak></rule>
        <rule break="yes"><beforebreak>\\u2026[noauto]</beforebreak><afterbreak>\\s</afterbreak></rule>
        <rule break="yes"><beforebreak>\\.\\Y</beforebreak><afterbreak>\\s*\\(</afterbreak></rule>
        <rule break="yes"><beforebreak>(?&lt;=\\d)\\.</beforebreak><afterbreak>(?=\\s)</afterbreak></rule>
        <rule break="yes"><beforebreak>[a-z&amp;&amp;[^aeiou]]\\.</beforebreak>
          <afterbreak>\\s[A-ZİŞ]</afterbreak></rule>
        <rule break="yes"><beforebreak>(?:\\p{L}{2,5}|\\d{1,3}(?:[.,]\\d{3})*)!</beforebreak>
          <afterbreak></afterbreak></rule>
        <rule break="yes"><beforebreak>\\b\\w+\\b\\)</beforebreak><afterbreak>\\s?\\S</afterbreak></rule>
        <rule break="yes"><beforebreak>[•\\t]</beforebreak><afterbreak>.{0,2}\\s*+\\p{Lu}</afterbreak></rule>
      </languagerule>
      <languagerule languagerulename="Never">
        <rule break="yes"><beforebreak>\\.</beforebreak><afterbreak>\\s</afterbreak></rule>
      </languagerule>
      </languagerules>
      <maprules>
        <languagemap languagepattern=".*" languagerulename="Constructs"/>
        <languagemap languagepattern=".*" languagerulename="Never"/>
      </maprules>
      </body></srx>
      """;

  private static final int PARAGRAPHS = 400;

  private static SrxSegmenter constructs;

  @BeforeAll
  static void writeRules(@TempDir Path dir) throws IOException {
    constructs = new SrxSegmenter(Files.writeString(dir.resolve("constructs.srx"), CONSTRUCTS));
  }

  static Stream<Arguments> rules() {
    return Stream.of(
        Arguments.of("tandem", new SrxSegmenter()),
        Arguments.of("tandem + abbreviations", SrxSegmenter.bundled(Map.of(Lang.DE, List.of("Bez.", "X.X.")))),
        Arguments.of("okapi default",
            SrxSegmenter.fromResource("/net/sf/okapi/lib/segmentation/defaultSegmentation.srx")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void randomParagraphsAreSegmentedAsByOkapisEngine(String name, SrxSegmenter srx) {
    assertSegmentedAsByOkapi(srx, 11);
  }

  @Test
  void randomParagraphsUnderRulesWithEveryConstructAndOptionAreSegmentedAsByOkapisEngine() {
    assertSegmentedAsByOkapi(constructs, 12);
  }

  @Test
  void theConstructsFileReallyUsesItsRangeRule() {
    SRXDocument document = new SRXDocument();
    document.loadRules((CharSequence) CONSTRUCTS);
    assertEquals("\\(\\d+\\)", document.getMaskRule());
    assertEquals(List.of("(3)", "und", "(12)", "sagte er."), constructs.split("(3) und (12) sagte er.", "de"));
  }

  @Test
  void everyRuleOfTandemsRulesRunsBehindAFilter() {
    SrxSegmenter withAbbreviations = SrxSegmenter.bundled(Map.of(Lang.DE, List.of("Bez."), Lang.TR, List.of("Bld.")));
    for (SrxSegmenter srx : List.of(new SrxSegmenter(), withAbbreviations)) {
      for (String lang : List.of("de", "tr")) {
        List<Boolean> filtered = srx.engine(lang).filtered();
        assertTrue(filtered.size() > 15 && !filtered.contains(false), lang + ": " + filtered);
      }
    }
  }

  @Test
  void rulesTheFilterCannotModelRunWithoutOneAndTheOthersWithOne() {
    // inline flags and a back reference are not modelled; the language rule "Never" is not mapped (no cascading)
    assertEquals(List.of(true, false, false, true, true, true, true, true, true, true, true, true, true, true, true,
        true), constructs.engine("de").filtered());
  }

  private static void assertSegmentedAsByOkapi(SrxSegmenter srx, long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < PARAGRAPHS; i++) {
      String lang = random.nextBoolean() ? "de" : "tr";
      TextFragment fragment = RandomParagraphs.fragment(random);
      String where = "paragraph " + i + " of seed " + seed;
      SrxEngineEqualityTest.assertSameRanges(srx, lang, fragment, where);
      SrxEngineEqualityTest.assertSameRanges(srx, lang, fragment.getText(), where + " as plain text");
    }
  }

  @Test
  void rulesThatDoNotCompileFailInTheEngineAsInOkapis(@TempDir Path dir) throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.srx"), CONSTRUCTS.replace("\\Q(s.\\E", "(s"));
    SrxSegmenter srx = new SrxSegmenter(bad);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> srx.engine("de"));
    assertTrue(e.getMessage().contains("bad.srx") && e.getMessage().contains("'de'"), e.getMessage());
    Path unmapped = Files.writeString(dir.resolve("unmapped.srx"),
        CONSTRUCTS.replace("languagerulename=\"Constructs\"/>", "languagerulename=\"Missing\"/>"));
    assertThrows(IllegalArgumentException.class, () -> new SrxSegmenter(unmapped).engine("tr"));
    assertThrows(IllegalArgumentException.class, () -> new SrxSegmenter(unmapped).segmenter("tr"));
  }

  @Test
  void aRulesFileWithoutCascadingUsesItsFirstMatchingLanguageRuleOnly() {
    assertEquals(List.of("Ein Satz. noch einer."), constructs.split("Ein Satz. noch einer.", "de"));
  }
}
