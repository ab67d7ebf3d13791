package org.tandem.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Writes a seeded corpus of Markdown chapters of German and Turkish administrative prose: headings,
 * lists, emphasis, links, dates, ordinals and abbreviations, the constructs tandem's segmentation
 * and reassembly must handle. The same seed always gives the same bytes.
 *
 * <p>Usage: {@code CorpusGenerator OUTDIR CHAPTERS SENTENCES [SEED]}; every fifth chapter is Turkish.
 */
public final class CorpusGenerator {
  private static final List<String> CITIES_DE = List.of("Osnabrück", "Saarbrücken", "Altena", "Göttingen",
      "Würzburg", "Mülheim an der Ruhr", "Lüdenscheid", "Offenbach");
  private static final List<String> DISTRICTS_TR = List.of("Şişli", "Sultanbeyli", "Üsküdar", "Bağcılar",
      "Esenyurt", "Kadıköy", "Küçükçekmece", "Beyoğlu");
  private static final List<String> MONTHS_DE = List.of("Januar", "Februar", "März", "April", "Mai", "Juni",
      "Juli", "August", "September", "Oktober", "November", "Dezember");
  private static final List<String> MONTHS_TR = List.of("Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran",
      "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık");
  private static final List<String> NAMES_DE = List.of("Dr. Miriam Hoffmann", "Jürgen Weiß", "Prof. Dr. Anna Kröger",
      "Hr. Thomas Brandt", "Fr. Dr. Leyla Demir");
  private static final List<String> NAMES_TR = List.of("Prof. Dr. Ayşe Yıldırım", "Doç. Dr. İbrahim Çelik",
      "Av. Zeynep Arslan", "Dr. Mehmet Öztürk", "Şule Kaya");

  private static final List<String> SENTENCES_DE = List.of(
      "Die Kommune hat am {day}. {month} {year} ein neues **Integrationskonzept** beschlossen.",
      "Rund {pct} Prozent der Geflüchteten in {city} haben inzwischen eine Arbeit gefunden.",
      "Das Jobcenter berät u. a. zu Sprachkursen, Praktika und Ausbildung.",
      "Nach § 45a Abs. 1 AufenthG fördert der Bund die berufsbezogene Deutschsprachförderung.",
      "{name} leitet seit {year} das Team für Neuzugewanderte im Rathaus.",
      "Weitere Informationen gibt es [online](https://www.example.org/{slug}/info?id={n}).",
      "Die Beratungsstelle in der Hauptstr. {n} ist montags bis freitags geöffnet.",
      "Im {ordinal}. Jahrhundert war die Stadt ein Zentrum der Drahtindustrie.",
      "Viele Ehrenamtliche begleiten Familien z. B. zu Behörden, Ärzten bzw. Schulen.",
      "Die Ausländerbehörde bearbeitet ca. {thousands}.{hundreds} Anträge im Jahr.",
      "Der Stadtrat stellte dafür insgesamt {thousands}.{hundreds} Euro bereit.",
      "Als {ordinal}. Kommune im Landkreis eröffnete {city} ein *Welcome Center*.",
      "Die Integrationsbeauftragte lädt alle Vereine, Kirchengemeinden usw. zum Austausch ein.",
      "Für Rückfragen steht das Büro unter Tel. 0541 {n}{n} zur Verfügung.",
      "Die Kurse finden d. h. vormittags statt, damit Eltern ihre Kinder versorgen können.",
      "Seit dem {day}. {month} {year} gilt die neue Satzung (Vorlage Nr. VO/{year}/{n}).");
  private static final List<String> SENTENCES_TR = List.of(
      "Belediye {day} {month} {year} tarihinde yeni bir **uyum stratejisi** kabul etti.",
      "{city} ilçesindeki mültecilerin yüzde {pct} kadarı artık bir işte çalışıyor.",
      "İstihdam ofisi mesleki eğitim, dil kursları vb. konularda danışmanlık veriyor.",
      "{name}, {year} yılından beri göç ve uyum biriminin başında bulunuyor.",
      "Ayrıntılı bilgiye [internet sitemizden](https://www.example.org/{slug}/bilgi?no={n}) ulaşabilirsiniz.",
      "Danışma merkezi Atatürk Cad. No. {n} adresinde hafta içi her gün açık.",
      "{ordinal}. yüzyılda bölge önemli bir ticaret merkeziydi.",
      "Gönüllüler aileleri örn. hastanelere, okullara ve resmî kurumlara götürüyor.",
      "Belediye meclisi bu proje için toplam {thousands}.{hundreds} lira ayırdı.",
      "Kadın kooperatifi ilk ürünlerini {day} {month} {year} tarihinde satışa sundu.",
      "Muhtarlıklar, Sağlık Mah. {n}. Sok. gibi adreslerde düzenli bilgilendirme yapıyor.",
      "Kurslara katılan gençlerin yüzde {pct} kadarı sertifika aldı (bkz. Ek {n}).",
      "Sivil toplum kuruluşlarıyla birlikte *ortak bir eylem planı* hazırlandı.",
      "İlçede yaklaşık {thousands}.{hundreds} Suriyeli geçici koruma altında yaşıyor.");

