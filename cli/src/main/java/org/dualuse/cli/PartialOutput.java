package org.dualuse.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.LongSupplier;

/**
 * An output file written in full or not at all: the records go to a temporary file in the output's
 * directory ({@code .NAME.*.partial}), which replaces the output in one atomic move by
 * {@link #commit()}. Closed without a commit, or when the JVM is stopped (Ctrl-C, {@code kill}) while
 * it is open, it deletes the temporary file and leaves the output as it was, missing or an earlier
 * run's complete result; the stop is reported on stderr with how far the run got. Only a run killed
 * outright ({@code kill -9}, power loss) leaves the temporary file, never a cut-off output.
 *
 * <p>One instance per output; not thread-safe, except for the shutdown hook it registers.
 */
final class PartialOutput implements AutoCloseable {
  private final Path output;
  private final Path partial;
  private final Thread cleanup;
  private boolean committed;

  /**
   * @param output the file to write in the end
   * @param command the command's name, for the message on stop ({@code classify})
   * @param done how many rows were written when stopped
   * @param err where the message on stop goes
   * @throws IOException when no temporary file can be made beside the output
   */
  PartialOutput(Path output, String command, LongSupplier done, PrintWriter err) throws IOException {
    this.output = output.toAbsolutePath();
    this.partial = Files.createTempFile(this.output.getParent(), "." + this.output.getFileName() + ".", ".partial");
    this.cleanup = new Thread(() -> {
      if (!Files.exists(partial)) {
        return;
      }
      deleteQuietly(partial);
      err.println("dualuse " + command + ": interrupted after " + done.getAsLong() + " rows; " + this.output
          + " is left as it was (run it again for the whole result)");
      err.flush();
    }, "dualuse-" + command + "-interrupted");
    Runtime.getRuntime().addShutdownHook(cleanup);
  }

  /** The temporary file to write to. */
  Path file() {
    return partial;
  }

  /** Moves the temporary file over the output, atomically where the file system can. */
  void commit() throws IOException {
    try {
      Files.move(partial, output, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(partial, output, StandardCopyOption.REPLACE_EXISTING);
    }
    committed = true;
  }

  /** Deletes the temporary file unless committed; leaves the output as it was. */
  @Override
  public void close() {
    try {
      Runtime.getRuntime().removeShutdownHook(cleanup);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running or will run: it cleans up
    }
    if (!committed) {
      deleteQuietly(partial);
    }
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      // a temporary file that cannot go is left beside the output; it never replaces it
    }
  }
}
