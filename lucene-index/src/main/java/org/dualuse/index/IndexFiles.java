package org.dualuse.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HexFormat;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.Directory;

/**
 * The Lucene files of a {@link ListIndex}, open: its directory, reader and searcher. A bundled
 * index's files are opened only when first asked for (only the reference query and a new bundle need
 * them: classification runs on the impacts), and only when they are those of the commit the impacts
 * came from. Thread-safe: every access is synchronized.
 */
final class IndexFiles {
  private final String listId;
  /** For a bundled index, the commit its impacts were read from; null otherwise. */
  private final String bundledCommit;
  private Directory directory; // guarded by this
  private DirectoryReader reader; // guarded by this
  private IndexSearcher searcher; // guarded by this

  private IndexFiles(String listId, String bundledCommit) {
    this.listId = listId;
    this.bundledCommit = bundledCommit;
  }

  /** The files of a directory that holds the index, opened now. */
  static IndexFiles open(String listId, Directory directory) throws IOException {
    IndexFiles files = new IndexFiles(listId, null);
    synchronized (files) {
      files.open(directory);
      files.directory = directory;
    }
    return files;
  }

  /** The files of the bundled index whose impacts came from commit {@code commitId}, opened when asked for. */
  static IndexFiles bundled(String listId, String commitId) {
    return new IndexFiles(listId, commitId);
  }

  private void open(Directory dir) throws IOException {
    reader = DirectoryReader.open(dir);
    searcher = new IndexSearcher(reader);
    // every query is new user text: caching its clauses costs more than it saves
    searcher.setQueryCache(null);
    searcher.setSimilarity(new BM25Similarity());
  }

  /** The reader, for a directory opened now (a bundled index's reader is not read from). */
  synchronized DirectoryReader reader() {
    return reader;
  }

  /**
   * The searcher over the index. A bundled index's files are read into memory now, on first use.
   *
   * @throws IllegalStateException when the bundled files are not those of the commit the impacts came from
   */
  synchronized IndexSearcher searcher() {
    directory();
    return searcher;
  }

  /** The directory of the index; as {@link #searcher()}, a bundled index's files are opened now. */
  synchronized Directory directory() {
    if (directory == null) {
      Directory files = BundledIndex.files(listId);
      try {
        String commit = files == null ? null : HexFormat.of().formatHex(SegmentInfos.readLatestCommit(files).getId());
        if (!bundledCommit.equals(commit)) {
          throw new IllegalStateException("the bundled index files of " + listId + " are not those of its impacts"
              + " (commit " + commit + ", impacts of " + bundledCommit + "): rebuild the jar");
        }
        open(files);
        directory = files;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot open the bundled index of " + listId, e);
      }
    }
    return directory;
  }

  synchronized void close() {
    try {
      if (reader != null) {
        reader.close();
      }
      if (directory != null) {
        directory.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("closing the index of " + listId + " failed", e);
    }
  }

  /** "bundled", or the kind of directory the index was opened in. */
  synchronized String describe() {
    return bundledCommit != null ? "bundled" : directory.getClass().getSimpleName();
  }
}
