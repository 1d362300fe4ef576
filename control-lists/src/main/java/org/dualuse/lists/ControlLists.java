package org.dualuse.lists;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.BiFunction;
import org.dualuse.core.model.ControlList;
import org.dualuse.core.model.Provenance;
import org.dualuse.core.parse.AnnexParser;
import org.dualuse.core.parse.AnnexSource;
import org.dualuse.core.parse.ControlListFormatException;
import org.dualuse.lists.snapshot.ListSnapshotReader;
import org.dualuse.lists.snapshot.ListSnapshotWriter;
import org.dualuse.lists.snapshot.SnapshotFormatException;
import org.dualuse.lists.snapshot.SnapshotInfo;
import org.dualuse.lists.source.EuConsolidatedJsonReader;
import org.dualuse.lists.source.OfficialJournalPdfReader;

/**
 * The control lists bundled in this jar, and the door for a user's own file.
 *
 * <p>Bundled ids: {@code eu-annex-i-2025-11-15} (alias {@code eu}, the list in force) read from the
 * EU consolidated text, and {@code eu-annex-i-2021-09-09}, the annex as adopted in 2021, read from
 * Norway's reproduction of its English text in "Liste II – flerbruksvarer (2021)" (a PDF in the
 * Official Journal's layout, not the Official Journal print itself). Each
 * list is read on first use, once, and shared: the first call for an id parses it (other threads
 * asking for the same id wait for that one parse), later calls return the same instance. All methods
 * are thread-safe.
 *
 * <p>No thread of the library outlives the call that started it: a list is read on the caller's
 * thread (reading a snapshot, the source's digest is taken on a second thread, which ends before the
 * call returns). A background thread runs only when asked for, by {@link #preload()}.
 */
public final class ControlLists {
  /** Id of the EU list in force. */
  public static final String EU_2025 = "eu-annex-i-2025-11-15";
  /** Id of the EU list as adopted in 2021. */
  public static final String EU_2021 = OfficialJournalPdfReader.LIST_ID;
  /** The alias of the latest EU list. */
  public static final String EU_ALIAS = "eu";

  private static final String BUNDLED = "bundled/";
  /** Beside each bundled source: the parsed list ({@code ID.snapshot}) and what it is of ({@code ID.properties}). */
  static final String SNAPSHOT = ".snapshot";
  static final String SNAPSHOT_INFO = ".properties";
  private static final Map<String, Bundled> LISTS = new LinkedHashMap<>();

  /** What the 2021 source is: a reproduction, so the title and the provenance say whose. */
  private static final String EU_2021_SOURCE = "Norway's reproduction of the official English text of Annex I "
      + "as adopted in 2021, in \"Liste II – flerbruksvarer (2021)\" (Vedlegg II to the Norwegian regulation on the "
      + "export of defence materiel, dual-use items, technology and services; PDF of 2022-03-01), not the Official "
      + "Journal print (OJ L 206, 11.6.2021), which alone is authentic";
  private static final String EU_2021_TITLE = "Annex I to Regulation (EU) 2021/821 as adopted in 2021 — English text "
      + "as reproduced in Norway's Liste II – flerbruksvarer (2021)";
  private static final String EU_2021_URL = "https://github.com/safetecnordic/export-control";
  private static final String EU_2021_ATTRIBUTION = "Annex I of Regulation (EU) 2021/821 (https://eur-lex.europa.eu/eli/"
      + "reg/2021/821/oj), © European Union, reuse permitted provided the source is acknowledged (Commission Decision "
      + "2011/833/EU), as reproduced in Norway's Liste II – flerbruksvarer (2021). Only the Official Journal is authentic.";
  private static final String EU_2025_SOURCE = "The EU's consolidated text of Regulation (EU) 2021/821 valid from "
      + "2025-11-15 (CELEX 02021R0821-20251115), from EUR-Lex; consolidated texts are documentation, only the "
      + "Official Journal is authentic";

