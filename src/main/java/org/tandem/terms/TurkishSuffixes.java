package org.tandem.terms;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The inflection endings of Turkish nouns as a small state machine: plural, possessive, case,
 * relative -ki, copula and personal endings, in that order. Each ending is a template realised
 * against the word so far: {@code A} is a/e and {@code I} ı/i/u/ü by vowel harmony, {@code D} d/t
 * and {@code C} c/ç by the preceding sound, and a letter in parentheses appears only where Turkish
 * needs it: a buffer consonant (y, n, s) after a vowel, a linking vowel after a consonant.
 *
 * <p>Derivation endings (-lik, -ci, -li, -siz, -izm, -ük ...) are deliberately absent: a word built
 * with them is another word (göç/göçük, belediye/belediyecilik) and must not match.
 */
final class TurkishSuffixes {
  /** Where in the ending sequence a parse stands. */
  enum Slot { START, NEED_POSSESSIVE, NEED_PERSON, PLURAL, POSSESSIVE, POSSESSIVE3, CASE, CASE_KI, KI, KI_PLURAL,
    COPULA_DIR, COPULA_DI, COPULA_MIS, END }

  /** An ending and where it leads; its forms are computed once for every sound context. */
  private record Edge(String template, Slot next, String[] forms) {
    /** The form after a word with last vowel {@code vowel} that ends as the flags say. */
    String form(char vowel, boolean afterVowel, boolean voiceless) {
      return forms[(VOWELS.indexOf(vowel) * 2 + (afterVowel ? 1 : 0)) * 2 + (voiceless ? 1 : 0)];
    }
  }

  private static final String VOWELS = "aeıioöuü";
  private static final String BACK = "aıou";
  private static final String VOICELESS = "çfhkpsşt";
  private static final Map<Slot, List<Edge>> EDGES = edges();

  private TurkishSuffixes() {}

