package org.tandem.build;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/** Embeds a chapter's local images (PNG, JPEG, GIF) in the DOCX edition, at most a column wide. */
final class DocxImages {
  /** A column of the two-column table on A4: about 8.5 cm. */
  private static final int MAX_WIDTH_POINTS = 240;
  private static final Map<String, PictureType> TYPES = Map.of("png", PictureType.PNG, "jpg", PictureType.JPEG,
      "jpeg", PictureType.JPEG, "gif", PictureType.GIF);

  private DocxImages() {}

  /** Adds the image at {@code src} (relative to {@code base}) to the paragraph; false when it cannot. */
  static boolean add(XWPFParagraph p, Path base, String src, String alt) {
    if (base == null || src.isEmpty() || src.contains(":") || src.startsWith("/")) {
      return false; // web images are not fetched
    }
    Path file = base.resolve(src).normalize();
    String name = file.getFileName().toString();
    PictureType type = TYPES.get(name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT));
    if (type == null || !Files.isRegularFile(file)) {
      return false;
    }
    try {
      BufferedImage image = ImageIO.read(file.toFile());
      if (image == null) {
        return false;
      }
      double scale = Math.min(1.0, MAX_WIDTH_POINTS / (double) image.getWidth());
      try (InputStream in = Files.newInputStream(file)) {
        p.createRun().addPicture(in, type, alt.isEmpty() ? name : alt,
            Units.toEMU(image.getWidth() * scale), Units.toEMU(image.getHeight() * scale));
      }
      return true;
    } catch (IOException | InvalidFormatException e) {
      return false; // an unreadable image is shown as its alt text
    }
  }
}