  static {
    LISTS.put(EU_2025, new Bundled(EU_2025, "eu-annex-i-2025/annex_i_02021R0821-20251115.json",
        (in, name) -> new EuConsolidatedJsonReader().read(in, name), EU_2025_SOURCE, null, null));
    LISTS.put(EU_2021, new Bundled(EU_2021, "eu-annex-i-2021-no/liste-ii-2021.pdf",
        (in, name) -> new OfficialJournalPdfReader().read(in, name), EU_2021_SOURCE, EU_2021_TITLE,
        (name, sha256) -> new Provenance(name, EU_2021_URL, sha256, EU_2021_ATTRIBUTION)));
  }

  private ControlLists() {}

  /** The latest EU list (Annex I as in force from 2025-11-15). */
  public static ControlList eu() {
    return get(EU_2025);
  }

  /**
   * A bundled list by id or alias.
   *
   * @throws UnknownListException for an unknown id, naming the known ones
   * @throws ControlListFormatException when the bundled text cannot be read
   */
  public static ControlList get(String id) {
    return bundled(id).list();
  }

  /**
   * The id of the bundled list an id or alias names ({@code eu} gives {@code eu-annex-i-2025-11-15}),
   * without loading it: for callers that check a list id where the list itself is not needed, such
   * as a job's driver that leaves the classifying to other machines.
   *
   * @throws UnknownListException for an unknown id, naming the known ones
   */
  public static String canonicalId(String id) {
    return bundled(id).id;
  }

  /** The known ids, bundled order, aliases excluded. */
  public static List<String> ids() {
    return List.copyOf(LISTS.keySet());
  }

  /**
   * Prepares this JVM for a fast first load of a bundled list, for a program that wants its first
   * answer soon (the {@code dualuse} command calls it at start). When a bundled list not yet loaded
   * will have to be parsed from its source, because its snapshot is missing or was written by other
   * code, this starts a background daemon thread, once per JVM, that warms the parser up (parses a
   * small made-up list, so that the parser's classes are loaded and its hot code compiled while the
   * caller reads the source). When every bundled list has a snapshot of the running code, as in a
   * built jar, there is nothing to prepare and no thread is started. Nothing is loaded and no list
   * is cached by this call.
   *
   * <p>Idempotent and thread-safe; returns at once. Without this call the library starts no
   * background thread.
   */
  public static void preload() {
    if (LISTS.values().stream().anyMatch(Bundled::willBeParsed)) {
      ParserWarmUp.start();
    }
  }

  /**
   * Id, title, effective date, entries, sha256 and source of every bundled list. A list is described
   * by the description of its snapshot when that snapshot is current (written by the code running,
   * from the bundled source, whose digest is checked); otherwise it is read and parsed.
   */
  public static List<ListInfo> available() {
    List<ListInfo> out = new ArrayList<>();
    for (Bundled b : LISTS.values()) {
      out.add(b.info());
    }
    return out;
  }

