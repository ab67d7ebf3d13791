package org.tandem.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tandem.model.Lang;
import org.tandem.terms.Glossary;

/** The aligner on constructed cases of every alignment type. */
class AlignerTest {
  private static final Aligner ALIGNER = new Aligner(new Evidence(Glossary.EMPTY));

  private static final String[][] PAIRS = {
      {"Die Stadt Hameln hat im Frühjahr 2019 ein neues Integrationskonzept beschlossen.",
          "Hameln Belediyesi 2019 baharında yeni bir uyum konsepti kabul etti."},
      {"Viele Befragte wünschten sich mehr Beratung in ihrer Muttersprache.",
          "Ankete katılanların çoğu ana dillerinde daha fazla danışmanlık hizmeti istedi."},
      {"Andere klagten über lange Wartezeiten bei der Ausländerbehörde.",
          "Bazıları ise Yabancılar Dairesi'ndeki uzun bekleme sürelerinden yakındı."},
      {"Dafür stellt die Stadt jährlich rund 250.000 Euro zur Verfügung.",
          "Belediye bunun için her yıl yaklaşık 250.000 avro ayırıyor."},
      {"Hier arbeitet die Stadt eng mit dem Jobcenter und der Handwerkskammer zusammen.",
          "Belediye bu alanda Jobcenter ve Zanaatkârlar Odası ile yakın iş birliği yapıyor."},
      {"Der erste Bericht liegt seit Dezember 2021 vor.", "İlk rapor Aralık 2021'den beri mevcut."},
      {"Şişli ist einer der am dichtesten besiedelten Bezirke Istanbuls.",
          "Şişli, İstanbul'un en yoğun nüfuslu ilçelerinden biridir."},
      {"Innerhalb eines Jahres wurden über 900 Kinder neu angemeldet.",
          "Bir yıl içinde 900'den fazla çocuğun okul kaydı yapıldı."},
  };

  private static List<Sentence> plain(List<String> texts) {
    List<Sentence> sentences = new ArrayList<>();
    for (String text : texts) {
      sentences.add(Sentence.plain(text, 1));
    }
    return sentences;
  }

  private static List<String> german() {
    List<String> de = new ArrayList<>();
    for (String[] pair : PAIRS) {
      de.add(pair[0]);
    }
    return de;
  }

  private static List<String> turkish() {
    List<String> tr = new ArrayList<>();
    for (String[] pair : PAIRS) {
      tr.add(pair[1]);
    }
    return tr;
  }

  private static String shapes(List<String> de, List<String> tr) {
    return ALIGNER.align(plain(de), Lang.DE, plain(tr)).stream().map(Link::shape).collect(Collectors.joining(" "));
  }

  @Test
  void oneToOne() {
    assertEquals("1-1 1-1 1-1 1-1 1-1 1-1 1-1 1-1", shapes(german(), turkish()));
  }

  @Test
  void aLeftOutSentenceStaysUnaligned() {
    List<String> tr = turkish();
    tr.remove(3);
    assertEquals("1-1 1-1 1-1 1-0 1-1 1-1 1-1 1-1", shapes(german(), tr));
  }

  @Test
  void anAddedSentenceStaysUnaligned() {
    List<String> tr = turkish();
    tr.add(4, "Jobcenter, Almanya'da işsizlik yardımı alan kişilerden sorumlu olan kurumdur.");
    assertEquals("1-1 1-1 1-1 1-1 0-1 1-1 1-1 1-1 1-1", shapes(german(), tr));
  }

  @Test
  void twoSentencesTranslatedAsOne() {
    List<String> tr = turkish();
    tr.set(1, "Ankete katılanların çoğu ana dillerinde daha fazla danışmanlık hizmeti istedi; bazıları ise"
        + " Yabancılar Dairesi'ndeki uzun bekleme sürelerinden yakındı.");
    tr.remove(2);
    assertEquals("1-1 2-1 1-1 1-1 1-1 1-1 1-1", shapes(german(), tr));
  }

