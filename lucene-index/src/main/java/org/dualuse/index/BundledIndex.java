package org.dualuse.index;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.dualuse.core.model.ControlList;

/**
 * The indexes of the bundled lists, built when this jar was built and shipped in it, in
 * {@code org/dualuse/index/bundled/LIST_ID/}: the Lucene files, {@code files.properties} naming them,
 * and {@code snapshot.bin}: the data of the index's commit (what it was built from and by: list id and
 * source digest, vocabulary, Lucene version, code versions), the code of each document, and the
 * {@link WordImpacts} (the BM25 score of every posting). {@link ListIndex#inMemory} classifies on the
 * snapshot alone, when its commit data are those of the list, vocabulary and code at hand, and builds
 * the index as without it otherwise; the Lucene files are read only when the index's searcher is asked
 * for, and must be those of the snapshot's commit.
 *
 * <p>{@link #main} is the build step ({@code bundled-indexes} in this module's POM) that writes them;
 * it runs with the control lists on the class path, which this module otherwise does not depend on.
 */
final class BundledIndex {
  private static final String FOLDER = "bundled/";
  private static final String FILES = "files.properties";
  private static final String SNAPSHOT = "snapshot.bin";
  /**
   * The first string of {@link #SNAPSHOT}; raise it with every change of its layout (2: the impacts
   * hold the retrieval-pointer field).
   */
  private static final String FORMAT = "dualuse-index-snapshot-2";

  private BundledIndex() {}

  /**
   * What a bundled index holds besides its Lucene files.
   *
   * @param commitId the hex id of the commit it was read from
   * @param commit the commit's data
   * @param codes the code of each document, in document order
   * @param words the impacts of the word fields
   * @param ids the impacts of the identifier fields
   */
  record Snapshot(String commitId, Map<String, String> commit, List<String> codes, WordImpacts words,
      WordImpacts ids) {}

  /**
   * The snapshot of a list's bundled index, or null when this jar has none or it cannot be read (the
   * index is then built, as without one).
   */
  static Snapshot snapshot(String listId) {
    byte[] bytes;
    try (InputStream in = BundledIndex.class.getResourceAsStream(FOLDER + listId + "/" + SNAPSHOT)) {
      if (in == null) {
        return null;
      }
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled index of list " + listId, e);
    }
    try {
      ByteBuffer in = ByteBuffer.wrap(bytes);
      if (!FORMAT.equals(WordImpacts.utf(in))) {
        return null;
      }
      String commitId = WordImpacts.utf(in);
      int entries = in.getInt();
      Map<String, String> commit = new LinkedHashMap<>();
      for (int i = 0; i < entries; i++) {
        commit.put(WordImpacts.utf(in), WordImpacts.utf(in));
      }
      int docs = in.getInt();
      List<String> codes = new ArrayList<>(docs);
      for (int i = 0; i < docs; i++) {
        codes.add(WordImpacts.utf(in));
      }
      WordImpacts words = WordImpacts.read(in, IndexFields.WORD_FIELDS);
      WordImpacts ids = WordImpacts.read(in, IndexFields.ID_FIELDS);
      return in.hasRemaining() ? null : new Snapshot(commitId, commit, codes, words, ids);
    } catch (IOException | BufferUnderflowException | IllegalArgumentException e) {
      return null; // a snapshot this code cannot read is no snapshot for it: the index is built instead
    }
  }

  /**
   * The Lucene files of a list's bundled index copied into memory, or null when this jar lacks one of them.
   *
   * @throws UncheckedIOException when the bundled files cannot be read
   */
  static Directory files(String listId) {
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
            return null;
          }
          bytes = file.readAllBytes();
        }
        try (IndexOutput out = directory.createOutput(name, IOContext.DEFAULT)) {
          out.writeBytes(bytes, bytes.length);
        }
      }
      return directory;
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
    try (ListIndex index = ListIndex.onDisk(list, folder)) {
      if (index.size() == 0) {
        throw new IllegalStateException("the index of list " + list.id() + " is empty");
      }
      Snapshot snapshot = index.snapshot();
      try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
          Files.newOutputStream(folder.resolve(SNAPSHOT))))) {
        out.writeUTF(FORMAT);
        out.writeUTF(snapshot.commitId());
        out.writeInt(snapshot.commit().size());
        for (Map.Entry<String, String> e : snapshot.commit().entrySet()) {
          out.writeUTF(e.getKey());
          out.writeUTF(e.getValue());
        }
        out.writeInt(snapshot.codes().size());
        for (String code : snapshot.codes()) {
          out.writeUTF(code);
        }
        snapshot.words().write(out);
        snapshot.ids().write(out);
      }
    }
    List<String> names = new ArrayList<>();
    try (Directory written = FSDirectory.open(folder)) {
      for (String name : written.listAll()) {
        if (!name.equals("write.lock") && !name.equals(SNAPSHOT)) {
          names.add(name);
        }
      }
    }
    Files.deleteIfExists(folder.resolve("write.lock"));
    // written by hand: Properties.store would date it, and the same index should give the same jar
    Files.writeString(folder.resolve(FILES), "files=" + String.join(",", names) + "\n", StandardCharsets.ISO_8859_1);
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
