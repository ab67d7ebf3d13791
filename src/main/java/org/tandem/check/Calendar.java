package org.tandem.check;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tandem.model.Lang;

/** Month and weekday names, number words and multipliers of German and Turkish, for {@link Numerals}. */
final class Calendar {
  private static final Map<String, String> DE_MONTHS = index(List.of(
      "januar jänner", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
      "oktober", "november", "dezember"));
  private static final Map<String, String> TR_MONTHS = index(List.of(
      "ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim",
      "kasım", "aralık"));
  private static final Map<String, String> DE_MONTH_ABBREVIATIONS = index(List.of(
      "jan", "feb", "mär mrz", "apr", "", "jun", "jul", "aug", "sep sept", "okt", "nov", "dez"));
  private static final Map<String, String> TR_MONTH_ABBREVIATIONS = index(List.of(
      "oca", "şub", "", "nis", "", "haz", "tem", "ağu", "eyl", "eki", "kas", "ara"));
  /** Turkish month names that are also common words (stove, sowing, interval, a name): need a date around. */
  private static final Set<String> TR_AMBIGUOUS = Set.of("ocak", "ekim", "aralık", "kasım", "mart");
  private static final List<String> DE_WEEKDAYS = List.of(
      "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag sonnabend", "sonntag");
  private static final List<String> TR_WEEKDAYS = List.of(
      "pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar");
  private static final Map<String, BigDecimal> MULTIPLIERS = Map.of(
      "tausend", BigDecimal.valueOf(1000), "tsd", BigDecimal.valueOf(1000), "bin", BigDecimal.valueOf(1000),
      "million", BigDecimal.valueOf(1_000_000), "millionen", BigDecimal.valueOf(1_000_000),
      "mio", BigDecimal.valueOf(1_000_000), "milyon", BigDecimal.valueOf(1_000_000),
      "milliarde", BigDecimal.valueOf(1_000_000_000), "milliarden", BigDecimal.valueOf(1_000_000_000),
      "milyar", BigDecimal.valueOf(1_000_000_000));
  /** Number words, cardinal and ordinal stems, by value (German word forms end in e, en, er, em, es, s). */
  private static final Map<String, List<String>> DE_WORDS = words(
      "0 null|1 ein eins erst|2 zwei zweit beid|3 drei dritt|4 vier viert|5 fünf fünft|6 sechs sechst|"
      + "7 sieben siebt|8 acht|9 neun neunt|10 zehn zehnt|11 elf elft|12 zwölf zwölft|100 hundert|1000 tausend");
  private static final Map<String, List<String>> TR_WORDS = words(
      "0 sıfır|1 bir ilk|2 iki|3 üç|4 dört dörd|5 beş|6 altı|7 yedi|8 sekiz|9 dokuz|10 on onun|"
      + "11 onbir|12 oniki|100 yüz|1000 bin");

  private static final Set<String> TR_NUMBER_SUFFIXES = Set.of("e", "a", "i", "ı", "in", "ın", "de", "da",
      "den", "dan", "lik", "luk", "lerce", "larca", "ler", "lar", "e kadar");

  /**
   * Every month, weekday, multiplier, Uhr and saat as a key of its first four letters (lower case, packed
   * in a long; three-letter names whole), so that common words such as "die" or "mit" need no closer look.
   */
  private static final long[] PREFIXES = prefixes();
  private static final long BIN = pack("bin", 0, 3);

  private Calendar() {}

  /**
   * False for a word that cannot be a month, weekday, multiplier, Uhr or saat: a test on its first three
   * letters, without lower-casing or copying the word, as most words are none of these.
   */
  static boolean mayName(String text, int start, int end) {
    if (end - start < 3) {
      return false;
    }
    // bin takes Turkish suffixes without an apostrophe: 10 binden, 5 bine
    return java.util.Arrays.binarySearch(PREFIXES, pack(text, start, end)) >= 0
        || end - start > 3 && pack(text, start, start + 3) == BIN;
  }

  /** The first four letters of a word (all three of a three-letter word), lower case, in a long. */
  private static long pack(CharSequence s, int at, int end) {
    long key = 0;
    for (int i = at; i < Math.min(end, at + 4); i++) {
      key = (key << 16) | Character.toLowerCase(s.charAt(i));
    }
    return key;
  }

  private static long[] prefixes() {
    java.util.TreeSet<Long> all = new java.util.TreeSet<>();
    List<String> names = new java.util.ArrayList<>(List.of("uhr", "saat", "bin", "tsd", "mio", "mrd"));
    names.addAll(DE_MONTHS.keySet());
    names.addAll(TR_MONTHS.keySet());
    names.addAll(DE_MONTH_ABBREVIATIONS.keySet());
    names.addAll(TR_MONTH_ABBREVIATIONS.keySet());
    DE_WEEKDAYS.forEach(d -> names.addAll(List.of(d.split(" "))));
    names.addAll(TR_WEEKDAYS);
    names.addAll(MULTIPLIERS.keySet());
    for (String name : names) {
      if (name.length() >= 3) {
        all.add(pack(name, 0, name.length()));
      }
    }
    return all.stream().mapToLong(Long::longValue).toArray();
  }

