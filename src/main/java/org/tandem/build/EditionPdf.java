package org.tandem.build;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The print edition: the single-page HTML edition rendered to PDF with its print CSS (paged media:
 * page numbers, running heads, table of contents page numbers) by openhtmltopdf, the font embedded
 * as a subset. Only local files are read: a chapter linking to an image on the web gets no image.
 */
public final class EditionPdf {
  /** The family name edition.css asks for first. */
  static final String FAMILY = "Edition";

  static {
    XRLog.setLoggingEnabled(false); // its messages are about the renderer's internals, not the publication
  }

  private EditionPdf() {}

  /**
   * The PDF of {@code xhtml}.
   *
   * @param xhtml the HTML edition ({@link EditionHtml#page})
   * @param fonts the faces to embed
   * @param base the folder relative links and images are resolved against
   */
  public static byte[] render(String xhtml, EditionFonts fonts, Path base) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    String uri = base.toAbsolutePath().toUri().toString();
    // a folder's URI ends in '/' only once the folder exists; the edition's is not written yet
    builder.withHtmlContent(xhtml, uri.endsWith("/") ? uri : uri + "/");
    builder.useFont(fonts.regular().toFile(), FAMILY, 400, FontStyle.NORMAL, true);
    builder.useFont(fonts.bold().toFile(), FAMILY, 700, FontStyle.NORMAL, true);
    builder.useFont(fonts.italic().toFile(), FAMILY, 400, FontStyle.ITALIC, true);
    builder.useFont(fonts.boldItalic().toFile(), FAMILY, 700, FontStyle.ITALIC, true);
    builder.useExternalResourceAccessControl((resource, type) -> resource != null && resource.startsWith("file:"),
        ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
    builder.withProducer("tandem");
    builder.toStream(out);
    try {
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
