package org.tandem.format.office;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.tandem.model.TandemException;

/**
 * The entries of a DOCX or ODT zip package, read with limits against zip bombs and written back in the
 * same order with the same compression method (so ODT's {@code mimetype} stays first and stored).
 */
public final class ZipPackage {
  /** At most this many entries. */
  public static final int MAX_ENTRIES = 10_000;
  /** No entry may inflate to more than this. */
  public static final long MAX_ENTRY_BYTES = 256L * 1024 * 1024;
  /** All entries together may inflate to at most this. */
  public static final long MAX_TOTAL_BYTES = 1024L * 1024 * 1024;
  /** Past {@link #RATIO_FLOOR} bytes, the package may inflate to at most this many times its size. */
  public static final int MAX_RATIO = 200;
  /** Inflated size below which the ratio is not checked (small files compress well). */
  public static final long RATIO_FLOOR = 32L * 1024 * 1024;

  private final Map<String, Entry> entries;

  /** One entry: its name, compression method, modification time and uncompressed bytes. */
  public record Entry(String name, int method, long time, byte[] bytes) {}

  private ZipPackage(Map<String, Entry> entries) {
    this.entries = entries;
  }

  /** Reads a package; a broken, truncated, encrypted or oversized one is refused naming {@code file}. */
  public static ZipPackage read(byte[] zip, String file) {
    if (zip.length >= 4 && (zip[0] & 0xFF) == 0xD0 && (zip[1] & 0xFF) == 0xCF && (zip[2] & 0xFF) == 0x11
        && (zip[3] & 0xFF) == 0xE0) {
      throw refuse(file, "the file is encrypted (password-protected) or an old binary Word file (.doc);"
          + " remove the password or save it as .docx/.odt and try again");
    }
    if (zip.length < 4 || zip[0] != 'P' || zip[1] != 'K') {
      throw refuse(file, "the file is not a zip package (DOCX and ODT files are); is it really this format?");
    }
    int expected = centralDirectoryEntries(zip, file);
    Map<String, Entry> entries = new LinkedHashMap<>();
    long[] total = {0};
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        if (entries.size() >= MAX_ENTRIES) {
          throw refuse(file, "the package has more than " + MAX_ENTRIES + " parts; tandem refuses it as a possible zip bomb");
        }
        byte[] bytes = inflate(in, e.getName(), file, total, zip.length);
        if (entries.put(e.getName(), new Entry(e.getName(), e.getMethod(), e.getTime(), bytes)) != null) {
          throw refuse(file, "the package holds the part " + e.getName() + " twice");
        }
      }
    } catch (ZipException | EOFException | IllegalArgumentException e) {
      // ZipInputStream throws IllegalArgumentException for an entry name that is not valid UTF-8
      throw refuse(file, "the zip package is damaged or cut short (" + e.getMessage() + ")");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (entries.size() != expected) {
      throw refuse(file, "the zip package is damaged: its directory lists " + expected + " parts, " + entries.size() + " were found");
    }
    return new ZipPackage(entries);
  }

  private static byte[] inflate(InputStream in, String name, String file, long[] total, long zipSize) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    int n;
    while ((n = in.read(buffer)) > 0) {
      out.write(buffer, 0, n);
      total[0] += n;
      if (out.size() > MAX_ENTRY_BYTES) {
        throw refuse(file, "the part " + name + " inflates to more than " + mb(MAX_ENTRY_BYTES)
            + "; tandem refuses it as a possible zip bomb");
      }
      if (total[0] > MAX_TOTAL_BYTES || (total[0] > RATIO_FLOOR && total[0] > zipSize * MAX_RATIO)) {
        throw refuse(file, "the package inflates to more than " + (total[0] > MAX_TOTAL_BYTES ? mb(MAX_TOTAL_BYTES)
            : MAX_RATIO + " times its size") + "; tandem refuses it as a possible zip bomb");
      }
    }
    return out.toByteArray();
  }

  /** The number of entries the end-of-central-directory record declares; refuses a package without one. */
  private static int centralDirectoryEntries(byte[] zip, String file) {
    for (int i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65_535); i--) {
      if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 5 && zip[i + 3] == 6) {
        return ByteBuffer.wrap(zip, i + 10, 2).order(ByteOrder.LITTLE_ENDIAN).getShort() & 0xFFFF;
      }
    }
    throw refuse(file, "the zip package is cut short or damaged (its directory at the end is missing)");
  }

  private static String mb(long bytes) {
    return bytes / (1024 * 1024) + " MB";
  }

  static TandemException refuse(String file, String message) {
    return new TandemException(file, 0, message);
  }

  /** The entry names, in package order. */
  public List<String> names() {
    return new ArrayList<>(entries.keySet());
  }

  /** The entry's bytes, or null when there is none. */
  public byte[] bytes(String name) {
    Entry e = entries.get(name);
    return e == null ? null : e.bytes();
  }

  /** The package with the entries of {@code replaced} (by name) written over, in the original order. */
  public byte[] write(Map<String, byte[]> replaced) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Set<String> written = new HashSet<>();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Entry e : entries.values()) {
        byte[] bytes = replaced.getOrDefault(e.name(), e.bytes());
        ZipEntry entry = new ZipEntry(e.name());
        entry.setTime(e.time());
        entry.setMethod(e.method());
        if (e.method() == ZipEntry.STORED) {
          CRC32 crc = new CRC32();
          crc.update(bytes);
          entry.setCrc(crc.getValue());
          entry.setSize(bytes.length);
          entry.setCompressedSize(bytes.length);
        }
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
        written.add(e.name());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!written.containsAll(replaced.keySet())) {
      throw new IllegalArgumentException("replaced parts that are not in the package: " + replaced.keySet());
    }
    return out.toByteArray();
  }
}
