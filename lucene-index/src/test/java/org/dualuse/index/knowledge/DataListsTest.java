package org.dualuse.index.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.dualuse.core.DataFileFormatException;
import org.dualuse.index.HybridClassifier;
import org.junit.jupiter.api.Test;

/** Every bundled data file of the module declares the list its rows belong to, and an undeclared one is refused. */
class DataListsTest {
  /** The bundled files whose loaders read them through {@link DataLists#declaredFile}. */
  private static final List<String> CHECKED_FILES = List.of(
      "/org/dualuse/index/release-cues.tsv",
      "/org/dualuse/index/release-user-words.tsv",
      "/org/dualuse/index/surveillance/article2-20-elements.tsv",
      "/org/dualuse/index/surveillance/article5-indicators.tsv",
      "/org/dualuse/index/surveillance/surveillance-release-cues.tsv",
      "/org/dualuse/index/analysis/product-kinds.tsv",
      "/org/dualuse/index/analysis/lexicon-de.tsv",
      "/org/dualuse/index/analysis/lexicon-fr.tsv",
      "/org/dualuse/index/analysis/lexicon-it.tsv");

  @Test
  void everyCheckedBundledFileDeclaresAKnownList() throws IOException {
    for (String name : CHECKED_FILES) {
      InputStream in = HybridClassifier.class.getResourceAsStream(name);
      assertNotNull(in, name);
      try (Reader r = DataLists.declaredFile(in, name)) {
        String text = new BufferedReader(r).lines().collect(Collectors.joining("\n"));
        assertTrue(text.contains("\t"), name + " has rows");
      }
    }
  }

  @Test
  void aFileWhoseRowComesBeforeItsDeclarationIsRefusedNamingTheLine() {
    InputStream in = new ByteArrayInputStream("# a comment\nwidget\tsoftware\ten\tsynthetic\n# list: any\n"
        .getBytes(StandardCharsets.UTF_8));
    DataFileFormatException e = assertThrows(DataFileFormatException.class, () -> DataLists.declaredFile(in, "widgets.tsv"));
    assertTrue(e.getMessage().contains("widgets.tsv"), e.getMessage());
    assertTrue(e.getMessage().contains("2"), e.getMessage());
  }

  @Test
  void aListNotKnownIsRefused() {
    InputStream in = new ByteArrayInputStream("# list: us-ccl\nwidget\tsoftware\n".getBytes(StandardCharsets.UTF_8));
    assertThrows(DataFileFormatException.class, () -> DataLists.declaredFile(in, "widgets.tsv"));
  }

  @Test
  void theReaderGivesTheWholeFileBack() throws IOException {
    String text = "# list: eu-annex-i\nwidget\tsoftware\n";
    try (Reader r = DataLists.declaredFile(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "w.tsv")) {
      assertEquals(text.strip(), new BufferedReader(r).lines().collect(Collectors.joining("\n")));
    }
  }
}
