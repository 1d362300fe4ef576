package org.dualuse.index;

import java.util.Objects;
import java.util.Set;
import org.dualuse.core.model.ControlList;
import org.dualuse.core.model.DocumentKind;
import org.dualuse.core.parse.ListProfile;

/**
 * A second list as a reader module would plug it in: the synthetic {@link WidgetList} under an id of
 * its own, with a profile registered in this module's test resources ({@code META-INF/services}) that
 * asks for the catch-all screen and the General Software Note. Nothing in the pipeline names it.
 */
public final class ProfiledWidgetList implements ListProfile {

  /** The id of the list this profile describes. */
  public static final String LIST_ID = "widgets-profiled";

  /** The widget list under {@link #LIST_ID}. */
  static ControlList list() {
    ControlList w = WidgetList.list();
    return new ControlList(LIST_ID, w.title(), w.jurisdiction(), w.effectiveDate(), w.provenance(), w.entries(),
        w.definitions(), w.documents());
  }

  @Override
  public String name() {
    return "profiled widgets";
  }

  @Override
  public boolean describes(String listId) {
    return Objects.requireNonNull(listId, "listId").equals(LIST_ID);
  }

  @Override
  public Set<DocumentKind> generalNotes() {
    return Set.of(DocumentKind.GENERAL_SOFTWARE_NOTE);
  }

  @Override
  public boolean catchAllScreen() {
    return true;
  }
}
