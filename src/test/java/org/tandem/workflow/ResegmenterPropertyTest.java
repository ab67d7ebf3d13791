package org.tandem.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tandem.compare.Contents;
import org.tandem.extract.Escaping;
import org.tandem.extract.ExtractedSegment;
import org.tandem.model.Code;
import org.tandem.model.CodeKind;
import org.tandem.model.Content;
import org.tandem.model.Lang;
import org.tandem.model.Piece;
import org.tandem.model.Segment;
import org.tandem.model.State;
import org.tandem.model.Text;
import org.tandem.store.ChapterSegments;
import org.tandem.store.SegmentStoreJson;
import org.tandem.tm.TranslationMemory;

/**
 * Tries to lose work: seeded random edit scripts on a chapter (insert, delete, split, merge and
 * move paragraphs; edit words of sentences; add or remove bold), several rounds each, with
 * translating in between. After every {@code segment}: no translation of a sentence that still
 * occurs is lost or moved to another key, every edited sentence is {@code needs-update} with its old
 * translation and the source it was made for (or {@code translated} again when the edits were
 * undone), deleted translations are retired, keys are never
 * reused, and the store survives its JSON form.
 */
class ResegmenterPropertyTest {
  static final int RUNS = 400;
  static final Code BOLD_OPEN = new Code(1, CodeKind.OPEN, "bold", "**");
  static final Code BOLD_CLOSE = new Code(1, CodeKind.CLOSE, "bold", "**");

  static Stream<Long> seeds() {
    return IntStream.range(0, RUNS).mapToObj(i -> 7919L * i + 17);
  }

  /** A sentence of the model document: words, and the word in bold (or -1). */
  static final class Sentence {
    final int id;
    final List<String> words;
    int bold;
    int edits;

    Sentence(int id, List<String> words, int bold) {
      this.id = id;
      this.words = new ArrayList<>(words);
      this.bold = bold;
    }

    Content content() {
      List<Piece> pieces = new ArrayList<>();
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < words.size(); i++) {
        text.append(i == 0 ? "" : " ");
        if (i == bold) {
          pieces.add(new Text(text.toString()));
          text.setLength(0);
          pieces.add(BOLD_OPEN);
          pieces.add(new Text(words.get(i)));
          pieces.add(BOLD_CLOSE);
        } else {
          text.append(i == 0 ? capitalise(words.get(i)) : words.get(i));
        }
      }
      pieces.add(new Text(text + "."));
      return new Content(pieces);
    }

