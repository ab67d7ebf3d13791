package org.tandem.extract;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.okapi.common.ISegmenter;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.Range;
import net.sf.okapi.lib.segmentation.SRXDocument;

/**
 * Sentence segmentation with SRX rules (tandem's own by default), compiled once per language.
 *
 * <p>Okapi's {@link ISegmenter} keeps the result of the last call in fields, so one compiled segmenter
 * must not segment on two threads at once: {@link #split} synchronizes on it, and callers of
 * {@link #segmenter} that share it across threads must do the same.
 */
public final class SrxSegmenter {
  /** Classpath location of the SRX rules shipped with tandem. */
  public static final String BUNDLED_RULES = "/org/tandem/extract/tandem.srx";

  private final SRXDocument document;
  private final String origin;
  private final Map<String, ISegmenter> byLanguage = new ConcurrentHashMap<>();

  private SrxSegmenter(InputStream rules, String origin) {
    this.origin = origin;
    this.document = load(rules, origin);
  }

  /** Segments with tandem's bundled rules. */
  public SrxSegmenter() {
    this(openResource(BUNDLED_RULES), BUNDLED_RULES);
  }

  /** Segments with the rules of an SRX file. */
  public SrxSegmenter(Path srxFile) {
    this(openFile(srxFile), srxFile.toString());
  }

  /** Segments with the rules of an SRX resource on the classpath, e.g. Okapi's bundled default. */
  public static SrxSegmenter fromResource(String resource) {
    return new SrxSegmenter(openResource(resource), resource);
  }

  /** The sentences of a plain text in a language (BCP 47, e.g. "de", "tr-TR"), each trimmed, none empty. */
  public List<String> split(String text, String lang) {
    ISegmenter segmenter = segmenter(lang);
    List<Range> ranges;
    synchronized (segmenter) {
      segmenter.computeSegments(text);
      ranges = segmenter.getRanges();
    }
    List<String> sentences = new ArrayList<>();
    for (Range range : ranges) {
      String sentence = strip(text.substring(range.start, range.end));
      if (!sentence.isEmpty()) {
        sentences.add(sentence);
      }
    }
    return sentences;
  }

  /** The compiled segmenter for a language, compiled on first use and shared afterwards (not thread-safe). */
  public ISegmenter segmenter(String lang) {
    return byLanguage.computeIfAbsent(languageOf(lang), this::compile);
  }

  /** Where the rules came from, for messages. */
  public String origin() {
    return origin;
  }

  private ISegmenter compile(String language) {
    try {
      synchronized (document) {
        return document.compileLanguageRules(LocaleId.fromString(language), null);
      }
    } catch (RuntimeException e) {
      // PatternSyntaxException for a bad regex, SegmentationRuleException for a map to a missing rule set
      throw new IllegalArgumentException(
          "SRX rules in " + origin + " do not compile for language '" + language + "': " + e.getMessage(), e);
    }
  }

  private static String languageOf(String lang) {
    if (lang == null || lang.isBlank()) {
      throw new IllegalArgumentException("A language code is required for segmentation, e.g. \"de\" or \"tr\".");
    }
    String language = LocaleId.fromString(lang.strip()).getLanguage();
    if (language == null || language.isEmpty()) {
      throw new IllegalArgumentException("Not a language code: \"" + lang + "\"");
    }
    return language;
  }

  private static SRXDocument load(InputStream rules, String origin) {
    SRXDocument document = new SRXDocument();
    try (InputStream in = rules) {
      document.loadRules(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read SRX rules from " + origin, e);
    } catch (RuntimeException e) {
      // Okapi wraps XML errors in OkapiIOException; a missing element surfaces as a NullPointerException.
      throw new IllegalArgumentException("Not valid SRX rules: " + origin + ": " + e.getMessage(), e);
    }
    if (document.getAllLanguagesMaps().isEmpty() || document.getAllLanguageRules().isEmpty()) {
      throw new IllegalArgumentException("Not valid SRX rules: " + origin + " has no <languagerule> or <languagemap>");
    }
    return document;
  }

  private static InputStream openResource(String resource) {
    InputStream in = SrxSegmenter.class.getResourceAsStream(resource);
    if (in == null) {
      throw new UncheckedIOException(new FileNotFoundException("SRX rules not found on the classpath: " + resource));
    }
    return in;
  }

  private static InputStream openFile(Path srxFile) {
    try {
      return Files.newInputStream(srxFile);
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException("SRX rules file not found: " + srxFile, e);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read SRX rules file " + srxFile, e);
    }
  }

  /** Strips Unicode white space, including no-break spaces, which Okapi's own trimming keeps. */
  private static String strip(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isSpace(s.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
