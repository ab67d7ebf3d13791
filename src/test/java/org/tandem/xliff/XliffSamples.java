package org.tandem.xliff;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tandem.model.Code;
import org.tandem.model.CodeKind;
import org.tandem.model.Content;
import org.tandem.model.Lang;
import org.tandem.model.Piece;
import org.tandem.model.State;
import org.tandem.model.Text;

/** Documents that the golden, schema and round-trip tests write; each name has a golden file. */
final class XliffSamples {
  private XliffSamples() {}

  /** The samples by name, in a fixed order. */
  static Map<String, XliffDocument> all() {
    Map<String, XliffDocument> all = new LinkedHashMap<>();
    all.put("minimal", minimal());
    all.put("codes", codes());
    all.put("states", states());
    all.put("characters", characters());
    all.put("tr-to-de", turkishSource());
    return all;
  }

  static Code open(int id, String type, String data) {
    return new Code(id, CodeKind.OPEN, type, data);
  }

  static Code close(int id, String type, String data) {
    return new Code(id, CodeKind.CLOSE, type, data);
  }

  static Code ph(int id, String type, String data) {
    return new Code(id, CodeKind.PLACEHOLDER, type, data);
  }

  /** Content from strings (text) and codes. */
  static Content content(Object... parts) {
    List<Piece> pieces = new java.util.ArrayList<>();
    for (Object part : parts) {
      pieces.add(part instanceof String s ? new Text(s) : (Piece) part);
    }
    return new Content(pieces);
  }

  static XliffDocument doc(String chapter, List<XliffUnit> units) {
    return new XliffDocument("chapters/de/" + chapter + ".md", chapter, Lang.DE, Lang.TR, units);
  }

  private static XliffDocument minimal() {
    return doc("osnabrueck", List.of(
        XliffUnit.of("p1s1", Content.text("Osnabrück ist eine Stadt."), null, State.NEW, List.of())));
  }

  private static XliffDocument codes() {
    Content bold = content("Die ", open(1, "bold", "**"), "Stadt", close(1, "bold", "**"), " liegt im Norden.");
    Content link = content("Siehe ", open(1, "link", "["), "die Webseite", close(1, "link", "](https://example.org/a?b=1&c=2 \"Titel\")"),
        ph(2, "HARD_LINE_BREAK", "\\\n"), ph(3, "image", "![Karte](karte.png)"), ".");
    Content linkTr = content(open(1, "link", "["), "Web sitesine", close(1, "link", "](https://example.org/a?b=1&c=2 \"Titel\")"),
        " bakınız", ph(2, "HARD_LINE_BREAK", "\\\n"), ph(3, "image", "![Karte](karte.png)"), ".");
    Content nested = content(open(1, "STRONG_EMPHASIS", "**"), "sehr ", open(2, "EMPHASIS", "_"), "wichtig",
        close(2, "EMPHASIS", "_"), close(1, "STRONG_EMPHASIS", "**"), " und ", ph(3, "CODE", "`a < b && c > d`"));
    Content isolated = content("Anfang ", open(4, "italic", "*"), "kursiv bis zum nächsten Satz.");
    Content isolatedEnd = content("Ende", close(4, "italic", "*"), " hier.", ph(5, "", "<br>"));
    return doc("codes", List.of(
        XliffUnit.of("p1s1", bold, content(open(1, "bold", "**"), "Şehir", close(1, "bold", "**"), " kuzeydedir."),
            State.TRANSLATED, List.of()),
        XliffUnit.of("p1s2", link, linkTr, State.NEEDS_UPDATE, List.of()),
        XliffUnit.of("p2s1", nested, null, State.NEW, List.of()),
        XliffUnit.of("p3s1", isolated, null, State.NEW, List.of()),
        XliffUnit.of("p3s2", isolatedEnd, null, State.NEW, List.of())));
  }

  private static XliffDocument states() {
    Content source = Content.text("Der Rat tagt.");
    Content target = Content.text("Meclis toplanıyor.");
    return doc("states", List.of(
        XliffUnit.of("new", source, null, State.NEW, List.of("Überschrift")),
        XliffUnit.of("new-prefilled", source, source, State.NEW, List.of()),
        XliffUnit.of("needs-update", source, target, State.NEEDS_UPDATE, List.of("Quelle geändert: \"tagt\"")),
        XliffUnit.of("translated", source, target, State.TRANSLATED, List.of("a", "b & <c>")),
        XliffUnit.of("reviewed", source, target, State.REVIEWED, List.of()),
        XliffUnit.of("final", source, target, State.FINAL, List.of())));
  }

  private static XliffDocument characters() {
    return doc("characters", List.of(
        XliffUnit.of("escapes", Content.text("a & b < c > d \" e ' f ]]> g {1} {{"),
            Content.text("a & b < c > d \" e ' f ]]> g {1} {{"), State.TRANSLATED, List.of()),
        XliffUnit.of("letters", Content.text("Straße, GROẞ, Ärger, Öl, Übel"),
            Content.text("İstanbul, ılık, Ağaç, ğ, Şişli, ş, İI ıi"), State.TRANSLATED, List.of()),
        XliffUnit.of("emoji", Content.text("Fahrrad 🚲 und 👩🏽‍🔬"), Content.text("Bisiklet 🚲 ve 👩🏽‍🔬"),
            State.TRANSLATED, List.of()),
        XliffUnit.of("spaces", Content.text("  zwei\u00a0Leer\tzeichen\nneue Zeile\r\nCRLF\rCR  "),
            Content.text("\u00a0iki\u202fboşluk\t\n  "), State.TRANSLATED, List.of()),
        XliffUnit.of("controls", Content.text("NUL\u0000 BEL\u0007 FF\u000c lone\ud800 FFFE\ufffe"),
            content("Ende\u0001", ph(1, "x", "<br>")), State.TRANSLATED, List.of()),
        new XliffUnit("no-preserve", Content.text("Zeilen   dürfen fließen"), null, State.NEW, List.of(), null, false)));
  }

  private static XliffDocument turkishSource() {
    return new XliffDocument("chapters/tr/izmir.md", "izmir", Lang.TR, Lang.DE, List.of(
        XliffUnit.of("p1s1", content("İzmir ", open(1, "bold", "**"), "güzel", close(1, "bold", "**")),
            content("Izmir ist ", open(1, "bold", "**"), "schön", close(1, "bold", "**")), State.FINAL, List.of())));
  }
}