  private final Random random;

  private CorpusGenerator(long seed) {
    this.random = new Random(seed);
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 3) {
      System.err.println("usage: CorpusGenerator OUTDIR CHAPTERS SENTENCES [SEED]");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    int chapters = Integer.parseInt(args[1]);
    int sentences = Integer.parseInt(args[2]);
    CorpusGenerator generator = new CorpusGenerator(args.length > 3 ? Long.parseLong(args[3]) : 42L);
    for (int c = 1; c <= chapters; c++) {
      boolean turkish = c % 5 == 0;
      Path file = out.resolve(turkish ? "tr" : "de").resolve(String.format("kapitel-%03d.md", c));
      Files.createDirectories(file.getParent());
      Files.writeString(file, generator.chapter(c, sentences, turkish), StandardCharsets.UTF_8);
    }
  }

  /** One chapter of about {@code sentences} sentences. */
  String chapter(int number, int sentences, boolean turkish) {
    StringBuilder md = new StringBuilder();
    md.append(turkish ? "# Bölüm " : "# Kapitel ").append(number).append(": ")
        .append(pick(turkish ? DISTRICTS_TR : CITIES_DE)).append("\n\n");
    int written = 0;
    int section = 1;
    while (written < sentences) {
      md.append("## ").append(turkish ? "Kısım " : "Abschnitt ").append(number).append('.').append(section++)
          .append("\n\n");
      written++;
      written += paragraph(md, turkish, Math.min(6, sentences - written));
      if (written < sentences && random.nextInt(3) == 0) {
        written += list(md, turkish, Math.min(4, sentences - written));
      }
      if (written < sentences && random.nextInt(5) == 0) {
        md.append("> ").append(sentence(turkish)).append('\n').append("\n");
        written++;
      }
    }
    return md.toString();
  }

  private int paragraph(StringBuilder md, boolean turkish, int max) {
    int n = Math.max(1, Math.min(max, 2 + random.nextInt(4)));
    for (int i = 0; i < n; i++) {
      md.append(i == 0 ? "" : " ").append(sentence(turkish));
    }
    md.append("\n\n");
    return n;
  }

  private int list(StringBuilder md, boolean turkish, int max) {
    int n = Math.max(1, Math.min(max, 2 + random.nextInt(3)));
    for (int i = 0; i < n; i++) {
      md.append(random.nextBoolean() ? "- " : (i + 1) + ". ").append(sentence(turkish)).append('\n');
    }
    md.append('\n');
    return n;
  }

  private String sentence(boolean turkish) {
    String s = pick(turkish ? SENTENCES_TR : SENTENCES_DE);
    return s.replace("{day}", String.valueOf(1 + random.nextInt(28)))
        .replace("{month}", pick(turkish ? MONTHS_TR : MONTHS_DE))
        .replace("{year}", String.valueOf(1990 + random.nextInt(35)))
        .replace("{pct}", String.valueOf(5 + random.nextInt(90)))
        .replace("{city}", pick(turkish ? DISTRICTS_TR : CITIES_DE))
        .replace("{name}", pick(turkish ? NAMES_TR : NAMES_DE))
        .replace("{slug}", turkish ? "ilce" : "stadt")
        .replace("{ordinal}", String.valueOf(2 + random.nextInt(19)))
        .replace("{thousands}", String.valueOf(1 + random.nextInt(98)))
        .replace("{hundreds}", String.format("%03d", random.nextInt(1000)))
        .replace("{n}", String.valueOf(1 + random.nextInt(99)));
  }

  private String pick(List<String> list) {
    return list.get(random.nextInt(list.size()));
  }
}
