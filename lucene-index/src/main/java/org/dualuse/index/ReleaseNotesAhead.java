package org.dualuse.index;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.dualuse.core.model.ControlList;
import org.dualuse.index.analysis.ListAnalyzer;
import org.dualuse.index.decision.DecisionModel;
import org.dualuse.index.knowledge.Knowledge;
import org.dualuse.index.surveillance.Article5Screen;
import org.dualuse.index.surveillance.CyberSurveillanceItems;
import org.dualuse.index.surveillance.CyberSurveillanceNotes;

/**
 * A list's release notes, with the module's standard data files (the decision model, the
 * surveillance screens, the knowledge files), read on a second thread while the caller reads the
 * list's index ({@link HybridClassifier#of}): on a fresh JVM each is mostly class loading and
 * interpreted analysis, and a second core takes one of them. The thread is a daemon and ends with
 * the reading. Used by one thread.
 */
final class ReleaseNotesAhead {

  private final ControlList list;
  private final FutureTask<ReleaseNotes> notes;

  private ReleaseNotesAhead(ControlList list) {
    this.list = list;
    this.notes = new FutureTask<>(() -> {
      DecisionModel.standard();
      Article5Screen.standard();
      CyberSurveillanceNotes.standard();
      CyberSurveillanceItems.standard();
      Knowledge.standard();
      return new ReleaseNotes(list, new ListAnalyzer());
    });
  }

  /** Starts reading the list's release notes on a daemon thread. */
  static ReleaseNotesAhead start(ControlList list) {
    ReleaseNotesAhead ahead = new ReleaseNotesAhead(list);
    Thread reading = new Thread(ahead.notes, "dualuse-release-notes");
    reading.setDaemon(true);
    reading.start();
    return ahead;
  }

  /**
   * The release notes, once read; a failure is thrown as the same call on this thread would throw it
   * (a malformed data file the module ships).
   */
  ReleaseNotes get() {
    try {
      return notes.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the release notes of " + list.id(), e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    }
  }
}
