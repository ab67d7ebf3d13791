package org.tandem.terms;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.tandem.model.TandemException;

/** File access shared by the glossary readers and writers: safe reading, atomic writing. */
final class TbxFiles {
  private TbxFiles() {}

  /** Reads an XML glossary file into its element tree. */
  static XmlTree.Node tree(Path file, String displayName) {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      return XmlTree.read(in, displayName);
    } catch (NoSuchFileException e) {
      throw new TandemException(displayName, 0, 0, null, "the file does not exist", e);
    } catch (IOException e) {
      throw new TandemException(displayName, 0, 0, null, "cannot read the glossary: " + e.getMessage(), e);
    }
  }

  /** Checks that the root is the dialect's, naming the version the file really is otherwise. */
  static void expectRoot(XmlTree.Node root, TbxDialect dialect, String file) {
    if (root.name().equals(dialect.root())) {
      return;
    }
    TbxDialect other = dialect == TbxDialect.V2008 ? TbxDialect.V3 : TbxDialect.V2008;
    String message = root.name().equals(other.root())
        ? "this is " + other.name() + ", not " + dialect.name()
        : "not a TBX file: the root element is <" + root.name() + ">, expected <" + dialect.root() + ">";
    throw new TandemException(file, root.line(), 0, null, message, null);
  }

  /** Writes text atomically: a temporary file in the same folder, then moved in place. */
  static void writeAtomically(Path file, String text) {
    Path dir = file.toAbsolutePath().getParent();
    Path tmp = null;
    try {
      Files.createDirectories(dir);
      tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      try {
        if (tmp != null) {
          Files.deleteIfExists(tmp);
        }
      } catch (IOException ignored) {
        // the original error is the one worth reporting
      }
      throw new TandemException(file.toString(), 0, 0, null, "cannot write the glossary: " + e, e);
    }
  }
}