  /** The month a word names ("5"), or null; ambiguous Turkish names count only next to a number or mid-sentence. */
  static String month(String word, String lower, Lang lang, boolean textStart, boolean afterNumber) {
    boolean capital = Character.isUpperCase(word.charAt(0));
    if (lang == Lang.DE) {
      String m = capital ? DE_MONTHS.get(lower) : null;
      return m != null || !afterNumber || !capital ? m : DE_MONTH_ABBREVIATIONS.get(lower);
    }
    String m = TR_MONTHS.get(lower);
    if (m != null) {
      boolean ambiguous = TR_AMBIGUOUS.contains(lower);
      return !ambiguous || (capital && (afterNumber || !textStart)) ? m : null;
    }
    return afterNumber ? TR_MONTH_ABBREVIATIONS.get(lower) : null;
  }

  /** The weekday a lower-case word names, 1 (Monday) to 7, or 0 (German Montags and Montagabend count). */
  static int weekday(String lower, Lang lang) {
    if (lang == Lang.DE) {
      for (int d = 0; d < 7; d++) {
        for (String name : DE_WEEKDAYS.get(d).split(" ")) {
          if (lower.startsWith(name)) {
            return d + 1;
          }
        }
      }
      return 0;
    }
    for (int d : new int[] {5, 0, 1, 2, 3, 4, 6}) { // cumartesi before cuma, pazartesi before pazar
      String name = TR_WEEKDAYS.get(d);
      if (lower.startsWith(name) && !lower.startsWith("salın") && !lower.startsWith("pazarla")
          && !lower.startsWith("pazarlı")) {
        return d + 1;
      }
    }
    return 0;
  }

  /** The factor of a word after a number (bin, Tausend, Millionen; Turkish also with a suffix: binden), or null. */
  static BigDecimal multiplier(String lower) {
    BigDecimal factor = MULTIPLIERS.get(lower);
    if (factor != null) {
      return factor;
    }
    for (String stem : new String[] {"bin", "milyon", "milyar"}) {
      if (lower.startsWith(stem) && TR_NUMBER_SUFFIXES.contains(lower.substring(stem.length()))) {
        return MULTIPLIERS.get(stem);
      }
    }
    return null;
  }

  /**
   * True when month {@code value} is named among {@code words} in any form, also where it was not
   * read as a month (Ekim ayında at a sentence's start: ekim is also "sowing").
   */
  static boolean monthNamed(String value, Set<String> words, Lang lang) {
    Map<String, String> months = lang == Lang.DE ? DE_MONTHS : TR_MONTHS;
    for (String word : words) {
      if (value.equals(months.get(word))) {
        return true;
      }
    }
    return false;
  }

  /** True when a value up to 12 (or 100, 1000) is written as a word among {@code words}. */
  static boolean spelledOut(String value, Set<String> words, Lang lang) {
    List<String> stems = (lang == Lang.DE ? DE_WORDS : TR_WORDS).get(value);
    if (stems == null) {
      return false;
    }
    for (String word : words) {
      for (String stem : stems) {
        if (word.equals(stem) || (word.startsWith(stem) && inflected(word.substring(stem.length()), lang))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean inflected(String ending, Lang lang) {
    if (lang == Lang.DE) {
      return ending.length() <= 3 && ending.matches("(e|en|er|em|es|s|ens|ten|te|ter|tes|tem|st|ste|sten|ster)");
    }
    // Turkish: a case or possessive ending, or the ordinal -(i)nci and the distributive -(ş)er
    return ending.length() <= 6 && (ending.startsWith("inci") || ending.startsWith("ıncı") || ending.startsWith("üncü")
        || ending.startsWith("uncu") || ending.startsWith("er") || ending.startsWith("ar") || ending.startsWith("şer")
        || ending.length() <= 4);
  }

  private static Map<String, String> index(List<String> names) {
    Map<String, String> map = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      for (String name : names.get(i).split(" ")) {
        if (!name.isEmpty()) {
          map.put(name, Integer.toString(i + 1));
        }
      }
    }
    return Map.copyOf(map);
  }

  private static Map<String, List<String>> words(String spec) {
    Map<String, List<String>> map = new HashMap<>();
    for (String entry : spec.split("\\|")) {
      String[] parts = entry.split(" ");
      map.put(parts[0], List.of(parts).subList(1, parts.length));
    }
    return Map.copyOf(map);
  }
}
