package org.tandem.store;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.tandem.model.Chapter;

/**
 * What each chapter's stored segments were made from, so that re-segmenting can skip a chapter that
 * cannot have changed: the digest of the segmentation rules, the SHA-256 of the source file, and the
 * size and modification time of the segment file as tandem left it. A chapter is current only when
 * all three still hold; anything else (a pull, a merge, an import, an edit) makes tandem read it
 * again. Kept in {@link #FILE}, local to this copy of the workspace and not versioned: a fresh clone
 * reads every source once. A missing or damaged file is an empty cache. Thread-safe.
 */
public final class SegmentationCache {
  /** The cache file in the workspace folder. */
  public static final String FILE = ".tandem.cache";

  private record Entry(String rules, String source, String store) {}

  private final Workspace ws;
  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

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
    // {"chapters": {"ID": {"rules": "…", "source": "…", "store": "…"}, …}}
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
          String[] values = {"", "", ""};
          if (p.nextToken() == JsonToken.START_OBJECT) {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
              int at = List.of("rules", "source", "store").indexOf(p.currentName());
              p.nextToken();
              String value = Json.text(p, "");
              if (at >= 0) {
                values[at] = value;
              }
            }
          } else {
            p.skipChildren();
          }
          cache.entries.put(chapter, new Entry(values[0], values[1], values[2]));
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
    return entry != null && entry.rules().equals(rules) && entry.source().equals(sourceSha256)
        && entry.store().equals(stamp(chapter));
  }

  /** Records that the chapter's segment file, as it is now, was made with these rules from this source. */
  public void record(Chapter chapter, String rules, String sourceSha256) {
    String stamp = stamp(chapter);
    if (stamp.isEmpty()) {
      entries.remove(chapter.id());
    } else {
      entries.put(chapter.id(), new Entry(rules, sourceSha256, stamp));
    }
  }

  /** Writes the cache, keeping only the workspace's chapters. */
  public void save() {
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
          g.writeEndObject();
        }
      }
      g.writeEndObject();
      g.writeEndObject();
    }));
  }

  /** The segment file's size and modification time, or "" when there is none. */
  private String stamp(Chapter chapter) {
    Path file = ws.segmentsFile(chapter.id());
    try {
      return Files.size(file) + " " + Files.getLastModifiedTime(file);
    } catch (IOException e) {
      return "";
    }
  }
}
