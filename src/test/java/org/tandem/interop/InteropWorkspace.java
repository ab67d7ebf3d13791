package org.tandem.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.tandem.xliff.Xliff12Reader;

/** A copy of the repository's sample workspace that the interop tests export from and import into. */
final class InteropWorkspace {
  private static final List<String> SAMPLE = List.of("tandem.json", "chapters", "segments", "glossary", "rules");

  private static final String LOCK_FILE = ".tandem.lock";

  private final Path dir;

  private InteropWorkspace(Path dir) {
    this.dir = dir;
  }

  /** Copies the sample workspace (the repository itself, the tests' working folder) into {@code dir}. */
  static InteropWorkspace copyOfSample(Path dir) throws IOException {
    for (String item : SAMPLE) {
      copy(Path.of(item), dir.resolve(item));
    }
    return new InteropWorkspace(dir);
  }

  /** Adds the {@link TestChapter}s with {@code tandem add}. */
  InteropWorkspace withTestChapters() {
    for (TestChapter chapter : TestChapter.values()) {
      tandem("add", chapter.markdown().toString(), "--lang", chapter.sourceLang()).ok();
    }
    return this;
  }

  /** The workspace folder. */
  Path dir() {
    return dir;
  }

  /** Runs tandem in this workspace. */
  TandemRun tandem(String... args) {
    return TandemRun.tandem(dir, args);
  }

  /** Exports with {@code tandem export -o out ARGS...} and returns the written files in name order. */
  List<Path> export(Path out, String... args) throws IOException {
    List<String> all = new ArrayList<>(List.of("export", "-o", out.toString()));
    all.addAll(List.of(args));
    tandem(all.toArray(String[]::new)).ok();
    try (Stream<Path> files = Files.list(out)) {
      List<Path> written = files.filter(p -> p.toString().endsWith(".xlf")).sorted().toList();
      assertFalse(written.isEmpty(), "export wrote no file into " + out);
      return written;
    }
  }

  /**
   * Imports {@code file} and asserts that the whole file was accepted with {@code applied} units
   * changing the store and none rejected; the rest of the file's units must be unchanged ones.
   */
  void importAll(Path file, String chapter, int applied) {
    int units = new Xliff12Reader().read(file).units().size();
    TandemRun run = tandem("import", file.toString());
    assertEquals(0, run.exit(), run::toString);
    String expected = chapter + ": " + applied + " applied, " + (units - applied) + " unchanged, 0 rejected";
    assertTrue(run.out().contains(expected), "expected '" + expected + "' in\n" + run);
  }

  /** Each segment's state in the chapter's segment store, by segment key, in store order. */
  Map<String, String> states(String chapter) throws IOException {
    JsonNode store = new ObjectMapper().readTree(dir.resolve("segments/" + chapter + ".json").toFile());
    Map<String, String> states = new LinkedHashMap<>();
    for (JsonNode segment : store.get("segments")) {
      states.put(segment.get("key").asText(), segment.get("state").asText());
    }
    return states;
  }

  /**
   * Builds the chapter and returns the translated Markdown. Not with {@code --require-complete}: that
   * refuses a segment a tool marked for review (needs-update), whose translation the Markdown still has;
   * a unit that was not imported shows in the comparison with the expected text instead.
   */
  String build(TestChapter chapter) throws IOException {
    tandem("build", chapter.id()).ok();
    return Files.readString(dir.resolve("build/" + chapter.targetLang() + "/" + chapter.id() + ".md"));
  }

  /**
   * Every file of the workspace with a hash of its bytes, to prove that an import changed nothing;
   * the empty lock file that the first writing command leaves behind is not content and is left out.
   */
  Map<String, String> fingerprint() throws IOException {
    Map<String, String> result = new TreeMap<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        if (Files.isRegularFile(p) && !p.getFileName().toString().equals(LOCK_FILE)) {
          result.put(dir.relativize(p).toString(), sha256(Files.readAllBytes(p)));
        }
      }
    }
    return result;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(p, target);
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
