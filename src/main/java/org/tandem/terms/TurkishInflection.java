package org.tandem.terms;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tandem.terms.TurkishSuffixes.Slot;

/**
 * Recognises the inflected forms of a Turkish lemma: belediye → belediyeler, belediyesi'nin,
 * belediyedeki; danışmanlık → danışmanlığı; but not göç → göçük or komün → komünizm.
 *
 * <p>A form is the lemma, or one of its stems, followed only by inflection endings (see
 * {@link TurkishSuffixes}). The stems cover what Turkish does to the end of a noun before a
 * vowel: final k→ğ, g→ğ, nk→ng, p→b, t→d, ç→c (both forms are accepted, since monosyllables and
 * many loanwords keep the hard consonant); the dropped vowel of a closed list of words
 * (izin→izni, şehir→şehre, kayıt→kaydı); and, for a word written with the compound ending of a
 * noun phrase (sivil toplum kuruluşu, belediye başkanı, anaokulu), the bare noun that takes the
 * plural before that ending (kuruluşlarıyla, başkanlarına, anaokullarında). Inputs are folded
 * with {@link Fold#turkish}.
 */
public final class TurkishInflection {
  /** Words that lose their last vowel before a vowel ending; a lexical fact, so a list. */
  private static final Set<String> VOWEL_DROP = Set.of("izin", "şehir", "kayıt", "isim", "resim",
      "kısım", "akıl", "fikir", "zihin", "hüküm", "ömür", "vakit", "nakit", "emir", "nehir", "beyin",
      "oğul", "ağız", "burun", "göğüs", "gönül", "sabır", "alın", "boyun", "karın", "bağır", "hapis");

  /** Words that double their last consonant before a vowel: hak → hakkı, his → hissi, ret → reddi. */
  private static final Set<String> DOUBLING = Set.of("hak", "his", "hat", "tıp", "ret", "red", "zan", "sır",
      "af", "üs", "zam", "had", "şer", "fen", "hac");

  /**
   * A string that begins the inflected forms of a lemma.
   *
   * @param text what the form starts with
   * @param next what the ending after the stem must start with (a vowel after a mutated consonant)
   * @param slot where in the ending sequence the stem stands
   * @param lenient whether the first ending may break vowel harmony (loanwords)
   */
  record Stem(String text, Next next, Slot slot, boolean lenient) {}

  /** What must follow a stem: anything, a vowel (izn-i, hesab-ı), or a consonant or nothing (izin-ler). */
  enum Next { ANY, VOWEL, CONSONANT }

  private TurkishInflection() {}

  /** True when {@code word} is {@code lemma} or one of its inflected forms (both folded). */
  public static boolean isForm(String lemma, String word, boolean compoundHead) {
    for (Stem stem : stems(lemma, compoundHead)) {
      if (accepts(stem, word)) {
        return true;
      }
    }
    return false;
  }

  /** Same as {@link #isForm(String, String, boolean)} for a one-word term. */
  public static boolean isForm(String lemma, String word) {
    return isForm(lemma, word, false);
  }

  /** True when the word starts with the stem and continues with inflection endings only. */
  static boolean accepts(Stem stem, String word) {
    return accepts(stem, word, false);
  }

  /**
   * Same as {@link #accepts(Stem, String)}; {@code noun} when the sentence makes the word a noun,
   * so that stem + -la/-le is read as the instrumental, not as a verb (see {@link #verbInLa}).
   */
  static boolean accepts(Stem stem, String word, boolean noun) {
    int at = stem.text().length();
    if (!word.startsWith(stem.text())) {
      return false;
    }
    boolean vowel = at < word.length() && TurkishSuffixes.isVowel(word.charAt(at));
    if ((stem.next() == Next.VOWEL && !vowel) || (stem.next() == Next.CONSONANT && vowel)) {
      return false;
    }
    if (!noun && verbInLa(stem, word)) {
      return false;
    }
    return TurkishSuffixes.accepts(word, at, stem.slot(), stem.lenient());
  }

  /**
   * True when the word is the stem plus -la/-le and nothing more, after a consonant: ekle, izle,
   * hesapla, bağla, kilitle. The instrumental of a noun written that way ("hesapla" = with an
   * account) is rare beside the verb built with -lA ("Hesapla" = calculate), which UI text uses
   * all the time as a command; the instrumental stays recognised after a vowel (parolayla), after
   * other endings (hesaplarla, hesabıyla) and after a determiner (bu hesapla, bir araçla).
   */
  private static boolean verbInLa(Stem stem, String word) {
    int at = stem.text().length();
    return stem.slot() == Slot.START && word.length() == at + 2 && at > 0
        && !TurkishSuffixes.isVowel(word.charAt(at - 1)) && (word.endsWith("la") || word.endsWith("le"));
  }

