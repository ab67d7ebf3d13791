package org.tandem.dist;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The release archive the build made ({@code target/tandem-VERSION.zip}), unpacked once per test run into a
 * temporary folder as a user would, file modes included; deleted when the tests end.
 */
final class Release {
  private static Path installed;

  private Release() {}

  /** The archive's path without extension, from failsafe's configuration in pom.xml. */
  static Path archive() {
    String base = System.getProperty("tandem.release.archive");
    Assumptions.assumeTrue(base != null, "run by mvn verify, which builds the release archive first");
    return Path.of(base);
  }

  /** The version in the archive's name. */
  static String version() {
    return archive().getFileName().toString().substring("tandem-".length());
  }

  /** The unpacked {@code tandem-VERSION} folder of the zip archive. */
  static synchronized Path home() throws IOException {
    if (installed == null) {
      Path zip = Path.of(archive() + ".zip");
      Path dir = Files.createTempDirectory("tandem-release-");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
      unzip(zip, dir);
      installed = dir.resolve("tandem-" + version());
    }
    return installed;
  }

  /** Unpacks with the Unix file modes the archive records (java.util.zip would drop them). */
  static void unzip(Path zip, Path dir) throws IOException {
    URI uri = URI.create("jar:" + zip.toUri());
    try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of());
        Stream<Path> entries = Files.walk(fs.getPath("/"))) {
      for (Path entry : (Iterable<Path>) entries::iterator) {
        Path target = dir.resolve(entry.toString().substring(1));
        if (Files.isDirectory(entry)) {
          Files.createDirectories(target);
        } else {
          Files.copy(entry, target);
          @SuppressWarnings("unchecked") // the zip file system's view of the entry's Unix mode
          Set<PosixFilePermission> mode = (Set<PosixFilePermission>) Files.getAttribute(entry, "zip:permissions");
          if (mode != null) {
            Files.setPosixFilePermissions(target, mode);
          }
        }
      }
    }
  }

  static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
