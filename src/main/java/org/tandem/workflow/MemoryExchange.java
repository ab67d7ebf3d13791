package org.tandem.workflow;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tandem.compare.Contents;
import org.tandem.model.TandemException;
import org.tandem.store.AtomicFiles;
import org.tandem.store.Workspace;
import org.tandem.tm.TmUnit;
import org.tandem.tm.TmxReader;
import org.tandem.tm.TmxWriter;

/** Exchanges the translation memory as TMX 1.4b: the workspace's translations out, reference memories in. */
public final class MemoryExchange {
  private MemoryExchange() {}

  /**
   * A written TMX file.
   *
   * @param file the file
   * @param units entries written
   * @param skipped entries left out (a character XML cannot hold)
   */
  public record Exported(Path file, int units, int skipped) {}

  /**
   * An imported TMX file.
   *
   * @param stored where it is kept in the workspace ({@code tm/NAME.tmx})
   * @param units German–Turkish entries it holds
   * @param skipped units in other languages
   * @param replaced true when a reference memory of that name was there before
   */
  public record Imported(Path stored, int units, int skipped, boolean replaced) {}

  /**
   * Writes the workspace's own translations (retired ones included; with {@code withReferences}
   * also the imported reference memories) to {@code file}; the same translation of the same source
   * is written once.
   */
  public static Exported export(Workspace ws, Path file, boolean withReferences) {
    List<TmUnit> units = new ArrayList<>(Memories.own(ws));
    if (withReferences) {
      for (Path reference : Memories.referenceFiles(ws)) {
        units.addAll(new TmxReader().read(reference, ws.relative(reference)).units());
      }
    }
    Map<String, TmUnit> distinct = new LinkedHashMap<>();
    for (TmUnit unit : units) {
      distinct.putIfAbsent(unit.sourceLang() + "\u0000" + Contents.matchKey(unit.source()) + "\u0000"
          + unit.target().markup(), unit);
    }
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    TmxWriter.Written written;
    try {
      written = new TmxWriter().write(List.copyOf(distinct.values()), buffer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    AtomicFiles.write(file, buffer.toByteArray());
    return new Exported(file, written.units(), written.skipped());
  }

  /**
   * Reads a TMX file and keeps a copy in {@code tm/} as a reference memory: later segmentation
   * pre-fills new segments from it, and exports offer its fuzzy matches. A file tandem cannot read
   * is refused and nothing is copied.
   */
  public static Imported importFile(Workspace ws, Path file) {
    String name = file.getFileName().toString();
    if (!name.toLowerCase(Locale.ROOT).endsWith(".tmx")) {
      throw new TandemException(file.toString(), 0, "a translation memory must be a TMX file (NAME.tmx)");
    }
    TmxReader.Result read = new TmxReader().read(file, file.toString());
    if (read.units().isEmpty()) {
      throw new TandemException(file.toString(), 0, "the file holds no German–Turkish translation units"
          + (read.skipped() > 0 ? " (" + read.skipped() + " units in other languages)" : ""));
    }
    Path stored = ws.resolve(Memories.FOLDER).resolve(name);
    boolean replaced = Files.exists(stored);
    try {
      AtomicFiles.write(stored, Files.readAllBytes(file));
    } catch (IOException e) {
      throw new TandemException(file.toString(), 0, "cannot read: " + e.getMessage());
    }
    return new Imported(stored, read.units().size(), read.skipped(), replaced);
  }
}
