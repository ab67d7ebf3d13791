package org.tandem.build;

import java.util.List;
import java.util.Locale;
import org.tandem.model.Lang;

/** The back of the title page, in both languages: how much of the publication is still untranslated. */
final class Imprint {
  /** One paragraph in one language; {@code missing} when it reports untranslated text. */
  record Line(Lang lang, String text, boolean missing) {}

  private Imprint() {}

  /** The paragraphs, German first. */
  static List<Line> lines(Edition e) {
    if (e.untranslated() == 0) {
      return List.of(new Line(Lang.DE, "Alle Textabschnitte sind \u00fcbersetzt.", false),
          new Line(Lang.TR, "T\u00fcm metin birimleri \u00e7evrildi.", false));
    }
    String n = number(e.untranslated());
    String total = number(e.segments());
    String words = number(e.untranslatedWords());
    String allWords = number(e.words());
    return List.of(
        new Line(Lang.DE, "Diese Ausgabe ist noch nicht vollst\u00e4ndig \u00fcbersetzt: " + n + " von " + total
            + " Textabschnitten (" + words + " von " + allWords + " W\u00f6rtern) stehen noch in der "
            + "Originalsprache. Sie sind im Text farbig hinterlegt.", true),
        new Line(Lang.TR, "Bu bask\u0131n\u0131n \u00e7evirisi hen\u00fcz tamamlanmad\u0131: toplam " + total
            + " metin biriminden " + n + " tanesi (" + allWords + " kelimenin " + words + " tanesi) h\u00e2l\u00e2 "
            + "\u00f6zg\u00fcn dilinde. Bunlar metinde renkli zeminle g\u00f6sterilmi\u015ftir.", true));
  }

  /** A count as both languages write it: 4.100. */
  static String number(int n) {
    return String.format(Locale.GERMAN, "%,d", n);
  }
}
