package org.dualuse.lists.snapshot;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Properties;
import org.dualuse.core.internal.CodeVersion;
import org.dualuse.core.model.ControlList;

/**
 * What a list snapshot is of, kept beside it: the list's id, title, effective date and number of
 * entries (so that the registry can describe a bundled list without reading it), the SHA-256 of the
 * source it was parsed from, and the versions of the code that parsed it ({@link CodeVersion} of
 * {@code dualuse-core} and {@code dualuse-control-lists}) and of the snapshot format.
 *
 * @param format the {@link SnapshotFormat} version of the snapshot
 * @param listId the list's id
 * @param title the list's title
 * @param effectiveDate the list's effective date
 * @param entries its number of entries
 * @param sourceSha256 hex SHA-256 of the source file it was parsed from
 * @param coreCode the code version of dualuse-core that parsed it
 * @param listsCode the code version of dualuse-control-lists that read the source
 */
public record SnapshotInfo(int format, String listId, String title, LocalDate effectiveDate, int entries,
    String sourceSha256, String coreCode, String listsCode) {
  public static final String CORE = "dualuse-core";
  public static final String LISTS = "dualuse-control-lists";

  public SnapshotInfo {
    Objects.requireNonNull(listId, "listId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(effectiveDate, "effectiveDate");
    Objects.requireNonNull(sourceSha256, "sourceSha256");
    Objects.requireNonNull(coreCode, "coreCode");
    Objects.requireNonNull(listsCode, "listsCode");
  }

  /** What a snapshot of this list, written now by the code running, is of. */
  public static SnapshotInfo of(ControlList list) {
    return new SnapshotInfo(SnapshotFormat.VERSION, list.id(), list.title(), list.effectiveDate(),
        list.entries().size(), list.provenance().sha256(), CodeVersion.of(CORE), CodeVersion.of(LISTS));
  }

  /**
   * Whether the snapshot was written in this format by the code running now, from a source with this
   * digest: only then is it the list that parsing the source would give.
   */
  public boolean isCurrentFor(String sha256OfSource) {
    return format == SnapshotFormat.VERSION && sourceSha256.equals(sha256OfSource)
        && CodeVersion.matches(CORE, coreCode) && CodeVersion.matches(LISTS, listsCode);
  }

  /** Whether the snapshot was written in this format by the code running now, whatever its source. */
  public boolean isOfRunningCode() {
    return format == SnapshotFormat.VERSION && CodeVersion.matches(CORE, coreCode)
        && CodeVersion.matches(LISTS, listsCode);
  }

  /**
   * Reads the properties form.
   *
   * @throws SnapshotFormatException when a key is missing or a value malformed
   * @throws UncheckedIOException when the stream cannot be read
   */
  public static SnapshotInfo read(InputStream in) {
    Properties p = new Properties();
    try {
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read a snapshot's description", e);
    }
    try {
      return new SnapshotInfo(Integer.parseInt(value(p, "format")), value(p, "list"), value(p, "title"),
          LocalDate.parse(value(p, "effectiveDate")), Integer.parseInt(value(p, "entries")), value(p, "sourceSha256"),
          value(p, "coreCode"), value(p, "listsCode"));
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new SnapshotFormatException("malformed snapshot description: " + e.getMessage(), e);
    }
  }

  /** Writes the properties form. */
  public void write(OutputStream out) {
    Properties p = new Properties();
    p.setProperty("format", Integer.toString(format));
    p.setProperty("list", listId);
    p.setProperty("title", title);
    p.setProperty("effectiveDate", effectiveDate.toString());
    p.setProperty("entries", Integer.toString(entries));
    p.setProperty("sourceSha256", sourceSha256);
    p.setProperty("coreCode", coreCode);
    p.setProperty("listsCode", listsCode);
    try {
      // no date comment: the same list gives the same bytes
      p.store(new StripFirstLine(out), null);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write a snapshot's description", e);
    }
  }

  private static String value(Properties p, String key) {
    String v = p.getProperty(key);
    if (v == null) {
      throw new SnapshotFormatException("snapshot description lacks '" + key + "'");
    }
    return v;
  }

  /** Drops what Properties.store writes before the first line break: the date comment. */
  private static final class StripFirstLine extends java.io.FilterOutputStream {
    private boolean inFirstLine = true;

    StripFirstLine(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      if (inFirstLine) {
        inFirstLine = b != '\n';
        return;
      }
      out.write(b);
    }
  }
}
