package org.tandem.check;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.tandem.model.Lang;

/**
 * The numbers, dates and times of a text, as values that German and Turkish write alike. Both
 * languages write 1.000,5; a translator may also write 1000,5 or 1 000,5, so thousands separators
 * are dropped. Dates and times are taken apart into their numbers (10.05.2021, "10. Mai 2021" and
 * "10 Mayıs 2021" all give 10, 5 and 2021; "14:30 Uhr" and "saat 14.30" give 14 and 30), month names
 * count as their number, weekdays are kept apart (1 = Monday). A Turkish suffix after an apostrophe
 * (2021'de, %50'si) ends a number; "10 bin" and "10 Tausend" count as 10000.
 *
 * @param values every value (numbers and date parts), normalised: 1000.5, 2021, 5
 * @param loose the values with decimal commas read as separators (1,2 = 1 and 2), for lists
 * @param dated the values that were part of a date or time, or were a month or weekday name
 * @param weekdays the weekdays named, 1 (Monday) to 7
 * @param text the text read
 * @param lang its language
 */
record Numerals(Set<String> values, Set<String> loose, Set<String> dated, Set<Integer> weekdays, String text, Lang lang) {
  /** The numerals of a text (links and placeholders already masked). */
  static Numerals of(String text, Lang lang) {
    Scanner s = new Scanner(text, lang);
    s.run();
    return new Numerals(s.values, s.loose, s.dated, s.weekdays, text, lang);
  }

  /** The text's words in lower case, to accept numbers and months written as words (read only when needed). */
  Set<String> words() {
    Set<String> words = new HashSet<>();
    int i = 0;
    while (i < text.length()) {
      int start = i;
      while (i < text.length() && Character.isLetter(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        words.add(text.substring(start, i).toLowerCase(lang.locale()));
      } else {
        i++;
      }
    }
    return words;
  }

  /** True when the text has no digit and no month or weekday name. */
  boolean isEmpty() {
    return values.isEmpty();
  }

  /** Reads a text once, left to right. */
  private static final class Scanner {
    private final String t;
    private final Lang lang;
    final Set<String> values = new HashSet<>();
    final Set<String> loose = new HashSet<>();
    final Set<String> dated = new HashSet<>();
    final Set<Integer> weekdays = new HashSet<>();
    private int monthEnd = -10;
    private String lastWord = "";
    private int lastNumberEnd = -10;
    private String lastValue;

    Scanner(String text, Lang lang) {
      this.t = text;
      this.lang = lang;
    }

    void run() {
      int i = 0;
      while (i < t.length()) {
        char c = t.charAt(i);
        if (c >= '0' && c <= '9') {
          i = number(i);
        } else if (Character.isLetter(c)) {
          i = word(i);
        } else {
          i++;
        }
      }
    }

    private int word(int start) {
      int i = start;
      while (i < t.length() && Character.isLetter(t.charAt(i))) {
        i++;
      }
      boolean afterNumber = start - lastNumberEnd <= 2;
      if (!Calendar.mayName(t, start, i)) {
        lastWord = i - start == 4 && t.regionMatches(true, start, "saat", 0, 4) ? "saat" : "";
        return i; // no month, weekday, multiplier or Uhr begins so
      }
      String word = t.substring(start, i);
      String lower = word.toLowerCase(lang.locale());
      String month = Calendar.month(word, lower, lang, start == 0, afterNumber);
      if (month != null) {
        add(month, month, true);
        monthEnd = i;
        if (afterNumber && lastValue != null) {
          dated.add(lastValue);
        }
      } else {
        int day = Calendar.weekday(lower, lang);
        if (day > 0) {
          weekdays.add(day);
        } else if (afterNumber && lastValue != null) {
          afterNumberWord(lower);
        }
      }
      lastWord = lower;
      return i;
    }

    /** A word right after a number: Uhr makes it a time, bin/Tausend/Millionen a multiple. */
    private void afterNumberWord(String lower) {
      if (lower.equals("uhr")) {
        dated.add(lastValue);
        return;
      }
      BigDecimal factor = Calendar.multiplier(lower);
      if (factor != null) {
        values.remove(lastValue);
        loose.remove(lastValue);
        String multiplied = normal(new BigDecimal(lastValue).multiply(factor));
        add(multiplied, multiplied, dated.contains(lastValue));
        lastValue = multiplied;
      }
    }

    private int number(int start) {
      int i = digits(start);
      StringBuilder whole = new StringBuilder(t.substring(start, i));
      boolean grouped = i - start <= 3;
      while (grouped && i < t.length() && isGroupSeparator(t.charAt(i)) && threeDigits(i + 1)) {
        whole.append(t, i + 1, i + 4);
        i += 4;
      }
      String fraction = null;
      if (i + 1 < t.length() && t.charAt(i) == ',' && isDigit(i + 1)) {
        int end = digits(i + 1);
        fraction = t.substring(i + 1, end);
        i = end;
      }
      boolean date = isDateJoint(start - 1) || isDateJoint(i) || "saat".equals(lastWord) || start - monthEnd <= 2
          || (start - lastNumberEnd == 1 && start > 0 && (t.charAt(start - 1) == '.' || t.charAt(start - 1) == ':'));
      if (start - lastNumberEnd == 1 && date && lastValue != null) {
        dated.add(lastValue);
      }
      String digits = whole.toString();
      if (digits.length() >= 2 && digits.chars().allMatch(ch -> ch == '0') && fraction == null) {
        lastNumberEnd = i; // the minutes of 14.00: "14 Uhr" says the same
        lastValue = null;
        return i;
      }
      String value = normal(new BigDecimal(fraction == null ? digits : digits + "." + fraction));
      add(value, null, date);
      loose.add(normal(new BigDecimal(digits)));
      if (fraction != null) {
        loose.add(normal(new BigDecimal(fraction)));
      }
      lastNumberEnd = i;
      lastValue = value;
      return i;
    }

    private void add(String value, String looseValue, boolean date) {
      values.add(value);
      if (looseValue != null) {
        loose.add(looseValue);
      }
      if (date) {
        dated.add(value);
      }
    }

    /** A '.' or ':' between two digits, as in 10.05.2021 and 14:30 (not a thousands group). */
    private boolean isDateJoint(int at) {
      if (at <= 0 || at + 1 >= t.length()) {
        return false;
      }
      char c = t.charAt(at);
      return (c == '.' || c == ':') && isDigit(at - 1) && isDigit(at + 1);
    }

    private int digits(int from) {
      int i = from;
      while (i < t.length() && isDigit(i)) {
        i++;
      }
      return i;
    }

    private boolean threeDigits(int at) {
      return at + 3 <= t.length() && isDigit(at) && isDigit(at + 1) && isDigit(at + 2)
          && (at + 3 == t.length() || !isDigit(at + 3));
    }

    private boolean isDigit(int at) {
      char c = t.charAt(at);
      return c >= '0' && c <= '9';
    }

    private static boolean isGroupSeparator(char c) {
      return c == '.' || c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009';
    }
  }

  /** A number without leading zeros or trailing fraction zeros: 05 → 5, 5,00 → 5, 1000,50 → 1000.5. */
  static String normal(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    if (stripped.scale() < 0) {
      stripped = stripped.setScale(0);
    }
    return stripped.toPlainString().toLowerCase(Locale.ROOT);
  }
}
