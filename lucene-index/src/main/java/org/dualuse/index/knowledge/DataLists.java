package org.dualuse.index.knowledge;

import java.io.InputStream;
import java.io.Reader;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import org.dualuse.core.DataFileLines;
import org.dualuse.core.parse.ListProfile;

/**
 * The lists the module's bundled data files (vocabulary, knowledge) declare their rows belong to, by
 * a header line {@code # list: NAME} ({@link org.dualuse.core.DataFileLines#declaredList}), and
 * which of them a classifier over a list loads: the rows of general knowledge ({@value #ANY}: metal
 * names, generic words, purposes) always, a list's rows when the list's {@link ListProfile#dataLists()
 * profile} names it. Stateless.
 */
public final class DataLists {
  /** General knowledge that serves every list (unit words, synonyms, names of metals). */
  public static final String ANY = DataFileLines.ANY_LIST;
  /** Rows that name the codes of Annex I of Regulation (EU) 2021/821 or paraphrase its wording. */
  public static final String EU_ANNEX_I = "eu-annex-i";
  /** The names a bundled data file may declare; any other is refused with its file and line. */
  public static final Set<String> KNOWN = Set.of(ANY, EU_ANNEX_I);

  private DataLists() {}

  /**
   * Whether a classifier over a list with this profile loads rows of every one of these declared
   * lists.
   *
   * @throws NullPointerException when an argument is null
   */
  public static boolean loadsAll(Collection<String> declared, ListProfile profile) {
    Objects.requireNonNull(declared, "declared");
    Objects.requireNonNull(profile, "profile");
    for (String list : declared) {
      if (!list.equals(ANY) && !profile.dataLists().contains(list)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A bundled data file read whole, its list declaration checked before any row is read: the loaders
   * of the module's other data files (cue files, lexicons, product kinds, release words) read their
   * rows from the reader this returns. Closes {@code in}.
   *
   * @param in the file's bytes (UTF-8)
   * @param source the file's name, for errors
   * @return a reader over the file's whole text
   * @throws org.dualuse.core.DataFileFormatException naming the file and line when the declaration is
   *     missing, repeated or names a list not {@link #KNOWN}
   * @throws java.io.UncheckedIOException when the file cannot be read
   */
  public static Reader declaredFile(InputStream in, String source) {
    return DataFileLines.declaredFile(in, source, KNOWN);
  }

}
