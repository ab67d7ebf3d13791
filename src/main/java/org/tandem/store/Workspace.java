package org.tandem.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.tandem.model.Chapter;
import org.tandem.model.TandemException;

/** A tandem workspace on disk: the folder with {@code tandem.json}, chapters, segments and glossary. */
public final class Workspace {
  /** The configuration file's name. */
  public static final String CONFIG = "tandem.json";
  /** The lock file of {@link #lock()}. */
  public static final String LOCK = ".tandem.lock";

  private final Path root;
  private WorkspaceConfig config;

  private Workspace(Path root, WorkspaceConfig config) {
    this.root = root;
    this.config = config;
  }

  /** The workspace containing {@code start}: the nearest folder upwards with a tandem.json. */
  public static Workspace find(Path start) {
    for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve(CONFIG))) {
        return open(dir);
      }
    }
    throw new TandemException("no tandem workspace here: neither " + start.toAbsolutePath().normalize()
        + " nor any folder above it has a " + CONFIG + " (create one with 'tandem init', or pass -w DIR)");
  }

  /** The workspace whose root is {@code dir}. */
  public static Workspace open(Path dir) {
    Path root = dir.toAbsolutePath().normalize();
    Path file = root.resolve(CONFIG);
    if (!Files.isRegularFile(file)) {
      throw new TandemException(root + " is not a tandem workspace (no " + CONFIG + ")");
    }
    String json = readText(file, CONFIG);
    return new Workspace(root, WorkspaceConfigJson.read(json, CONFIG));
  }

  /** Creates the workspace layout in {@code dir}; refuses a folder that already has a workspace. */
  public static Workspace init(Path dir, String name) {
    Path root = dir.toAbsolutePath().normalize();
    if (Files.exists(root.resolve(CONFIG))) {
      throw new TandemException(root + " already is a tandem workspace");
    }
    try {
      for (String sub : List.of("chapters/de", "chapters/tr", "segments", "glossary", "rules")) {
        Files.createDirectories(root.resolve(sub));
      }
      writeIfAbsent(root.resolve(WorkspaceConfig.DEFAULT_GLOSSARY), "id,de,tr,note\n");
      writeIfAbsent(root.resolve(".gitignore"), "build/\n" + LOCK + "\n" + SegmentationCache.FILE + "\n");
      try (InputStream rules = Workspace.class.getResourceAsStream("/org/tandem/extract/tandem.srx")) {
        writeIfAbsent(root.resolve(WorkspaceConfig.DEFAULT_SEGMENTATION), new String(rules.readAllBytes(),
            java.nio.charset.StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the workspace in " + root + ": " + e.getMessage(), e);
    }
    WorkspaceConfig config = new WorkspaceConfig(name, List.of(), WorkspaceConfig.DEFAULT_GLOSSARY,
        WorkspaceConfig.DEFAULT_SEGMENTATION);
    Workspace ws = new Workspace(root, config);
    ws.saveConfig(config);
    return ws;
  }

  private static void writeIfAbsent(Path file, String text) {
    if (!Files.exists(file)) {
      AtomicFiles.write(file, text);
    }
  }

  /** The workspace folder. */
  public Path root() {
    return root;
  }

  /** The current configuration. */
  public WorkspaceConfig config() {
    return config;
  }

  /** A path inside the workspace, from a relative path with {@code /} separators. */
  public Path resolve(String relative) {
    return root.resolve(relative);
  }

  /** The path relative to the workspace root, with {@code /} separators, as shown in messages. */
  public String relative(Path path) {
    Path abs = path.toAbsolutePath().normalize();
    return abs.startsWith(root) ? root.relativize(abs).toString().replace('\\', '/') : abs.toString();
  }

  /** Saves the configuration atomically. */
  public void saveConfig(WorkspaceConfig newConfig) {
    AtomicFiles.write(root.resolve(CONFIG), WorkspaceConfigJson.write(newConfig));
    this.config = newConfig;
  }

  /** The chapters named (all when {@code ids} is empty), in workspace order; unknown ids are an error. */
  public List<Chapter> chapters(List<String> ids) {
    if (ids == null || ids.isEmpty()) {
      return config.chapters();
    }
    List<Chapter> selected = new ArrayList<>();
    for (String id : ids) {
      selected.add(config.chapter(id).orElseThrow(() -> new TandemException("no chapter '" + id
          + "' in this workspace; chapters: "
          + config.chapters().stream().map(Chapter::id).collect(Collectors.joining(", ")))));
    }
    return selected;
  }

  /** The segment file of a chapter. */
  public Path segmentsFile(String chapterId) {
    return root.resolve("segments").resolve(chapterId + ".json");
  }

  /** The stored segments of a chapter (empty when it was never segmented). */
  public ChapterSegments load(Chapter chapter) {
    Path file = segmentsFile(chapter.id());
    if (!Files.exists(file)) {
      return ChapterSegments.empty(chapter.id());
    }
    try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      return SegmentStoreJson.read(in, relative(file));
    } catch (IOException e) {
      throw new TandemException(relative(file), 0, "cannot read: " + e.getMessage());
    }
  }

  /** Saves a chapter's segments atomically. */
  public void save(ChapterSegments segments) {
    AtomicFiles.write(segmentsFile(segments.chapter()), out -> SegmentStoreJson.write(segments, out));
  }

  /**
   * Takes the workspace's write lock, so that two tandem commands never change the store at once.
   * Close the returned lock when done.
   */
  public AutoCloseable lock() {
    try {
      FileChannel channel = FileChannel.open(root.resolve(LOCK), StandardOpenOption.CREATE,
          StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        channel.close();
        throw new TandemException("another tandem command is changing this workspace; try again when it is done");
      }
      FileLock held = lock;
      return () -> {
        held.release();
        channel.close();
      };
    } catch (IOException e) {
      throw new UncheckedIOException("cannot lock the workspace: " + e.getMessage(), e);
    }
  }

  private static String readText(Path file, String displayName) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new TandemException(displayName, 0, "cannot read: " + e.getMessage());
    }
  }
}