  /**
   * True when {@code word} from {@code pos} on is a sequence of endings allowed from {@code slot}.
   *
   * @param lenient also accept front-vowel endings after a back vowel for the first ending, for
   *     loanwords such as kontrol→kontrolü, saat→saati
   */
  static boolean accepts(String word, int pos, Slot slot, boolean lenient) {
    if (pos == word.length()) {
      return slot != Slot.NEED_POSSESSIVE && slot != Slot.NEED_PERSON;
    }
    char last = lastVowel(word, pos);
    boolean afterVowel = pos > 0 && isVowel(word.charAt(pos - 1));
    boolean voiceless = pos > 0 && VOICELESS.indexOf(word.charAt(pos - 1)) >= 0;
    // with no vowel yet (an abbreviation) harmony is open; a lenient stem may also go front
    boolean open = last == 0 || (lenient && BACK.indexOf(last) >= 0);
    char vowel = last == 0 ? 'e' : last;
    for (Edge edge : EDGES.getOrDefault(slot, List.of())) {
      if (continues(word, pos, edge, edge.form(vowel, afterVowel, voiceless))
          || (open && continues(word, pos, edge, edge.form(front(last), afterVowel, voiceless)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean continues(String word, int pos, Edge edge, String ending) {
    return word.startsWith(ending, pos) && accepts(word, pos + ending.length(), edge.next(), false);
  }

  /** True for the eight Turkish vowels. */
  static boolean isVowel(char c) {
    return VOWELS.indexOf(c) >= 0;
  }

  /** The template's form in one sound context (see the class comment for the notation). */
  private static String realise(String template, char vowel, boolean afterVowel, boolean voiceless) {
    StringBuilder sb = new StringBuilder(template.length());
    char prev = voiceless ? 't' : afterVowel ? 'a' : 'n';
    for (int i = 0; i < template.length(); i++) {
      char t = template.charAt(i);
      if (t == '(') {
        char optional = template.charAt(i + 1);
        i += 2;
        boolean vowelSlot = optional == 'I' || optional == 'A';
        if (vowelSlot == afterVowel) {
          continue;
        }
        t = optional;
      }
      char c = switch (t) {
        case 'A' -> BACK.indexOf(vowel) >= 0 ? 'a' : 'e';
        case 'I' -> high(vowel);
        case 'D' -> VOICELESS.indexOf(prev) >= 0 ? 't' : 'd';
        case 'C' -> VOICELESS.indexOf(prev) >= 0 ? 'ç' : 'c';
        default -> t;
      };
      sb.append(c);
      prev = c;
      if (isVowel(c)) {
        vowel = c;
      }
    }
    return sb.toString();
  }

  private static char lastVowel(String word, int pos) {
    for (int i = pos - 1; i >= 0; i--) {
      if (isVowel(word.charAt(i))) {
        return word.charAt(i);
      }
    }
    return 0;
  }

  /** The four-way harmony vowel: ı after a/ı, i after e/i, u after o/u, ü after ö/ü. */
  private static char high(char vowel) {
    return switch (vowel) {
      case 'a', 'ı' -> 'ı';
      case 'o', 'u' -> 'u';
      case 'ö', 'ü' -> 'ü';
      default -> 'i';
    };
  }

  private static char front(char vowel) {
    return switch (vowel) {
      case 'a' -> 'e';
      case 'o' -> 'ö';
      case 'u' -> 'ü';
      case 'ı' -> 'i';
      default -> 'a';
    };
  }

  private static Map<Slot, List<Edge>> edges() {
    Map<Slot, List<Edge>> edges = new EnumMap<>(Slot.class);
    List<Edge> persons = List.of(edge("(I)m", Slot.POSSESSIVE), edge("(I)n", Slot.POSSESSIVE),
        edge("(I)mIz", Slot.POSSESSIVE), edge("(I)nIz", Slot.POSSESSIVE),
        edge("(s)I", Slot.POSSESSIVE3), edge("lArI", Slot.POSSESSIVE3));
    List<Edge> cases = List.of(edge("(y)I", Slot.CASE), edge("(y)A", Slot.CASE),
        edge("DA", Slot.CASE_KI), edge("DAn", Slot.CASE), edge("(n)In", Slot.CASE_KI),
        edge("(y)lA", Slot.CASE), edge("CA", Slot.CASE));
    // after a third-person possessive or -ki the case endings take the buffer n: belediyesinde
    List<Edge> nCases = List.of(edge("nI", Slot.CASE), edge("nA", Slot.CASE),
        edge("nDA", Slot.CASE_KI), edge("nDAn", Slot.CASE), edge("nIn", Slot.CASE_KI),
        edge("(y)lA", Slot.CASE), edge("nCA", Slot.CASE));
    List<Edge> copula = List.of(edge("DIr", Slot.COPULA_DIR), edge("(y)DI", Slot.COPULA_DI),
        edge("(y)mIş", Slot.COPULA_MIS), edge("(y)sA", Slot.COPULA_DI), edge("(y)ken", Slot.END),
        edge("(y)Im", Slot.END), edge("(y)Iz", Slot.END), edge("sIn", Slot.END), edge("sInIz", Slot.END));
    put(edges, Slot.START, List.of(edge("lAr", Slot.PLURAL)), persons, cases, copula);
    // a compound's ending gives way to any possessive: kullanıcı adınız, parmak izlerimiz
    put(edges, Slot.NEED_POSSESSIVE, persons, List.of(edge("lAr", Slot.NEED_PERSON)));
    put(edges, Slot.NEED_PERSON, persons);
    put(edges, Slot.PLURAL, persons, cases, copula);
    put(edges, Slot.POSSESSIVE, cases, copula);
    put(edges, Slot.POSSESSIVE3, nCases, copula);
    put(edges, Slot.CASE, copula);
    put(edges, Slot.CASE_KI, List.of(edge("ki", Slot.KI)), copula);
    put(edges, Slot.KI, List.of(edge("lAr", Slot.KI_PLURAL)), nCases, copula);
    put(edges, Slot.KI_PLURAL, cases, copula);
    put(edges, Slot.COPULA_DIR, List.of(edge("lAr", Slot.END)));
    put(edges, Slot.COPULA_DI, List.of(edge("m", Slot.END), edge("n", Slot.END), edge("k", Slot.END),
        edge("nIz", Slot.END), edge("lAr", Slot.END)));
    put(edges, Slot.COPULA_MIS, List.of(edge("(y)Im", Slot.END), edge("sIn", Slot.END),
        edge("(y)Iz", Slot.END), edge("sInIz", Slot.END), edge("lAr", Slot.END), edge("DIr", Slot.END)));
    return edges;
  }

  private static Edge edge(String template, Slot next) {
    String[] forms = new String[VOWELS.length() * 4];
    for (int v = 0; v < VOWELS.length(); v++) {
      for (int k = 0; k < 4; k++) {
        forms[v * 4 + k] = realise(template, VOWELS.charAt(v), k >= 2, k % 2 == 1);
      }
    }
    return new Edge(template, next, forms);
  }

  @SafeVarargs
  private static void put(Map<Slot, List<Edge>> edges, Slot slot, List<Edge>... groups) {
    List<Edge> all = new ArrayList<>();
    for (List<Edge> group : groups) {
      all.addAll(group);
    }
    edges.put(slot, List.copyOf(all));
  }
}
