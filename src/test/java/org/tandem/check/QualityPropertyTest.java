package org.tandem.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tandem.model.Chapter;
import org.tandem.model.Content;
import org.tandem.model.Finding;
import org.tandem.model.Lang;
import org.tandem.model.Segment;
import org.tandem.model.State;
import org.tandem.terms.Glossary;

/**
 * A clean translation — the source's numbers, placeholders and links kept, the words around them
 * translated and reordered — is never reported by the number, date, placeholder, link and encoding
 * rules, over many generated sentences (seeded, so a failure repeats).
 */
class QualityPropertyTest {
  private static final String[] DE_WORDS = {"Die", "Stadt", "hilft", "Familien", "mit", "Kindern", "beim", "Antrag",
      "für", "Wohngeld", "über", "Straße", "Größe", "Schüler", "täglich", "und", "oder", "ab"};
  private static final String[] TR_WORDS = {"Belediye", "çocuklu", "ailelere", "başvuruda", "yardım", "ediyor", "için",
      "İstanbul", "Şişli", "ığdır", "öğrenci", "günlük", "ve", "veya", "kayıt", "ücretsiz", "gönüllü"};
  private static final String[] KEPT = {"1.000", "1.000,5", "3,5", "2021", "10.", "14:30", "%50", "50 %", "12.05.2024",
      "%s", "%1$d", "{name}", "{count}", "<b>", "</b>", "<br/>", "www.altena.de/kurse", "https://sisli.bel.tr/tr?id=7",
      "info@altena.de", "@stadtaltena", "B12", "0800 123 456", "7", "0", "99,99"};
  private static final List<Rule> RULES = List.of(new NumberRule(), new DateRule(), new PlaceholderRule(),
      new LinkRule(), new EncodingRule());

  @Test
  void cleanTranslationsAreNeverFlaggedByNumberPlaceholderLinkOrEncodingRules() {
    Random random = new Random(20241207);
    Checker checker = new Checker(RULES);
    for (int n = 0; n < 3000; n++) {
      Lang sourceLang = random.nextBoolean() ? Lang.DE : Lang.TR;
      List<String> kept = new ArrayList<>();
      for (int k = random.nextInt(4); k >= 0; k--) {
        kept.add(KEPT[random.nextInt(KEPT.length)]);
      }
      String source = sentence(random, sourceLang == Lang.DE ? DE_WORDS : TR_WORDS, kept);
      String target = random.nextBoolean() ? source : sentence(random, sourceLang == Lang.DE ? TR_WORDS : DE_WORDS, kept);
      Segment s = new Segment("s1", 1, Content.text(source), Content.text(target), State.TRANSLATED);
      List<Finding> findings = checker.run(new Chapter("p", "p.md", sourceLang), List.of(s), new Glossary(List.of()))
          .findings();
      assertEquals(List.of(), findings, source + " | " + target);
    }
  }

  /** Words in random order with the kept items among them, in their order (positional placeholders). */
  private static String sentence(Random random, String[] words, List<String> kept) {
    List<String> parts = new ArrayList<>();
    for (int i = 2 + random.nextInt(8); i > 0; i--) {
      parts.add(words[random.nextInt(words.length)]);
    }
    Collections.shuffle(parts, random);
    List<Integer> at = new ArrayList<>();
    for (int i = 0; i < kept.size(); i++) {
      at.add(random.nextInt(parts.size() + 1));
    }
    Collections.sort(at);
    for (int i = kept.size() - 1; i >= 0; i--) {
      parts.add(at.get(i), kept.get(i));
    }
    return String.join(" ", parts) + ".";
  }
}
