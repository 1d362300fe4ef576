package org.dualuse.index;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.dualuse.core.model.ControlList;

/**
 * The indexes of the bundled lists, built when this jar was built and shipped in it
 * ({@code org/dualuse/index/bundled/LIST_ID/}: the Lucene files, {@code files.properties} naming
 * them, and {@code impacts.bin}, the {@link WordImpacts} of the index, so that opening it does not
 * score every posting again), so that {@link ListIndex#inMemory} reads an index instead of analysing
 * a list. The index records in its commit what it was built from and by (list id and source digest,
 * vocabulary, Lucene version, code versions); {@link ListIndex} opens it only when every one of them
 * is that of the list, vocabulary and code at hand, and builds the index as without it otherwise. The
 * impacts name the commit they were read from, and are used only with it.
 *
 * <p>{@link #main} is the build step ({@code bundled-indexes} in this module's POM) that writes them;
 * it runs with the control lists on the class path, which this module otherwise does not depend on.
 */
final class BundledIndex {
  private static final String FOLDER = "bundled/";
  private static final String FILES = "files.properties";
  static final String IMPACTS = "impacts.bin";

  private BundledIndex() {}

  /** A bundled index copied into memory, and the bytes of its impacts (null when it has none). */
  record Loaded(Directory directory, byte[] impacts) {}

  /**
   * The bundled index of a list copied into memory, or null when this jar has none for it; whether it
   * is current is for the caller to check against its commit.
   *
   * @throws UncheckedIOException when the bundled files cannot be read
   */
  static Loaded load(String listId) {
    String folder = FOLDER + listId + "/";
    Properties files = new Properties();
    try (InputStream in = BundledIndex.class.getResourceAsStream(folder + FILES)) {
      if (in == null) {
        return null;
      }
      files.load(in);
      ByteBuffersDirectory directory = new ByteBuffersDirectory();
      for (String name : files.getProperty("files", "").split(",")) {
        byte[] bytes;
        try (InputStream file = BundledIndex.class.getResourceAsStream(folder + name)) {
          if (file == null) {
            directory.close();
            return null; // a file the list names is missing: as if there were no bundled index
          }
          bytes = file.readAllBytes();
        }
        try (IndexOutput out = directory.createOutput(name, IOContext.DEFAULT)) {
          out.writeBytes(bytes, bytes.length);
        }
      }
      byte[] impacts;
      try (InputStream in2 = BundledIndex.class.getResourceAsStream(folder + IMPACTS)) {
        impacts = in2 == null ? null : in2.readAllBytes();
      }
      return new Loaded(directory, impacts);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled index of list " + listId, e);
    }
  }

  /** Writes the index of a list with the standard vocabulary into {@code CLASSES/org/dualuse/index/bundled/ID/}. */
  static void write(ControlList list, Path classes) throws IOException {
    Path folder = classes.resolve("org/dualuse/index").resolve(FOLDER).resolve(list.id());
    if (Files.isDirectory(folder)) {
      try (var old = Files.list(folder)) {
        for (Path p : old.toList()) {
          Files.delete(p);
        }
      }
    }
    Files.createDirectories(folder);
    List<String> names = new ArrayList<>();
    try (ListIndex index = ListIndex.onDisk(list, folder)) {
      if (index.size() == 0) {
        throw new IllegalStateException("the index of list " + list.id() + " is empty");
      }
      try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
          Files.newOutputStream(folder.resolve(IMPACTS))))) {
        index.writeImpacts(out);
      }
    }
    try (Directory written = FSDirectory.open(folder)) {
      for (String name : written.listAll()) {
        if (!name.equals("write.lock") && !name.equals(IMPACTS)) {
          names.add(name);
        }
      }
    }
    Files.deleteIfExists(folder.resolve("write.lock"));
    Properties files = new Properties();
    files.setProperty("files", String.join(",", names));
    try (OutputStream out = Files.newOutputStream(folder.resolve(FILES))) {
      files.store(out, "the Lucene files of the bundled index of " + list.id());
    }
  }

  /**
   * Builds the index of every bundled list into the compiled classes. The lists come from
   * {@code org.dualuse.lists.ControlLists}, found by name: this module does not depend on the control
   * lists, and the build runs this step with them on the class path.
   *
   * @param args the directory of the compiled classes
   */
  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: BundledIndex CLASSES_DIRECTORY");
      System.exit(2);
    }
    long start = System.nanoTime();
    Class<?> registry = Class.forName("org.dualuse.lists.ControlLists");
    Method ids = registry.getMethod("ids");
    Method get = registry.getMethod("get", String.class);
    for (Object id : (List<?>) ids.invoke(null)) {
      write((ControlList) get.invoke(null, id), Path.of(args[0]));
    }
    System.out.printf("bundled indexes written in %.1f s%n", (System.nanoTime() - start) / 1e9);
  }
}
