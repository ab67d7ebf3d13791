package org.tandem.check;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.tandem.model.Finding;
import org.tandem.model.TandemException;

/**
 * The findings a project accepted when it adopted tandem: with {@code --baseline FILE} only
 * findings not listed fail. A finding is identified by chapter, unit, rule, glossary entry and
 * term, not by its message or severity, so rewording a message or raising a severity does not
 * bring known findings back; a unit whose source is edited gets a new key, and its findings count
 * again.
 *
 * <p>The file is JSON, one finding per line, sorted, so that it diffs well:
 * {@code {"tandem-baseline": 1, "findings": [{"chapter": "...", "unit": "s3", "rule": "term-missing",
 * "entry": "kommune", "term": "Kommune"}, ...]}}.
 */
public final class Baseline {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Comparator<Key> ORDER = Comparator.comparing(Key::chapter)
      .thenComparing(Key::unit).thenComparing(Key::rule).thenComparing(Key::entry).thenComparing(Key::term);

  /**
   * What identifies a finding across runs.
   *
   * @param chapter the chapter id
   * @param unit the segment key
   * @param rule the rule id
   * @param entry the glossary entry, or empty
   * @param term the glossary term, or empty
   */
  public record Key(String chapter, String unit, String rule, String entry, String term) {
    /** The key of a finding. */
    public static Key of(Finding f) {
      return new Key(f.chapter(), f.unit(), f.rule(), f.entry(), f.term());
    }
  }

  private final Set<Key> keys;

  private Baseline(Set<Key> keys) {
    this.keys = keys;
  }

  /** The baseline of a result's findings (waived and already baselined ones are not included). */
  public static Baseline of(CheckResult result) {
    Set<Key> keys = new TreeSet<>(ORDER);
    result.findings().forEach(f -> keys.add(Key.of(f)));
    return new Baseline(keys);
  }

  /** True when the baseline lists the finding. */
  public boolean contains(Finding finding) {
    return keys.contains(Key.of(finding));
  }

  /** The number of findings listed. */
  public int size() {
    return keys.size();
  }

  /** The file's text. */
  public String format() {
    StringBuilder sb = new StringBuilder("{\n  \"tandem-baseline\": 1,\n  \"findings\": [");
    String sep = "\n";
    for (Key k : keys) {
      sb.append(sep).append("    {\"chapter\": ").append(quote(k.chapter())).append(", \"unit\": ")
          .append(quote(k.unit())).append(", \"rule\": ").append(quote(k.rule()))
          .append(", \"entry\": ").append(quote(k.entry())).append(", \"term\": ").append(quote(k.term()))
          .append('}');
      sep = ",\n";
    }
    return sb.append(keys.isEmpty() ? "]\n}\n" : "\n  ]\n}\n").toString();
  }

  private static String quote(String s) {
    return JsonNodeFactory.instance.textNode(s).toString();
  }

  /** Reads a baseline file; a missing or malformed file is an error naming it. */
  public static Baseline read(Path file, String displayName) {
    String text;
    try {
      text = Files.readString(file);
    } catch (NoSuchFileException e) {
      throw new TandemException(displayName, 0, "the baseline file does not exist (create it with "
          + "--write-baseline)");
    } catch (IOException e) {
      throw new TandemException(displayName, 0, "cannot read the baseline: " + e.getMessage());
    }
    return parse(text, displayName);
  }

  /** Parses a baseline's text. */
  public static Baseline parse(String text, String displayName) {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new TandemException(displayName, at == null ? 0 : at.getLineNr(), 0, null,
          "the baseline is not valid JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || root.path("tandem-baseline").asInt(0) != 1 || !root.path("findings").isArray()) {
      throw new TandemException(displayName, 1, "not a tandem baseline (expected {\"tandem-baseline\": 1, "
          + "\"findings\": [...]}, as --write-baseline writes it)");
    }
    Set<Key> keys = new TreeSet<>(ORDER);
    for (JsonNode f : root.path("findings")) {
      keys.add(new Key(f.path("chapter").asText(""), f.path("unit").asText(""), f.path("rule").asText(""),
          f.path("entry").asText(""), f.path("term").asText("")));
    }
    return new Baseline(keys);
  }

  /** The keys, sorted. */
  public List<Key> keys() {
    return List.copyOf(keys);
  }
}