  @Test
  void oneSentenceTranslatedAsTwo() {
    List<String> de = german();
    de.set(3, "Dafür stellt die Stadt jährlich rund 250.000 Euro zur Verfügung, und hier arbeitet sie eng mit"
        + " dem Jobcenter und der Handwerkskammer zusammen.");
    de.remove(4);
    assertEquals("1-1 1-1 1-1 1-2 1-1 1-1 1-1", shapes(de, turkish()));
  }

  @Test
  void aLeftOutAndAnAddedSentenceNextToEachOtherAreNotPaired() {
    List<String> tr = turkish();
    tr.set(5, "Okurlarımız için not: Kita, Almanya'da kreş ve anaokulu için kullanılan kısaltmadır.");
    String shapes = shapes(german(), tr);
    assertTrue(shapes.equals("1-1 1-1 1-1 1-1 1-1 1-0 0-1 1-1 1-1")
        || shapes.equals("1-1 1-1 1-1 1-1 1-1 0-1 1-0 1-1 1-1"), shapes);
  }

  @Test
  void headingsPairWithHeadings() {
    List<Sentence> de = new ArrayList<>(plain(german()));
    List<Sentence> tr = new ArrayList<>(plain(turkish()));
    de.add(0, new Sentence("Wohnen", 0, BlockKind.HEADING, ""));
    tr.add(0, new Sentence("Konut", 0, BlockKind.HEADING, ""));
    List<Link> links = ALIGNER.align(de, Lang.DE, tr);
    assertEquals(new Link(0, 1, 0, 1, links.get(0).confidence()), links.get(0));
  }

  @Test
  void confidenceIsHighForPairsWithAnchorsAndLowForUnrelatedSentences() {
    List<Link> links = ALIGNER.align(plain(german()), Lang.DE, plain(turkish()));
    assertTrue(links.stream().allMatch(l -> l.confidence() > 0.8), links.toString());
    List<Link> unrelated = ALIGNER.align(plain(List.of("Die Kinder spielen im Garten.")), Lang.DE,
        plain(List.of("Toplantı saat üçte başlayacak.")));
    assertTrue(unrelated.stream().allMatch(l -> l.confidence() < 0.5), unrelated.toString());
  }

  @Test
  void aTextAlignedWithItselfIsOneToOneEverywhere() throws Exception {
    List<String> texts = new ArrayList<>();
    EvalCorpus.pairs().values().forEach(d -> d.forEach(p -> texts.add(p[0])));
    List<Link> links = ALIGNER.align(plain(texts), Lang.DE, plain(texts));
    assertEquals(texts.size(), links.size());
    for (int i = 0; i < links.size(); i++) {
      assertEquals(new Link(i, i + 1, i, i + 1, links.get(i).confidence()), links.get(i));
    }
  }

  @Test
  void anEmptySideLeavesEverySentenceUnaligned() {
    assertEquals("1-0 1-0", shapes(german().subList(0, 2), List.of()));
    assertEquals("0-1", shapes(List.of(), turkish().subList(0, 1)));
  }

  @Test
  void longDocumentsStayInTheBandAndAlignCompletely() throws Exception {
    List<String[]> all = new ArrayList<>();
    EvalCorpus.pairs().values().forEach(all::addAll);
    List<String> de = new ArrayList<>();
    List<String> tr = new ArrayList<>();
    for (int copy = 0; copy < 10; copy++) {
      for (int i = 0; i < all.size(); i++) {
        de.add(all.get(i)[0]);
        if (!(copy < 5 && i < 12)) { // 60 sentences left out at the start: the path leaves the diagonal
          tr.add(all.get(i)[1]);
        }
      }
    }
    List<Link> links = ALIGNER.align(plain(de), Lang.DE, plain(tr));
    long paired = links.stream().filter(Link::paired).count();
    assertTrue(paired >= tr.size() - 5, paired + " of " + tr.size());
  }
}
