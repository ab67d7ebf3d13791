package org.tandem.align;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.tandem.model.Concept;
import org.tandem.model.Lang;
import org.tandem.terms.Glossary;
import org.tandem.terms.GlossaryCsv;
import org.tandem.terms.TermHit;
import org.tandem.terms.TermMatcher;

/**
 * Finds the anchors of sentences that survive translation: numbers, names, glossary and lexicon
 * terms (matched with tandem's German and Turkish inflection rules), cognates and punctuation.
 * Keys are interned to ints, so comparing two sentences is comparing sorted int arrays.
 */
public final class Evidence {
  /** The bundled German–Turkish lexicon of common words of municipal prose, in glossary CSV form. */
  static final String LEXICON = "/org/tandem/align/lexicon.csv";

  private static final Map<String, String> NUMBER_WORDS = numberWords();

  private final Map<Lang, TermMatcher> matchers = new HashMap<>();
  private final Map<String, Integer> ids = new ConcurrentHashMap<>();

  /** Evidence from the bundled lexicon and the workspace's glossary (whose terms win on conflicts). */
  public Evidence(Glossary glossary) {
    this(lexicon(), glossary);
  }

  /** Evidence from another lexicon (tests measure how the aligner does with less of it). */
  Evidence(Glossary lexicon, Glossary glossary) {
    Glossary all = lexicon;
    for (Concept concept : glossary.concepts()) {
      all = all.with(concept);
    }
    for (Lang lang : Lang.values()) {
      matchers.put(lang, new TermMatcher(all, lang));
    }
  }

  static Glossary lexicon() {
    try (InputStream in = Evidence.class.getResourceAsStream(LEXICON)) {
      return new GlossaryCsv().parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "lexicon.csv");
    } catch (IOException e) {
      throw new UncheckedIOException("tandem's alignment lexicon cannot be read", e);
    }
  }

  /** The features of each sentence, written in {@code lang}. */
  List<Features> of(List<Sentence> sentences, Lang lang) {
    List<Features> features = new ArrayList<>(sentences.size());
    for (Sentence s : sentences) {
      features.add(of(s.text(), lang));
    }
    return features;
  }

  /** The features of one text. */
  Features of(String text, Lang lang) {
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
    IdList numbers = new IdList();
    IdList names = new IdList();
    IdList distinct = new IdList();
    IdList cognates = new IdList();
    List<String> words = Words.of(nfc);
    for (int w = 0; w < words.size(); w++) {
      word(words.get(w), w == 0, lang, numbers, names, distinct, cognates);
    }
    IdList concepts = new IdList();
    for (TermHit hit : matchers.get(lang).findAll(nfc)) {
      // common words (ids g-...) are weaker evidence than terms: they count as cognates do
      String concept = hit.concept().id();
      if (concept.startsWith("g-")) {
        cognates.add(id("c:" + concept));
      } else {
        concepts.add(id("c:" + concept));
      }
    }
    return new Features(nfc.strip().length(), numbers.sorted(), names.sorted(), distinct.sorted(),
        concepts.sorted(), cognates.sorted(), marks(nfc));
  }

  private void word(String word, boolean first, Lang lang, IdList numbers, IdList names, IdList distinct,
      IdList cognates) {
    if (Words.isAddress(word)) {
      numbers.add(id("u:" + word.toLowerCase(java.util.Locale.ROOT))); // a URL or e-mail address: as sure as a number
      return;
    }
    if (Character.isDigit(word.charAt(0))) {
      numbers.add(id("n:" + Words.number(word)));
      return;
    }
    String base = Words.beforeApostrophe(word);
    String folded = Words.fold(base, lang);
    String number = NUMBER_WORDS.get(lang.code() + ":" + folded);
    if (number != null) {
      numbers.add(id("n:" + number));
      return;
    }
    if (Character.isUpperCase(base.charAt(0)) && base.length() >= 3) {
      int name = id("w:" + Words.stem(folded));
      names.add(name);
      boolean acronym = base.length() > 1 && Character.isUpperCase(base.charAt(1));
      if (acronym || (lang == Lang.TR && (!first || base.length() < word.length()))) {
        distinct.add(name);
      }
    }
    if (folded.length() >= 5) {
      cognates.add(id("g:" + Words.cognate(folded)));
    }
  }

  private int[] marks(String text) {
    IdList marks = new IdList();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '?' -> marks.add(id("p:?"));
        case '!' -> marks.add(id("p:!"));
        case '(' -> marks.add(id("p:("));
        case '"', '\u201C', '\u201E', '\u00AB', '\u00BB' -> marks.add(id("p:\""));
        case ':' -> marks.add(id("p::"));
        case '%' -> marks.add(id("p:%"));
        default -> { }
      }
    }
    return marks.sorted();
  }

  private int id(String key) {
    return ids.computeIfAbsent(key, k -> ids.size());
  }

  private static Map<String, String> numberWords() {
    Map<String, String> map = new HashMap<>();
    String[] de = {"zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf"};
    String[] tr = {"iki", "üç", "dört", "beş", "altı", "yedi", "sekiz", "dokuz", "on", "onbir", "oniki"};
    for (int i = 0; i < de.length; i++) {
      map.put("de:" + de[i], String.valueOf(i + 2));
      map.put("tr:" + tr[i], String.valueOf(i + 2));
    }
    for (String[] w : new String[][] {{"de:zwanzig", "20"}, {"tr:yirmi", "20"}, {"de:dreißig", "30"},
        {"tr:otuz", "30"}, {"de:hundert", "100"}, {"tr:yüz", "100"}, {"de:tausend", "1000"}, {"tr:bin", "1000"},
        {"de:hälfte", "1/2"}, {"tr:yarısı", "1/2"}, {"tr:yarısını", "1/2"}, {"de:drittel", "1/3"}}) {
      map.put(w[0], w[1]);
    }
    return Map.copyOf(map);
  }

  /** A growing list of ids. */
  private static final class IdList {
    private int[] ids = new int[8];
    private int size;

    void add(int id) {
      if (size == ids.length) {
        ids = java.util.Arrays.copyOf(ids, size * 2);
      }
      ids[size++] = id;
    }

    int[] sorted() {
      return Features.sorted(java.util.Arrays.copyOf(ids, size));
    }
  }
}