  /**
   * The stems of a lemma.
   *
   * @param compoundHead true for the last word of a multi-word term, which may carry the compound
   *     (third-person possessive) ending
   */
  static List<Stem> stems(String lemma, boolean compoundHead) {
    List<Stem> stems = new ArrayList<>();
    boolean lenient = lenient(lemma);
    if (VOWEL_DROP.contains(lemma)) {
      // izin keeps its vowel only before a consonant: izinler, but izni (never izini)
      stems.add(new Stem(lemma, Next.CONSONANT, Slot.START, lenient));
    } else {
      addWithMutation(stems, lemma, Slot.START, lenient);
    }
    if (DOUBLING.contains(lemma)) {
      stems.add(new Stem(lemma + lemma.charAt(lemma.length() - 1), Next.VOWEL, Slot.START, lenient));
    }
    if (VOWEL_DROP.contains(lemma)) {
      // the short stem exists only before a vowel: izni, şehre, kaydı (kayt → kayd as well)
      String dropped = dropVowel(lemma);
      stems.add(new Stem(dropped, Next.VOWEL, Slot.START, lenient));
      stems.add(new Stem(softened(dropped), Next.VOWEL, Slot.START, lenient));
    }
    if (endsInPossessive(lemma)) {
      // işyeri → işyerinde, kuruluşu → kuruluşuna: the lemma already carries the possessive
      stems.add(new Stem(lemma, Next.ANY, Slot.POSSESSIVE3, false));
      addBareNoun(stems, lemma, compoundHead ? 2 : 5);
    }
    return stems.stream().distinct().toList();
  }

  /**
   * The bare noun of a compound head: kuruluşu → kuruluş, sigortası → sigorta, izni → izin. A
   * one-word term needs a long bare noun (anaokulu → anaokul), since short ones are often other
   * words (kapı → kap, yazı → yaz).
   */
  private static void addBareNoun(List<Stem> stems, String head, int minLength) {
    int cut = head.length() >= 3 && head.charAt(head.length() - 2) == 's'
        && TurkishSuffixes.isVowel(head.charAt(head.length() - 3)) ? 2 : 1;
    String bare = head.substring(0, head.length() - cut);
    if (bare.length() < minLength) {
      return;
    }
    stems.add(new Stem(bare, Next.ANY, Slot.NEED_POSSESSIVE, lenient(bare)));
    String hard = hardened(bare);
    if (!hard.equals(bare)) {
      stems.add(new Stem(hard, Next.ANY, Slot.NEED_POSSESSIVE, false));
    }
    for (String word : VOWEL_DROP) {
      if (dropVowel(word).equals(bare)) {
        stems.add(new Stem(word, Next.CONSONANT, Slot.NEED_POSSESSIVE, false));
      }
    }
  }

  private static void addWithMutation(List<Stem> stems, String text, Slot slot, boolean lenient) {
    stems.add(new Stem(text, Next.ANY, slot, lenient));
    String soft = softened(text);
    if (!soft.equals(text)) {
      stems.add(new Stem(soft, Next.VOWEL, slot, lenient));
    }
  }

  /**
   * The form before a vowel ending: k→ğ (nk→ng), g→ğ, p→b, t→d, ç→c; unchanged otherwise. Words of
   * three letters change too (güç → gücü, kap → kabı); words of two mostly do not (ok → oku).
   */
  static String softened(String word) {
    if (word.length() < 3 || DOUBLING.contains(word)) {
      return word;
    }
    String body = word.substring(0, word.length() - 1);
    char last = word.charAt(word.length() - 1);
    return switch (last) {
      case 'k' -> body + (body.endsWith("n") ? 'g' : 'ğ');
      case 'g' -> body + 'ğ';
      case 'p' -> body + 'b';
      case 't' -> body + 'd';
      case 'ç' -> body + 'c';
      default -> word;
    };
  }

  /** The reverse of {@link #softened}: ğ→k, b→p, d→t, c→ç, ng→nk. */
  private static String hardened(String word) {
    String body = word.substring(0, word.length() - 1);
    char last = word.charAt(word.length() - 1);
    return switch (last) {
      case 'ğ' -> body + 'k';
      case 'b' -> body + 'p';
      case 'd' -> body + 't';
      case 'c' -> body + 'ç';
      case 'g' -> body.endsWith("n") ? body + 'k' : word;
      default -> word;
    };
  }

  /** izin → izn, şehir → şehr: the last vowel removed. */
  private static String dropVowel(String word) {
    int i = word.length() - 2;
    return word.substring(0, i) + word.charAt(i + 1);
  }

  /** True when the word ends like a third-person possessive: a harmonic ı/i/u/ü after a consonant. */
  private static boolean endsInPossessive(String word) {
    int n = word.length();
    if (n < 3 || "ıiuü".indexOf(word.charAt(n - 1)) < 0) {
      return false;
    }
    char before = word.charAt(n - 2);
    boolean afterConsonant = !TurkishSuffixes.isVowel(before);
    boolean buffered = before == 's' && TurkishSuffixes.isVowel(word.charAt(n - 3));
    // loanwords take front endings after a back vowel too: cemaat → cemaati, saat → saati
    return (afterConsonant || buffered) && (harmonic(word, n - 1) || lenient(word.substring(0, n - 1)));
  }

  private static boolean harmonic(String word, int vowelAt) {
    for (int i = vowelAt - 1; i >= 0; i--) {
      char c = word.charAt(i);
      if (TurkishSuffixes.isVowel(c)) {
        String expected = switch (c) {
          case 'a', 'ı' -> "ı";
          case 'o', 'u' -> "u";
          case 'ö', 'ü' -> "ü";
          default -> "i";
        };
        return expected.charAt(0) == word.charAt(vowelAt);
      }
    }
    return false;
  }

  /** Loanwords ending in a back vowel + l (kontrol, protokol) or in -aat (saat) may take front endings. */
  private static boolean lenient(String lemma) {
    int n = lemma.length();
    return n >= 3 && (lemma.endsWith("aat")
        || (lemma.charAt(n - 1) == 'l' && "aıou".indexOf(lemma.charAt(n - 2)) >= 0));
  }
}
