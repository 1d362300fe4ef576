package org.dualuse.index.knowledge;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;
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
  public static final String ANY = "any";
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
}
