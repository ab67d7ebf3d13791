package org.tandem.extract;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.okapi.common.ISegmenter;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.Range;
import net.sf.okapi.lib.segmentation.SRXDocument;
import org.tandem.model.Lang;

/**
 * Sentence segmentation with SRX rules (tandem's own by default), compiled once per language, plus a
 * workspace's extra abbreviations.
 *
 * <p>Segmenting goes through {@link #engine}, tandem's {@link SrxEngine}: the same segments as Okapi's
 * engine, faster, and safe to share between threads. Okapi's own {@link ISegmenter} ({@link #segmenter})
 * keeps the result of the last call in fields, so callers that share it across threads must synchronize.
 */
public final class SrxSegmenter {
  /** Classpath location of the SRX rules shipped with tandem. */
  public static final String BUNDLED_RULES = "/org/tandem/extract/tandem.srx";

  private final SRXDocument document;
  private final String origin;
  private final AbbreviationRules abbreviations;
  private final Map<String, List<Integer>> ruleLines;
  private final Map<String, ISegmenter> byLanguage = new ConcurrentHashMap<>();
  private final Map<String, RuleEvaluator> evaluators = new ConcurrentHashMap<>();
  private final Map<String, SrxEngine> engines = new ConcurrentHashMap<>();
  private final Map<String, SrxEngine> enginesByTag = new ConcurrentHashMap<>();
  private final Map<String, FilteredRule> compiledRules = new HashMap<>(); // shared by the languages, under the lock
  private final CharClasses classes = new CharClasses();

  private SrxSegmenter(InputStream rules, String origin, Map<Lang, List<String>> abbreviations) {
    this.origin = origin;
    byte[] bytes = readAll(rules, origin);
    this.document = load(bytes, origin);
    this.ruleLines = SrxRuleLines.of(bytes);
    this.abbreviations = abbreviations.isEmpty() ? AbbreviationRules.none()
        : AbbreviationRules.addTo(document, abbreviations);
  }

  /** Segments with tandem's bundled rules. */
  public SrxSegmenter() {
    this(openResource(BUNDLED_RULES), BUNDLED_RULES, Map.of());
  }

  /** Segments with the rules of an SRX file. */
  public SrxSegmenter(Path srxFile) {
    this(openFile(srxFile), srxFile.toString(), Map.of());
  }

  /** Segments with the rules of an SRX resource on the classpath, e.g. Okapi's bundled default. */
  public static SrxSegmenter fromResource(String resource) {
    return new SrxSegmenter(openResource(resource), resource, Map.of());
  }

  /**
   * Segments with tandem's bundled rules and extra abbreviations per language.
   *
   * @throws IllegalArgumentException for an abbreviation that does not end with a period
   */
  public static SrxSegmenter bundled(Map<Lang, List<String>> abbreviations) {
    return new SrxSegmenter(openResource(BUNDLED_RULES), "tandem's built-in rules", abbreviations);
  }

  /**
   * Segments with the rules of an SRX file, named {@code displayName} in messages, and extra
   * abbreviations per language.
   *
   * @throws IllegalArgumentException for rules that are not SRX or an abbreviation without a period
   */
  public static SrxSegmenter fromFile(Path srxFile, String displayName, Map<Lang, List<String>> abbreviations) {
    return new SrxSegmenter(openFile(srxFile), displayName, abbreviations);
  }

  /** The sentences of a plain text in a language (BCP 47, e.g. "de", "tr-TR"), each trimmed, none empty. */
  public List<String> split(String text, String lang) {
    List<String> sentences = new ArrayList<>();
    for (Range range : engine(lang).ranges(text)) {
      String sentence = strip(text.substring(range.start, range.end));
      if (!sentence.isEmpty()) {
        sentences.add(sentence);
      }
    }
    return sentences;
  }

  /**
   * Every position of a plain text where a rule decided, with the rule: the breaks {@link #split} makes
   * and the places where a rule kept the text together.
   */
  public List<BreakDecision> decisions(String text, String lang) {
    String language = languageOf(lang);
    segmenter(language); // compiles the rules first, so that broken rules fail the same way here
    return evaluators.computeIfAbsent(language, l -> {
      synchronized (document) {
        return RuleEvaluator.compile(document, l, abbreviations, ruleLines);
      }
    }).decide(text);
  }

  /**
   * The segmentation engine for a language (BCP 47), compiled on first use and shared afterwards;
   * thread-safe. Rules that do not compile fail here as in {@link #segmenter}.
   */
  public SrxEngine engine(String lang) {
    SrxEngine known = lang == null ? null : enginesByTag.get(lang);
    if (known == null) {
      known = engines.computeIfAbsent(languageOf(lang), this::compileEngine);
      if (enginesByTag.size() < 64) {
        enginesByTag.putIfAbsent(lang, known); // spares parsing the tag on every call
      }
    }
    return known;
  }

  /** Okapi's compiled segmenter for a language, compiled on first use and shared afterwards (not thread-safe). */
  public ISegmenter segmenter(String lang) {
    return byLanguage.computeIfAbsent(languageOf(lang), this::compile);
  }

  /** Where the rules came from, for messages. */
  public String origin() {
    return origin;
  }

  /** The workspace abbreviations added to the rules, per language (empty without any). */
  public Map<Lang, List<String>> abbreviations() {
    return abbreviations.byLang();
  }

  private SrxEngine compileEngine(String language) {
    try {
      synchronized (document) {
        return SrxEngine.compile(document, language, compiledRules, classes);
      }
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "SRX rules in " + origin + " do not compile for language '" + language + "': " + e.getMessage(), e);
    }
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

  private static byte[] readAll(InputStream rules, String origin) {
    try (InputStream in = rules) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read SRX rules from " + origin, e);
    }
  }

  private static SRXDocument load(byte[] rules, String origin) {
    SRXDocument document = new SRXDocument();
    try {
      document.loadRules(new ByteArrayInputStream(rules));
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
  static String strip(String s) {
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

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
