package org.tandem.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.tandem.model.TandemException;

/**
 * The font family the PDF edition embeds: a regular face that covers German and Turkish, and its bold,
 * italic and bold italic faces where they exist (else the regular face stands in). Fonts are not shipped
 * with tandem: they are taken from {@code --font}, from the usual Debian folders of DejaVu, Noto and
 * Liberation, or from fontconfig.
 *
 * @param regular the regular face
 * @param bold the bold face
 * @param italic the italic (oblique) face
 * @param boldItalic the bold italic face
 */
public record EditionFonts(Path regular, Path bold, Path italic, Path boldItalic) {
  /** Letters a German–Turkish edition cannot do without. */
  static final String REQUIRED = "ÄÖÜäöüßÇçĞğİıŞşÂâÎîÛû„“‚‘’–…";

  private static final List<String[]> FAMILIES = List.of(
      new String[] {"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "DejaVuSans-Bold.ttf",
          "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"},
      new String[] {"/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf", "NotoSans-Bold.ttf",
          "NotoSans-Italic.ttf", "NotoSans-BoldItalic.ttf"},
      new String[] {"/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf",
          "LiberationSans-Italic.ttf", "LiberationSans-BoldItalic.ttf"});

  /** The family of {@code font} (its siblings named -Bold, -Italic/-Oblique ...), or the system's. */
  public static EditionFonts find(Path font) {
    if (font != null) {
      if (!Files.isRegularFile(font)) {
        throw new TandemException(font.toString(), 0, "font file not found");
      }
      return checked(siblings(font));
    }
    for (String[] family : FAMILIES) {
      Path regular = Path.of(family[0]);
      if (Files.isRegularFile(regular)) {
        Path dir = regular.getParent();
        return checked(new EditionFonts(regular, or(dir.resolve(family[1]), regular), or(dir.resolve(family[2]),
            regular), or(dir.resolve(family[3]), regular)));
      }
    }
    Path matched = fontconfig();
    if (matched != null) {
      return checked(siblings(matched));
    }
    throw new TandemException("", 0, "no font for the PDF edition: install one that covers German and Turkish "
        + "(Debian: apt-get install fonts-dejavu-core) or name a TrueType file with --font FILE");
  }

  /** The faces beside a regular face, named as DejaVu, Noto and Liberation name them. */
  static EditionFonts siblings(Path regular) {
    String name = regular.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot);
    String base = (dot < 0 ? name : name.substring(0, dot)).replaceFirst("-(Regular|Book|Roman)$", "");
    Path dir = regular.toAbsolutePath().getParent();
    return new EditionFonts(regular, first(dir, regular, base, ext, "-Bold"),
        first(dir, regular, base, ext, "-Italic", "-Oblique"),
        first(dir, regular, base, ext, "-BoldItalic", "-BoldOblique"));
  }

  /** Every face as a list: regular, bold, italic, bold italic. */
  public List<Path> faces() {
    return List.of(regular, bold, italic, boldItalic);
  }

  private static Path first(Path dir, Path otherwise, String base, String ext, String... suffixes) {
    for (String suffix : suffixes) {
      Path p = dir.resolve(base + suffix + ext);
      if (Files.isRegularFile(p)) {
        return p;
      }
    }
    return otherwise;
  }

  private static Path or(Path p, Path otherwise) {
    return Files.isRegularFile(p) ? p : otherwise;
  }

  /** The family, once every face is known to be a TrueType font with the letters German and Turkish need. */
  private static EditionFonts checked(EditionFonts fonts) {
    for (Path face : new java.util.LinkedHashSet<>(fonts.faces())) {
      String missing = missing(face);
      if (!missing.isEmpty()) {
        throw new TandemException(face.toString(), 0, "the font has no glyph for " + missing
            + ": choose one that covers German and Turkish with --font FILE");
      }
    }
    return fonts;
  }

  /** The required letters the font lacks. */
  static String missing(Path face) {
    try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(face.toFile()))) {
      CmapLookup cmap = ttf.getUnicodeCmapLookup(false);
      StringBuilder missing = new StringBuilder();
      REQUIRED.codePoints().filter(c -> cmap == null || cmap.getGlyphId(c) == 0).forEach(missing::appendCodePoint);
      return missing.toString();
    } catch (IOException | RuntimeException e) {
      throw new TandemException(face.toString(), 0, "not a TrueType font that can be embedded in a PDF ("
          + e.getMessage() + "); name a .ttf file with --font FILE");
    }
  }

  /** The file fontconfig chooses for a sans-serif face with Turkish, or null without fontconfig. */
  private static Path fontconfig() {
    try {
      Process p = new ProcessBuilder("fc-match", "-f", "%{file}", "sans-serif:lang=tr:style=Regular")
          .redirectErrorStream(true).start();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
        return null;
      }
      String file = new String(out, StandardCharsets.UTF_8).strip();
      return file.endsWith(".ttf") && Files.isRegularFile(Path.of(file)) ? Path.of(file) : null;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}
