package org.tandem.terms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tandem.model.TandemException;
import org.tandem.store.AtomicFiles;

/**
 * Reads and writes a glossary in any of its formats: CSV by the {@code .csv} extension, TBX by
 * its root element ({@code martif} for TBX 2008, {@code tbx} for TBX v3), whatever the extension.
 */
public final class GlossaryFiles {
  private static final Pattern ROOT = Pattern.compile("<(?:[\\w.-]+:)?(martif|tbx)[\\s>/]");

  private GlossaryFiles() {}

  /** The format of an existing file: TBX when its first element says so, CSV otherwise. */
  public static GlossaryFormat detect(Path file) {
    if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
      return GlossaryFormat.CSV;
    }
    byte[] head = new byte[8192];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, head.length);
    } catch (IOException e) {
      throw new TandemException(file.toString(), 0, 0, null, "cannot read the glossary: " + e.getMessage(), e);
    }
    String text = new String(head, 0, n, StandardCharsets.UTF_8).replaceAll("(?s)<!--.*?-->", "");
    Matcher m = ROOT.matcher(text);
    if (m.find()) {
      return m.group(1).equals("martif") ? GlossaryFormat.TBX2008 : GlossaryFormat.TBX3;
    }
    return GlossaryFormat.CSV;
  }

  /** The format a file name asks for when writing: CSV for {@code .csv}, TBX 2008 (read by most CAT tools) otherwise. */
  public static GlossaryFormat forName(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")
        ? GlossaryFormat.CSV : GlossaryFormat.TBX2008;
  }

  /** Reads a glossary in whatever format it is; {@code displayName} names it in errors. */
  public static Glossary read(Path file, String displayName) {
    if (!Files.isRegularFile(file)) {
      throw new TandemException(displayName, 0, "the glossary file does not exist");
    }
    return switch (detect(file)) {
      case CSV -> new GlossaryCsv().read(file, displayName);
      case TBX2008 -> TbxFiles.read(file, displayName, TbxDialect.V2008);
      case TBX3 -> TbxFiles.read(file, displayName, TbxDialect.V3);
    };
  }

  /**
   * The languages a glossary file holds terms in (lower case, sorted), to say why a file gave no German or
   * Turkish entry; empty for CSV, whose columns are always de and tr.
   */
  public static List<String> languages(Path file, String displayName) {
    return switch (detect(file)) {
      case CSV -> List.of();
      case TBX2008 -> TbxFiles.languages(TbxFiles.tree(file, displayName), TbxDialect.V2008);
      case TBX3 -> TbxFiles.languages(TbxFiles.tree(file, displayName), TbxDialect.V3);
    };
  }

  /** The text of a glossary in a format. */
  public static String format(Glossary glossary, GlossaryFormat format) {
    return switch (format) {
      case CSV -> new GlossaryCsv().format(glossary);
      case TBX2008 -> TbxFiles.format(glossary, TbxDialect.V2008);
      case TBX3 -> TbxFiles.format(glossary, TbxDialect.V3);
    };
  }

  /** Writes a glossary atomically in a format. */
  public static void write(Glossary glossary, Path file, GlossaryFormat format) {
    try {
      AtomicFiles.write(file, format(glossary, format));
    } catch (UncheckedIOException e) {
      throw new TandemException(file.toString(), 0, 0, null, "cannot write the glossary: " + e.getCause(), e);
    }
  }
}
