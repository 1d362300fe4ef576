package org.dualuse.lists;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The build step that parses the bundled lists and writes their snapshots beside them
 * ({@link ControlLists#writeSnapshots}); run by Maven ({@code bundled-snapshots}) with the directory of
 * the compiled classes as its one argument. Not part of the API.
 */
final class BundledSnapshots {
  private BundledSnapshots() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: BundledSnapshots CLASSES_DIRECTORY");
      System.exit(2);
    }
    long start = System.nanoTime();
    // every list is parsed here: the warm-up runs beside the reading of the first source
    ParserWarmUp.start();
    ControlLists.writeSnapshots(Path.of(args[0]));
    System.out.printf("bundled list snapshots written in %.1f s%n", (System.nanoTime() - start) / 1e9);
  }
}
