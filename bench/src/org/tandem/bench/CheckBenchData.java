package org.tandem.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.tandem.check.ChapterSegments;
import org.tandem.model.Chapter;
import org.tandem.model.Concept;
import org.tandem.model.Content;
import org.tandem.model.Lang;
import org.tandem.model.Segment;
import org.tandem.model.State;
import org.tandem.model.Term;
import org.tandem.model.TermStatus;
import org.tandem.terms.Glossary;

/**
 * Generated benchmark data: a glossary of invented German and Turkish terms (one to three words,
 * some with admitted and forbidden variants) and sentence pairs that use them in inflected forms
 * among filler words, in both directions, most of them correct, some with a missing or forbidden
 * term. Invented words keep the glossary size free while the text stays word-like: German
 * compounds of capitalised syllables, Turkish words with vowel harmony and real suffixes.
 */
final class CheckBenchData {
  private static final String[] DE_ONSETS = {"B", "D", "F", "G", "H", "K", "L", "M", "N", "P", "R", "S", "T", "W",
      "Sch", "St", "Br", "Kr", "Gr", "Pf"};
  private static final String[] DE_PARTS = {"al", "er", "an", "ol", "ur", "en", "ind", "ast", "orn", "elt",
      "ung", "heit", "ach", "eld", "ink", "umm", "ast", "ief", "aus", "ing"};
  private static final String[] DE_FUNCTION = {"die", "der", "das", "und", "mit", "für", "in", "den", "dem", "ist",
      "wird", "nach", "auf", "von", "zu", "eine", "ein", "im", "bei", "auch", "sich", "nicht", "werden", "es"};
  private static final String[] TR_CONSONANTS = {"b", "c", "ç", "d", "g", "k", "l", "m", "n", "p", "r", "s", "ş",
      "t", "y", "z"};
  private static final String BACK = "aıou";
  private static final String FRONT = "eiöü";
  private static final String[] TR_FUNCTION = {"ve", "bir", "bu", "için", "ile", "da", "de", "çok", "daha", "olarak",
      "gibi", "her", "olan", "sonra", "kadar", "ama", "ancak", "yeni", "bütün"};

  private final Random random;
  private final List<String> deFiller = new ArrayList<>();
  private final List<String> trFiller = new ArrayList<>();

  CheckBenchData(long seed) {
    random = new Random(seed);
    Set<String> seen = new HashSet<>();
    while (deFiller.size() < 20_000) {
      String w = germanWord(2 + random.nextInt(2)).toLowerCase();
      if (seen.add(w)) {
        deFiller.add(w);
      }
    }
    while (trFiller.size() < 20_000) {
      String w = turkishWord(2 + random.nextInt(2));
      if (seen.add(w)) {
        trFiller.add(w);
      }
    }
  }

