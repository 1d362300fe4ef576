package org.dualuse.core.parse;

import java.util.Objects;
import java.util.Set;
import org.dualuse.core.DualUseException;
import org.dualuse.core.model.DocumentKind;

/**
 * What is particular to one control list and not written in its provisions: the headings of its
 * cyber-surveillance items, which of its general notes release items, whether the vocabulary bundled
 * with the classifier (written for its codes) applies, and whether its catch-all screen runs. The
 * parser and the classifier ask the list's profile instead of knowing any list's codes.
 *
 * <p><b>Adding a list.</b> A list's reader comes with its profile: a public class with a public
 * no-argument constructor, registered as a service ({@code provides
 * org.dualuse.core.parse.ListProfile with ...} in the reader's {@code module-info.java}, and the
 * class's name in {@code META-INF/services/org.dualuse.core.parse.ListProfile} for the class path).
 * {@link #of(String)} finds it by the list's id. A list no profile {@link #describes} gets the
 * {@link #neutral()} one: no cyber-surveillance headings, no general notes, no list vocabulary, no
 * catch-all screen; the methods' defaults are those of the neutral profile.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface ListProfile {

  /** A short name for reports and errors ("EU Annex I"). */
  String name();

  /**
   * Whether this profile is the one of the list with this id (every version of a list, as a rule:
   * {@code eu-annex-i-2025-11-15} and {@code eu-annex-i-2021-09-09}).
   *
   * @throws NullPointerException when {@code listId} is null
   */
  boolean describes(String listId);

  /** The cyber-surveillance headings of the list (Article 2(20) of Regulation (EU) 2021/821); none by default. */
  default CyberSurveillanceRule cyberSurveillance() {
    return CyberSurveillanceRule.none();
  }

  /**
   * The general notes of the list that release items when a text shows they apply ({@link
   * DocumentKind#CRYPTOGRAPHY_NOTE}, {@link DocumentKind#GENERAL_SOFTWARE_NOTE}, {@link
   * DocumentKind#GENERAL_TECHNOLOGY_NOTE}); none by default.
   */
  default Set<DocumentKind> generalNotes() {
    return Set.of();
  }

  /**
   * Whether the vocabulary and knowledge files bundled with the classifier apply: their rows name
   * this list's codes. False by default: a list of other codes is indexed with its own words only.
   */
  default boolean bundledVocabulary() {
    return false;
  }

  /**
   * The lists whose rows of the data files bundled with the classifier a classifier over this list
   * loads, by the name each file declares in its header ({@code # list: eu-annex-i}); rows of general
   * knowledge ({@code # list: any}) load for every list. None by default: a list of other codes is
   * indexed with its own words and the general knowledge only.
   */
  default Set<String> dataLists() {
    return Set.of();
  }

  /**
   * Whether a product the list does not control is screened for the indicators of the catch-all
   * control (Article 5 of Regulation (EU) 2021/821); false by default.
   */
  default boolean catchAllScreen() {
    return false;
  }

  /** The profile of a list none describes: every method at its default. */
  static ListProfile neutral() {
    return ListProfiles.NEUTRAL;
  }

  /**
   * The profile of the list with this id: the one registered profile that {@link #describes} it,
   * else {@link #neutral()}.
   *
   * @throws NullPointerException when {@code listId} is null
   * @throws DualUseException when two registered profiles describe the list
   * @throws java.util.ServiceConfigurationError when a registered profile cannot be loaded
   */
  static ListProfile of(String listId) {
    Objects.requireNonNull(listId, "listId");
    ListProfile found = null;
    for (ListProfile p : ListProfiles.REGISTERED) {
      if (p.describes(listId)) {
        if (found != null) {
          throw new DualUseException("two list profiles describe " + listId + ": " + found.name() + " ("
              + found.getClass().getName() + ") and " + p.name() + " (" + p.getClass().getName() + ")");
        }
        found = p;
      }
    }
    return found != null ? found : ListProfiles.NEUTRAL;
  }
}