  /**
   * Reads a user's own file: the EU consolidated JSON ({@code .json}) or an Official Journal PDF
   * ({@code .pdf}). Not cached.
   *
   * @throws ControlListFormatException for another extension, or when its content is malformed
   * @throws UncheckedIOException when the file cannot be read
   */
  public static ControlList load(Path file) {
    Objects.requireNonNull(file, "file");
    Path fileName = file.getFileName();
    String name = fileName == null ? file.toString() : fileName.toString();
    String lower = name.toLowerCase(Locale.ROOT);
    boolean json = lower.endsWith(".json");
    if (!json && !lower.endsWith(".pdf")) {
      throw new ControlListFormatException(file.toString(), 0, null,
          "expected the EU consolidated text (.json) or an Official Journal PDF (.pdf)");
    }
    AnnexSource source;
    try (InputStream in = Files.newInputStream(file)) {
      source = json
          ? new EuConsolidatedJsonReader().read(in, name)
          : new OfficialJournalPdfReader().read(in, name);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return new AnnexParser().parse(source);
  }

  /**
   * Parses every bundled list from its source and writes its snapshot and description into a
   * directory laid out as the jar ({@code org/dualuse/lists/bundled/ID.snapshot}); the build's
   * {@code bundled-snapshots} step runs it on the compiled classes.
   */
  static void writeSnapshots(Path classes) throws IOException {
    Path folder = classes.resolve("org/dualuse/lists").resolve(BUNDLED);
    Files.createDirectories(folder);
    for (Bundled b : LISTS.values()) {
      ControlList list = b.read();
      Files.write(folder.resolve(b.id + SNAPSHOT), ListSnapshotWriter.write(list));
      try (OutputStream out = Files.newOutputStream(folder.resolve(b.id + SNAPSHOT_INFO))) {
        SnapshotInfo.of(list).write(out);
      }
      // what is written must read back as the list it was written from
      ControlList back = ListSnapshotReader.read(Files.readAllBytes(folder.resolve(b.id + SNAPSHOT)));
      if (!back.entries().equals(list.entries()) || !back.definitions().equals(list.definitions())
          || !back.documents().equals(list.documents()) || !back.provenance().equals(list.provenance())) {
        throw new IllegalStateException("the snapshot of list " + b.id + " does not read back as the list");
      }
    }
  }

  /** A bundled list read as a first use reads it (from a current snapshot, else parsed), not cached: for tests. */
  static ControlList readAnew(String id) {
    return bundled(id).readAnew();
  }

  /** A bundled list parsed from its source, whatever its snapshot, not cached: for tests. */
  static ControlList parseAnew(String id) {
    return bundled(id).read();
  }

  /** Whether the bundled list was read from its snapshot rather than parsed (it is read now if it was not yet). */
  static boolean readFromSnapshot(String id) {
    Bundled b = bundled(id);
    b.list();
    return b.readFromSnapshot;
  }

  private static Bundled bundled(String id) {
    String key = Objects.requireNonNull(id, "id").strip().toLowerCase(Locale.ROOT);
    if (key.equals(EU_ALIAS)) {
      key = EU_2025;
    }
    Bundled b = LISTS.get(key);
    if (b == null) {
      List<String> known = new ArrayList<>();
      known.add(EU_ALIAS + " (= " + EU_2025 + ")");
      known.addAll(LISTS.keySet());
      throw new UnknownListException(id, known);
    }
    return b;
  }

  /** One bundled list, read on first use. */
  private static final class Bundled {
    private final String id;
    private final String resource;
    private final BiFunction<InputStream, String, AnnexSource> reader;
    private final String source;
    private final String title;
    private final BiFunction<String, String, Provenance> provenance;
    private volatile ControlList list;
    /** Whether the list was read from its snapshot (not parsed): for the tests of the build's snapshot. */
    private volatile boolean readFromSnapshot;

    /**
     * @param source what the bundled file is, for {@link ListInfo#source()}
     * @param title the list's title when the reader's generic one would misname the source; null keeps it
     * @param provenance the provenance from the file name and sha256 when the reader's would misname
     *     the source; null keeps it
     */
    Bundled(String id, String resource, BiFunction<InputStream, String, AnnexSource> reader, String source,
        String title, BiFunction<String, String, Provenance> provenance) {
      this.id = id;
      this.resource = resource;
      this.reader = reader;
      this.source = source;
      this.title = title;
      this.provenance = provenance;
    }

    ControlList list() {
      ControlList l = list;
      if (l == null) {
        synchronized (this) {
          l = list;
          if (l == null) {
            Optional<ControlList> snapshot = fromSnapshot();
            readFromSnapshot = snapshot.isPresent();
            l = snapshot.orElseGet(this::read);
            list = l;
          }
        }
      }
      return l;
    }

    /** The list from its snapshot when it is current, else parsed from the source; not cached. */
    ControlList readAnew() {
      return fromSnapshot().orElseGet(this::read);
    }

    /**
     * Whether a first use will parse the source: the list is not loaded yet and has no snapshot of
     * the running code (a snapshot of it whose source digest no longer fits is found only by reading).
     */
    boolean willBeParsed() {
      return list == null && snapshotInfo().filter(SnapshotInfo::isOfRunningCode).isEmpty();
    }

    ListInfo info() {
      ControlList l = list;
      if (l == null) {
        Optional<SnapshotInfo> snapshot = snapshotInfo();
        if (snapshot.isPresent() && snapshot.get().isCurrentFor(sha256OfSource())) {
          SnapshotInfo i = snapshot.get();
          return new ListInfo(i.listId(), i.title(), i.effectiveDate(), i.entries(), i.sourceSha256(), source);
        }
        l = list();
      }
      return new ListInfo(l.id(), l.title(), l.effectiveDate(), l.entries().size(), l.provenance().sha256(), source);
    }

    /**
     * The list from its snapshot, when the snapshot is current: written in this format by the code
     * running from a source with the digest of the bundled one. The digest is taken on another thread
     * while the snapshot is read. Empty when there is no snapshot or it is stale: the source is then
     * parsed, as without one.
     */
    private Optional<ControlList> fromSnapshot() {
      Optional<SnapshotInfo> info = snapshotInfo();
      if (info.isEmpty() || !info.get().isOfRunningCode()) {
        return Optional.empty();
      }
      FutureTask<String> digest = new FutureTask<>(this::sha256OfSource);
      Thread t = new Thread(digest, "dualuse-source-digest");
      t.setDaemon(true);
      t.start();
      byte[] bytes = resourceBytes(BUNDLED + id + SNAPSHOT);
      ControlList read;
      try {
        read = bytes == null ? null : ListSnapshotReader.read(bytes);
      } catch (SnapshotFormatException e) {
        read = null; // a snapshot this code cannot read is no snapshot for it: the source is parsed instead
      }
      String sha256;
      try {
        t.join(); // no thread of the library outlives the call
        sha256 = digest.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while checking the snapshot of list " + id, e);
      } catch (ExecutionException e) {
        throw e.getCause() instanceof RuntimeException r ? r
            : new IllegalStateException("checking the snapshot of list " + id + " failed", e.getCause());
      }
      if (read == null || !info.get().isCurrentFor(sha256) || !read.provenance().sha256().equals(sha256)) {
        return Optional.empty();
      }
      return Optional.of(read);
    }

    private Optional<SnapshotInfo> snapshotInfo() {
      try (InputStream in = ControlLists.class.getResourceAsStream(BUNDLED + id + SNAPSHOT_INFO)) {
        return in == null ? Optional.empty() : Optional.of(SnapshotInfo.read(in));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the snapshot description of list " + id, e);
      }
    }

    /** The hex SHA-256 of the bundled source. */
    String sha256OfSource() {
      byte[] bytes = resourceBytes(BUNDLED + resource);
      if (bytes == null) {
        throw missing();
      }
      try {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("this JVM has no SHA-256", e);
      }
    }

    private static byte[] resourceBytes(String name) {
      try (InputStream in = ControlLists.class.getResourceAsStream(name)) {
        return in == null ? null : in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + name + " from the jar", e);
      }
    }

    private IllegalStateException missing() {
      return new IllegalStateException("the bundled text of list " + id + " is missing from this jar: "
          + "org/dualuse/lists/" + BUNDLED + resource + "; rebuild with the official texts in ../shared/data");
    }

    /** Reads and parses the bundled source. */
    ControlList read() {
      String name = resource.substring(resource.lastIndexOf('/') + 1);
      try (InputStream in = ControlLists.class.getResourceAsStream(BUNDLED + resource)) {
        if (in == null) {
          throw missing();
        }
        AnnexSource read = reader.apply(in, name);
        if (!read.listId().equals(id) || title != null || provenance != null) {
          read = new AnnexSource(id, title == null ? read.title() : title, read.jurisdiction(), read.effectiveDate(),
              provenance == null ? read.provenance() : provenance.apply(name, read.provenance().sha256()),
              read.provisions(), read.documents());
        }
        return new AnnexParser().parse(read);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the bundled text of list " + id, e);
      }
    }
  }
}
