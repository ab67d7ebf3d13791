package org.tandem.workflow;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.TreeMap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.tandem.extract.ExtractedDocument;
import org.tandem.extract.SrxSegmenter;
import org.tandem.format.DocumentFormat;
import org.tandem.format.Formats;
import org.tandem.model.Chapter;
import org.tandem.model.Lang;
import org.tandem.model.TandemException;
import org.tandem.store.Workspace;
import org.tandem.store.WorkspaceConfig;
import org.tandem.terms.Glossary;
import org.tandem.terms.GlossaryFiles;

/**
 * A workspace with the tools its commands share, each built once on first use: the sentence
 * segmenter and the glossary. Chapters are read through their document format. Safe to use from
 * several threads at once.
 */
public final class Project {
  /**
   * The version of what all formats share (alignment, sentence splitting): raise it with any change
   * there that can give a document other segments. Each format has its own version besides.
   */
  static final int EXTRACTION_VERSION = 1;

  private final Workspace workspace;
  private SrxSegmenter segmenter;
  private Glossary glossary;
  private String rulesDigest;
  private final Map<String, String> formatDigests = new ConcurrentHashMap<>();

  /** Wraps an opened workspace. */
  public Project(Workspace workspace) {
    this.workspace = workspace;
  }

  /** The workspace on disk. */
  public Workspace workspace() {
    return workspace;
  }

  /**
   * The workspace's sentence segmenter: the SRX file of settings.segmentation (or tandem's built-in
   * rules when it is empty) plus the extra abbreviations of settings.abbreviations. The rules of a
   * language are compiled when a chapter in it is first extracted.
   */
  public synchronized SrxSegmenter segmenter() {
    if (segmenter == null) {
      WorkspaceConfig config = workspace.config();
      String rules = config.segmentation();
      try {
        segmenter = rules.isEmpty() ? SrxSegmenter.bundled(config.abbreviations())
            : SrxSegmenter.fromFile(rulesFile(rules), rules, config.abbreviations());
      } catch (IllegalArgumentException | UncheckedIOException e) {
        throw rulesError(e);
      }
    }
    return segmenter;
  }

  /** Compiles the rules of a language, once; broken rules are the workspace's error, not an internal one. */
  private void compileRules(Lang lang) {
    try {
      segmenter().engine(lang.code());
    } catch (IllegalArgumentException e) {
      throw rulesError(e);
    }
  }

  private static TandemException rulesError(RuntimeException e) {
    // messages about rules name the rules file already; those about abbreviations point at tandem.json
    String file = e.getMessage().startsWith("settings.") ? Workspace.CONFIG : null;
    return new TandemException(file, 0, 0, null, e.getMessage(), e);
  }

  private Path rulesFile(String rules) {
    Path file = workspace.resolve(rules);
    if (!Files.isRegularFile(file)) {
      throw new TandemException(Workspace.CONFIG, 0, "the segmentation rules file '" + rules
          + "' named in settings.segmentation does not exist (set it to \"\" for tandem's built-in rules)");
    }
    return file;
  }

  /** The workspace's glossary, read once. */
  public synchronized Glossary glossary() {
    if (glossary == null) {
      String name = workspace.config().glossary();
      Path file = workspace.resolve(name);
      if (!Files.isRegularFile(file)) {
        throw new TandemException(name, 0, "the glossary file is missing (settings.glossary in tandem.json)");
      }
      glossary = GlossaryFiles.read(file, name);
    }
    return glossary;
  }

  /** Reads and segments a chapter's current source file. */
  public ExtractedDocument extract(Chapter chapter) {
    return extract(chapter, source(chapter));
  }

  /** Segments a chapter's source read before, in the chapter's format. */
  public ExtractedDocument extract(Chapter chapter, Source source) {
    DocumentFormat format = Formats.of(chapter);
    compileRules(chapter.sourceLang());
    return format.read(source.bytes(), chapter.file(), chapter.sourceLang(), segmenter());
  }

  /**
   * A chapter's source file as read.
   *
   * @param bytes its bytes
   * @param sha256 their SHA-256 (hex)
   */
  public record Source(byte[] bytes, String sha256) {}

  /** Reads a chapter's source file. */
  public Source source(Chapter chapter) {
    Path file = workspace.resolve(chapter.file());
    if (!Files.isRegularFile(file)) {
      throw new TandemException(chapter.file(), 0, "the source of chapter '" + chapter.id() + "' is missing");
    }
    try {
      byte[] bytes = Files.readAllBytes(file);
      return new Source(bytes, sha256(bytes));
    } catch (IOException e) {
      throw new TandemException(chapter.file(), 0, "cannot read the file: " + e.getMessage());
    }
  }

  /**
   * The digest of what decides how a chapter's source becomes segments besides the source itself:
   * {@link #rulesDigest()} and the chapter's format with its version. Unknown formats get none of
   * their own (reading the chapter reports them).
   */
  public String rulesDigest(Chapter chapter) {
    String format;
    try {
      DocumentFormat f = Formats.of(chapter);
      format = f.name() + " " + f.version();
    } catch (TandemException e) {
      format = "unknown";
    }
    return formatDigests.computeIfAbsent(format,
        f -> sha256((rulesDigest() + "\nformat " + f).getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * The digest of what decides how sources become segments for every format: tandem's extraction
   * version, the segmentation rules (the file's bytes, or the built-in rules') and the workspace's
   * abbreviations. Reads the rules file, does not compile it.
   */
  public synchronized String rulesDigest() {
    if (rulesDigest == null) {
      WorkspaceConfig config = workspace.config();
      String rules = config.segmentation();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      all.writeBytes(("tandem extraction " + EXTRACTION_VERSION + "\n").getBytes(StandardCharsets.UTF_8));
      try {
        if (rules.isEmpty()) {
          try (InputStream in = SrxSegmenter.class.getResourceAsStream(SrxSegmenter.BUNDLED_RULES)) {
            all.writeBytes(in.readAllBytes());
          }
        } else {
          all.writeBytes(Files.readAllBytes(rulesFile(rules)));
        }
      } catch (IOException e) {
        throw new TandemException(rules, 0, "cannot read the segmentation rules: " + e.getMessage());
      }
      all.writeBytes(("\n" + new TreeMap<>(config.abbreviations())).getBytes(StandardCharsets.UTF_8));
      rulesDigest = sha256(all.toByteArray());
    }
    return rulesDigest;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
