package org.dualuse.lists.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.dualuse.core.parse.AnnexSource;

/**
 * Reads one format of official publication into an {@link AnnexSource}. Implementations are
 * stateless and thread-safe; every one reads the whole file into memory first, because the sha256
 * of its bytes is part of the list's provenance.
 */
public interface SourceReader {

  /**
   * Reads a publication from its bytes.
   *
   * @param bytes the whole file
   * @param sourceName the file name, for provenance and error messages
   * @throws org.dualuse.core.parse.ControlListFormatException naming the file and the line or code
   *     where the publication does not have the expected form; never a partial result
   */
  AnnexSource read(byte[] bytes, String sourceName);

  /**
   * Reads a publication from a stream (not closed here).
   *
   * @throws UncheckedIOException when the stream fails
   */
  default AnnexSource read(InputStream in, String sourceName) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(sourceName, "sourceName");
    byte[] bytes;
    try {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + sourceName, e);
    }
    return read(bytes, sourceName);
  }

  /**
   * Reads a publication from a file.
   *
   * @throws UncheckedIOException when the file cannot be read
   */
  default AnnexSource read(Path file) {
    Objects.requireNonNull(file, "file");
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return read(bytes, file.getFileName().toString());
  }
}
