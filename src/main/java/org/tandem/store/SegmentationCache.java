package org.tandem.store;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.tandem.model.Chapter;

/**
 * What tandem knows about each chapter's segment file as it left it, so that work that cannot have
 * changed is skipped. Per chapter: the digest of the segmentation rules and the SHA-256 of the source
 * file the segments were made from (re-segmenting skips a chapter whose rules and source are the same),
 * the match keys the chapter gives the translation memory, as hashes (pre-filling new segments reads
 * only the chapters that can have a match), and the size and modification time of the segment file:
 * everything else holds only while that file is untouched, so anything else (a pull, a merge, an edit)
 * makes tandem read the chapter again.
 *
 * <p>Kept in {@link #FILE}, local to this copy of the workspace and not versioned: a fresh clone reads
 * every source once. A missing or damaged file is an empty cache. Thread-safe.
 */
public final class SegmentationCache {
  /** The cache file in the workspace folder. */
  public static final String FILE = ".tandem.cache";

  /** The facts about one segment file; {@code memory} is null when not known. */
  private record Entry(String rules, String source, String store, int[] memory) {}

  private final Workspace ws;
  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private volatile boolean changed;

  private SegmentationCache(Workspace ws) {
    this.ws = ws;
  }

  /** The workspace's cache as last saved. */
  public static SegmentationCache read(Workspace ws) {
    SegmentationCache cache = new SegmentationCache(ws);
    Path file = ws.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return cache;
    }
    // {"chapters": {"ID": {"rules": "…", "source": "…", "store": "…", "memory": "base64"}, …}}
    try (JsonParser p = Json.FACTORY.createParser(file.toFile())) {
      p.nextToken();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        boolean chapters = p.currentName().equals("chapters");
        if (p.nextToken() != JsonToken.START_OBJECT || !chapters) {
          p.skipChildren();
          continue;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String chapter = p.currentName();
          String[] values = {"", "", "", null};
          if (p.nextToken() == JsonToken.START_OBJECT) {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
              int at = List.of("rules", "source", "store", "memory").indexOf(p.currentName());
              p.nextToken();
              String value = Json.text(p, "");
              if (at >= 0) {
                values[at] = value;
              }
            }
          } else {
            p.skipChildren();
          }
          cache.entries.put(chapter, new Entry(values[0], values[1], values[2], decode(values[3])));
        }
      }
    } catch (IOException | RuntimeException e) {
      cache.entries.clear(); // a damaged cache only costs reading the sources again
    }
    return cache;
  }

  /** True when the chapter was segmented with these rules from a source with this SHA-256, and its segment file is untouched since. */
  public boolean current(Chapter chapter, String rules, String sourceSha256) {
    Entry entry = entries.get(chapter.id());
    return entry != null && !entry.rules().isEmpty() && entry.rules().equals(rules)
        && entry.source().equals(sourceSha256) && entry.store().equals(stamp(chapter));
  }

  /**
   * Records that the chapter's segment file, as it is now, was made with these rules from this source,
   * and gives the translation memory these match keys (hashes, see {@link #memoryKeys}).
   */
  public void record(Chapter chapter, String rules, String sourceSha256, int[] memoryKeys) {
    String stamp = stamp(chapter);
    if (stamp.isEmpty()) {
      entries.remove(chapter.id());
    } else {
      entries.put(chapter.id(), new Entry(rules, sourceSha256, stamp, sorted(memoryKeys)));
    }
    changed = true;
  }

  /**
   * The chapter's segment file was rewritten with the same sources (translations, states or waivers
   * changed): when it was current before, with the stamp {@code before} (see {@link #stamp}), it stays
   * current for re-segmenting. What it gives the memory is not known any more.
   */
  public void carry(Chapter chapter, String before) {
    entries.computeIfPresent(chapter.id(), (id, e) -> {
      if (!e.store().equals(before) || before.isEmpty()) {
        return e;
      }
      changed = true;
      return new Entry(e.rules(), e.source(), stamp(chapter), null);
    });
  }

  /**
   * Learns what the chapter's segment file gives the translation memory, read when it had the stamp
   * {@code stampWhenRead}; ignored when the file has changed since.
   */
  public void learn(Chapter chapter, String stampWhenRead, int[] memoryKeys) {
    if (stampWhenRead.isEmpty() || !stampWhenRead.equals(stamp(chapter))) {
      return;
    }
    int[] keys = sorted(memoryKeys);
    entries.compute(chapter.id(), (id, e) -> e != null && e.store().equals(stampWhenRead)
        ? new Entry(e.rules(), e.source(), e.store(), keys) : new Entry("", "", stampWhenRead, keys));
    changed = true;
  }

  /**
   * The hashes ({@link String#hashCode}) of the match keys the chapter's segment file gives the
   * translation memory, sorted, or null when not known for the file as it is now. A key whose hash is
   * not among them has no exact match in the chapter.
   */
  public int[] memoryKeys(Chapter chapter) {
    Entry entry = entries.get(chapter.id());
    return entry != null && entry.memory() != null && entry.store().equals(stamp(chapter)) ? entry.memory() : null;
  }

  /** Saves a chapter's segments whose sources are those already stored, keeping the cache current. */
  public static void saveSameSources(Workspace ws, Chapter chapter, ChapterSegments store) {
    SegmentationCache cache = read(ws);
    String before = cache.stamp(chapter);
    ws.save(store);
    cache.carry(chapter, before);
    cache.save();
  }

  /** Writes the cache, keeping only the workspace's chapters, when anything was recorded or learnt. */
  public void save() {
    if (!changed) {
      return;
    }
    AtomicFiles.write(ws.resolve(FILE), Json.text(g -> {
      g.writeStartObject();
      g.writeObjectFieldStart("chapters");
      for (Chapter chapter : ws.config().chapters()) {
        Entry e = entries.get(chapter.id());
        if (e != null) {
          g.writeObjectFieldStart(chapter.id());
          g.writeStringField("rules", e.rules());
          g.writeStringField("source", e.source());
          g.writeStringField("store", e.store());
          if (e.memory() != null) {
            g.writeStringField("memory", encode(e.memory()));
          }
          g.writeEndObject();
        }
      }
      g.writeEndObject();
      g.writeEndObject();
    }));
  }

  /** The segment file's size and modification time, or "" when there is none. */
  public String stamp(Chapter chapter) {
    Path file = ws.segmentsFile(chapter.id());
    try {
      return Files.size(file) + " " + Files.getLastModifiedTime(file);
    } catch (IOException e) {
      return "";
    }
  }

  private static int[] sorted(int[] keys) {
    return Arrays.stream(keys).sorted().distinct().toArray();
  }

  private static String encode(int[] keys) {
    ByteBuffer bytes = ByteBuffer.allocate(keys.length * 4);
    bytes.asIntBuffer().put(keys);
    return Base64.getEncoder().encodeToString(bytes.array());
  }

  private static int[] decode(String text) {
    if (text == null) {
      return null;
    }
    byte[] bytes = Base64.getDecoder().decode(text);
    int[] keys = new int[bytes.length / 4];
    ByteBuffer.wrap(bytes).asIntBuffer().get(keys);
    return keys;
  }
}