    private static String capitalise(String w) {
      return w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
    }
  }

  /** The document and the random choices. */
  static final class Script {
    final Random random;
    final List<List<Sentence>> paras = new ArrayList<>();
    int nextId;

    Script(long seed) {
      random = new Random(seed);
      int n = 3 + random.nextInt(6);
      for (int p = 0; p < n; p++) {
        paras.add(newPara());
      }
    }

    String word() {
      String[] syllables = {"ka", "lo", "mer", "tu", "san", "bei", "ra", "dün", "ış", "ge", "ko", "ßa", "li", "yor",
          "hal", "ten", "ım", "zu", "pe", "ör"};
      StringBuilder sb = new StringBuilder();
      int n = 2 + random.nextInt(3);
      for (int i = 0; i < n; i++) {
        sb.append(syllables[random.nextInt(syllables.length)]);
      }
      return sb.toString();
    }

    Sentence sentence() {
      List<String> words = new ArrayList<>();
      int n = 6 + random.nextInt(9);
      for (int i = 0; i < n; i++) {
        words.add(word());
      }
      return new Sentence(nextId++, words, random.nextInt(4) == 0 ? random.nextInt(n) : -1);
    }

    List<Sentence> newPara() {
      List<Sentence> para = new ArrayList<>();
      int n = 1 + random.nextInt(4);
      for (int i = 0; i < n; i++) {
        para.add(sentence());
      }
      return para;
    }

    List<Sentence> all() {
      return paras.stream().flatMap(List::stream).toList();
    }

    List<ExtractedSegment> fresh() {
      List<ExtractedSegment> fresh = new ArrayList<>();
      for (int p = 0; p < paras.size(); p++) {
        for (Sentence s : paras.get(p)) {
          fresh.add(new ExtractedSegment(p + 1, s.content(), 0, 0, " ", Escaping.MARKDOWN));
        }
      }
      return fresh;
    }

    /** One random edit; returns its name for failure messages. */
    String edit() {
      int op = random.nextInt(7);
      int p = random.nextInt(paras.size());
      switch (op) {
        case 0 -> paras.add(random.nextInt(paras.size() + 1), newPara());
        case 1 -> {
          if (paras.size() > 1) {
            paras.remove(p);
          }
        }
        case 2 -> {
          List<Sentence> para = paras.get(p);
          Sentence s = para.get(random.nextInt(para.size()));
          if (s.edits < 2) {
            s.words.set(random.nextInt(s.words.size()), word());
            s.edits++;
          }
        }
        case 3 -> {
          List<Sentence> para = paras.get(p);
          if (para.size() > 1) {
            int at = 1 + random.nextInt(para.size() - 1);
            paras.add(p + 1, new ArrayList<>(para.subList(at, para.size())));
            para.subList(at, para.size()).clear();
          }
        }
        case 4 -> {
          if (p + 1 < paras.size()) {
            paras.get(p).addAll(paras.remove(p + 1));
          }
        }
        case 5 -> paras.add(random.nextInt(paras.size()), paras.remove(p));
        default -> {
          List<Sentence> para = paras.get(p);
          Sentence s = para.get(random.nextInt(para.size()));
          s.bold = s.bold >= 0 ? -1 : random.nextInt(s.words.size());
        }
      }
      return List.of("insert", "delete", "edit", "split", "merge", "move", "bold").get(op);
    }
  }

  static Content translate(Content source) {
    List<Piece> pieces = new ArrayList<>();
    for (Piece piece : source.pieces()) {
      pieces.add(piece instanceof Text t ? new Text(t.value().toUpperCase(Locale.ROOT) + "·tr") : piece);
    }
    return new Content(pieces);
  }

  /** Translates every untranslated segment, or about half of them. */
  static ChapterSegments translateSome(ChapterSegments store, Random random, boolean all) {
    List<Segment> segments = new ArrayList<>();
    for (Segment s : store.segments()) {
      boolean translate = s.state() == State.NEW && (all || random.nextBoolean());
      segments.add(translate ? s.withTarget(translate(s.source()), all ? State.REVIEWED : State.TRANSLATED) : s);
    }
    return store.withSegments(segments);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void noTranslationIsLostAndEveryEditNeedsAnUpdate(long seed) {
    Script script = new Script(seed);
    ChapterSegments store = translateSome(
        Resegmenter.apply(ChapterSegments.empty("ch"), script.fresh(), Lang.DE, TranslationMemory::new).store(),
        script.random, true);
    int rounds = 1 + script.random.nextInt(3);
    for (int round = 0; round < rounds; round++) {
      Map<Integer, Segment> before = bySentence(script, store);
      Map<Integer, Content> sourceBefore = new HashMap<>();
      script.all().forEach(s -> sourceBefore.put(s.id, s.content()));
      script.all().forEach(s -> s.edits = 0);
      List<String> ops = new ArrayList<>();
      int edits = 1 + script.random.nextInt(4);
      for (int e = 0; e < edits; e++) {
        ops.add(script.edit());
      }
      String why = "seed " + seed + ", round " + round + ", edits " + ops;
      ChapterSegments old = store;
      store = Resegmenter.apply(old, script.fresh(), Lang.DE, TranslationMemory::new).store();
      check(script, old, store, before, sourceBefore, why);
      store = translateSome(store, script.random, false);
    }
  }

  /** The stored segment of each sentence of the document, matched by position. */
  static Map<Integer, Segment> bySentence(Script script, ChapterSegments store) {
    Map<Integer, Segment> map = new HashMap<>();
    List<Sentence> all = script.all();
    assertEquals(all.size(), store.segments().size());
    for (int i = 0; i < all.size(); i++) {
      assertEquals(all.get(i).content(), store.segments().get(i).source());
      map.put(all.get(i).id, store.segments().get(i));
    }
    return map;
  }

  static void check(Script script, ChapterSegments old, ChapterSegments store, Map<Integer, Segment> before,
      Map<Integer, Content> sourceBefore, String why) {
    Map<Integer, Segment> now = bySentence(script, store);
    Set<String> keys = new HashSet<>();
    store.segments().forEach(s -> assertTrue(keys.add(s.key()), "duplicate key " + s.key() + "; " + why));
    for (Sentence sentence : script.all()) {
      Segment was = before.get(sentence.id);
      Segment is = now.get(sentence.id);
      if (was == null) {
        assertTrue(Integer.parseInt(is.key().substring(1)) >= old.nextKey(), "a new key for new text; " + why);
        assertEquals(State.NEW, is.state(), why);
      } else if (sourceBefore.get(sentence.id).equals(sentence.content())) {
        assertEquals(was.key(), is.key(), "unchanged text keeps its key; " + why);
        assertEquals(was.target(), is.target(), "unchanged text keeps its translation; " + why);
        assertEquals(was.state(), is.state(), why);
      } else {
        assertEquals(was.key(), is.key(), "an edited sentence keeps its key; " + why);
        if (was.hasTarget()) {
          Content basis = was.previousSource() != null ? was.previousSource() : was.source();
          boolean undone = basis.equals(is.source()); // back to the text the translation was made for
          assertEquals(undone ? State.TRANSLATED : State.NEEDS_UPDATE, is.state(),
              "an edited sentence needs an update; " + why);
          assertEquals(undone ? null : basis, is.previousSource(), why);
          assertEquals(Contents.fitCodes(was.target(), is.source()), is.target(), "with its old translation; " + why);
        }
      }
    }
    assertNoTranslationLost(old, store, why);
    assertTrue(store.nextKey() >= old.nextKey(), why);
    assertEquals(store, SegmentStoreJson.read(SegmentStoreJson.write(store), "ch.json"), why);
  }

  /** Every translation the old store held is still in the new one: live, or retired. */
  static void assertNoTranslationLost(ChapterSegments old, ChapterSegments store, String why) {
    Set<String> kept = new HashSet<>();
    Stream.concat(store.segments().stream(), store.retired().stream()).filter(Segment::hasTarget)
        .forEach(s -> kept.add(s.target().plainText()));
    Stream.concat(old.segments().stream(), old.retired().stream()).filter(Segment::hasTarget).forEach(s ->
        assertNotNull(kept.contains(s.target().plainText()) ? s : null, "lost: " + s.target() + "; " + why));
  }
}