  /** A glossary of {@code n} concepts with unique terms. */
  Glossary glossary(int n) {
    Set<String> taken = new HashSet<>();
    List<Concept> concepts = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Map<Lang, List<Term>> terms = new EnumMap<>(Lang.class);
      terms.put(Lang.DE, terms(taken, true));
      terms.put(Lang.TR, terms(taken, false));
      concepts.add(new Concept("c" + i, terms, ""));
    }
    return new Glossary(concepts);
  }

  private List<Term> terms(Set<String> taken, boolean german) {
    List<Term> list = new ArrayList<>();
    list.add(new Term(unique(taken, german), TermStatus.PREFERRED));
    if (random.nextInt(4) == 0) {
      list.add(new Term(unique(taken, german), TermStatus.ADMITTED));
    }
    if (random.nextInt(10) == 0) {
      list.add(new Term(unique(taken, german), TermStatus.FORBIDDEN));
    }
    return list;
  }

  private String unique(Set<String> taken, boolean german) {
    while (true) {
      int words = random.nextInt(10) < 7 ? 1 : 2 + random.nextInt(2);
      StringBuilder sb = new StringBuilder();
      for (int w = 0; w < words; w++) {
        if (w > 0) {
          sb.append(' ');
        }
        boolean last = w == words - 1;
        String word = german ? germanWord(3 + random.nextInt(2)) : turkishWord(3 + random.nextInt(2));
        sb.append(german && !last ? word.toLowerCase() + "e" : word);
      }
      String term = sb.toString();
      if (taken.add(term.toLowerCase())) {
        return term;
      }
    }
  }

  private String germanWord(int parts) {
    StringBuilder sb = new StringBuilder(DE_ONSETS[random.nextInt(DE_ONSETS.length)]);
    for (int i = 0; i < parts; i++) {
      sb.append(DE_PARTS[random.nextInt(DE_PARTS.length)]);
      if (i < parts - 1) {
        sb.append(DE_ONSETS[random.nextInt(DE_ONSETS.length)].toLowerCase());
      }
    }
    return sb.toString();
  }

  private String turkishWord(int syllables) {
    String vowels = random.nextBoolean() ? BACK : FRONT;
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < syllables; i++) {
      sb.append(TR_CONSONANTS[random.nextInt(TR_CONSONANTS.length)]).append(vowels.charAt(random.nextInt(4)));
    }
    return sb.append(TR_CONSONANTS[random.nextInt(TR_CONSONANTS.length)]).toString();
  }

  /**
   * {@code pairs} segment pairs in chapters of 1,000 segments, half written in German, half in
   * Turkish, using the terms of the glossary's concepts (pass the same glossary for every run to
   * give every run the same text).
   */
  List<ChapterSegments> chapters(Glossary glossary, int pairs) {
    List<ChapterSegments> chapters = new ArrayList<>();
    for (int c = 0; c * 1000 < pairs; c++) {
      Lang source = c % 2 == 0 ? Lang.DE : Lang.TR;
      Chapter chapter = new Chapter("ch" + c, "chapters/ch" + c + ".md", source);
      List<Segment> segments = new ArrayList<>(1000);
      for (int i = 0; i < 1000 && c * 1000 + i < pairs; i++) {
        segments.add(pair(glossary, source, "s" + i));
      }
      chapters.add(new ChapterSegments(chapter, segments));
    }
    return chapters;
  }

  private Segment pair(Glossary glossary, Lang source, String key) {
    Map<Concept, Boolean> used = new LinkedHashMap<>();
    int terms = 1 + random.nextInt(3);
    for (int t = 0; t < terms; t++) {
      used.put(glossary.concepts().get(random.nextInt(glossary.size())), random.nextInt(20) != 0);
    }
    String src = sentence(source, used, true);
    String trg = sentence(source.other(), used, false);
    return new Segment(key, 1, Content.text(src), Content.text(trg), State.TRANSLATED);
  }

  /** Filler words with the concepts' terms inflected among them; in a target, a few terms missing or forbidden. */
  private String sentence(Lang lang, Map<Concept, Boolean> used, boolean isSource) {
    List<String> words = new ArrayList<>();
    int length = 10 + random.nextInt(9);
    for (int i = 0; i < length; i++) {
      words.add(filler(lang));
    }
    for (Map.Entry<Concept, Boolean> e : used.entrySet()) {
      List<Term> terms = e.getKey().terms(lang);
      Term term = isSource || e.getValue() ? terms.get(0) : terms.get(terms.size() - 1);
      if (isSource || e.getValue() || random.nextBoolean()) {
        words.add(random.nextInt(words.size() + 1), inflect(term.text(), lang));
      }
    }
    String text = String.join(" ", words);
    return Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
  }

  private String filler(Lang lang) {
    String[] function = lang == Lang.DE ? DE_FUNCTION : TR_FUNCTION;
    List<String> content = lang == Lang.DE ? deFiller : trFiller;
    if (random.nextInt(3) == 0) {
      return function[random.nextInt(function.length)];
    }
    // Zipf-like: low indices far more often, as in real text
    int index = (int) Math.min(content.size() - 1, Math.floor(Math.exp(random.nextDouble() * Math.log(content.size()))));
    String w = content.get(index);
    return lang == Lang.DE && random.nextInt(3) == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w;
  }

  private String inflect(String term, Lang lang) {
    int choice = random.nextInt(6);
    if (lang == Lang.DE) {
      return term + switch (choice) {
        case 0 -> "en";
        case 1 -> "s";
        default -> "";
      };
    }
    String last = term.substring(term.lastIndexOf(' ') + 1);
    boolean back = BACK.indexOf(lastVowel(last)) >= 0;
    boolean afterVowel = (BACK + FRONT).indexOf(last.charAt(last.length() - 1)) >= 0;
    boolean voiceless = "çfhkpsşt".indexOf(last.charAt(last.length() - 1)) >= 0;
    return term + switch (choice) {
      case 0 -> back ? "lar" : "ler";
      case 1 -> (afterVowel ? "n" : "") + (back ? "ın" : "in");
      case 2 -> (voiceless ? "t" : "d") + (back ? "a" : "e");
      case 3 -> (afterVowel ? "y" : "") + (back ? "a" : "e");
      default -> "";
    };
  }

  private static char lastVowel(String word) {
    for (int i = word.length() - 1; i >= 0; i--) {
      if ((BACK + FRONT).indexOf(word.charAt(i)) >= 0) {
        return word.charAt(i);
      }
    }
    return 'e';
  }
}
