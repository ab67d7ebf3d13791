package org.tandem.tm;

import java.util.ArrayList;
import java.util.List;
import org.tandem.model.Code;
import org.tandem.model.CodeKind;
import org.tandem.model.Content;
import org.tandem.model.Lang;
import org.tandem.model.Piece;
import org.tandem.model.State;
import org.tandem.model.Text;

/** Memory entries the TMX and memory tests share. */
final class TmSamples {
  private TmSamples() {}

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
    List<Piece> pieces = new ArrayList<>();
    for (Object part : parts) {
      pieces.add(part instanceof String s ? new Text(s) : (Piece) part);
    }
    return new Content(pieces);
  }

  static TmUnit de(String source, String target, String origin) {
    return new TmUnit(Lang.DE, Content.text(source), Content.text(target), origin, State.TRANSLATED, false, "", "");
  }

  /** Entries covering both directions, codes of every kind, context, states and awkward characters. */
  static List<TmUnit> all() {
    Content bold = content("Die ", open(1, "bold", "**"), "Kommune", close(1, "bold", "**"), " mietete Wohnungen.");
    Content boldTr = content(open(1, "bold", "**"), "Belediye", close(1, "bold", "**"), " konutlar kiraladı.");
    Content link = content("Mehr ", open(2, "link", "["), "online", close(2, "link", "](https://example.org/?a=1&b=2 \"Titel\")"),
        " und ", ph(3, "image", "![Logo](logo.png)"), ".");
    Content linkTr = content("Ayrıntılar ", open(2, "link", "["), "internette", close(2, "link",
        "](https://example.org/?a=1&b=2 \"Titel\")"), " ve ", ph(3, "image", "![Logo](logo.png)"), ".");
    Content half = content("Ende des ", close(4, "italic", "*"), "Satzes");
    return List.of(
        new TmUnit(Lang.DE, bold, boldTr, "altena-ehrenamt/s7", State.REVIEWED, false, "Wohnungen statt Sammelunterkunft", ""),
        new TmUnit(Lang.DE, link, linkTr, "altena-ehrenamt/s9", State.FINAL, false, "", "Einleitung"),
        new TmUnit(Lang.TR, Content.text("İlçede 19. yüzyıldan kalma bir çeşme var."),
            Content.text("Im Bezirk steht ein Brunnen aus dem 19. Jahrhundert."), "sisli/s3", State.TRANSLATED, false, "", ""),
        new TmUnit(Lang.DE, half, content("Cümlenin ", close(4, "italic", "*"), "sonu"), "x/s1", State.NEEDS_UPDATE, false, "", ""),
        new TmUnit(Lang.DE, Content.text("Zeile eins\r\nZeile  zwei\t<tab> & \"Zitat\" ß"),
            Content.text("Birinci satır\r\nİkinci  satır\t<sekme> & \"alıntı\" ı"), "x/s2", State.TRANSLATED, false, "", ""),
        new TmUnit(Lang.DE, Content.text("Einleitung"), Content.text("Giriş"), "x/s2", State.TRANSLATED, false,
            "Kapitel 1", "Im Jahr 2015 kamen viele Menschen."));
  }
}
