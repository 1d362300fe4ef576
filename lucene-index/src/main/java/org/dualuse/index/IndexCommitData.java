package org.dualuse.index;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Version;
import org.dualuse.core.internal.CodeVersion;
import org.dualuse.core.model.ControlList;

/**
 * What the commit of a {@link ListIndex} records it was built from and by, and whether an index found
 * (bundled in the jar, or on disk) is current: an index that differs in any of these is rebuilt,
 * never used. Static helpers only.
 */
final class IndexCommitData {
  static final String FORMAT = "dualuse-list-index-5";
  // the modules whose code the index depends on: the list's parser and reader, and the index's own
  private static final String CORE = "dualuse-core";
  private static final String LISTS = "dualuse-control-lists";
  private static final String INDEX = "dualuse-lucene-index";

  private IndexCommitData() {}

  static boolean holdsIndexOf(Directory directory, ControlList list, Vocabulary vocabulary) throws IOException {
    if (!DirectoryReader.indexExists(directory)) {
      return false;
    }
    // the commit alone: opening a reader would open every segment, only to read its user data
    return isCurrent(SegmentInfos.readLatestCommit(directory).getUserData(), list, vocabulary);
  }

  /** Whether the data of a commit say the index is that of this list and vocabulary, built by the code running. */
  static boolean isCurrent(Map<String, String> data, ControlList list, Vocabulary vocabulary) {
    return FORMAT.equals(data.get("format"))
        && list.id().equals(data.get("list"))
        && list.provenance().sha256().equals(data.get("sha256"))
        && vocabulary.fingerprint().equals(data.get("vocabulary"))
        && Version.LATEST.toString().equals(data.get("lucene"))
        && CodeVersion.matches(CORE, data.getOrDefault(CORE, CodeVersion.UNKNOWN))
        && CodeVersion.matches(LISTS, data.getOrDefault(LISTS, CodeVersion.UNKNOWN))
        && CodeVersion.matches(INDEX, data.getOrDefault(INDEX, CodeVersion.UNKNOWN));
  }

  /**
   * What the index of a list was built from and by: the format, the list (id and source digest), the
   * vocabulary, the Lucene version and the versions of the code that parsed the list and built the
   * index. An index whose commit says otherwise is stale: it is rebuilt, never used.
   */
  static Map<String, String> commitData(ControlList list, Vocabulary vocabulary) {
    Map<String, String> data = new LinkedHashMap<>();
    data.put("format", FORMAT);
    data.put("list", list.id());
    data.put("sha256", list.provenance().sha256());
    data.put("vocabulary", vocabulary.fingerprint());
    data.put("lucene", Version.LATEST.toString());
    data.put(CORE, CodeVersion.of(CORE));
    data.put(LISTS, CodeVersion.of(LISTS));
    data.put(INDEX, CodeVersion.of(INDEX));
    return data;
  }
}
