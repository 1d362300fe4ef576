package org.dualuse.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class DataFileLinesTest {

  @Test
  void commentsAndBlankLinesAreSkippedAndLinesKeepTheirNumbers() {
    List<String> seen = new ArrayList<>();
    DataFileLines.forEach(new StringReader("\uFEFFa\tb\n# comment\n\n   \n  # indented comment\nc\td\n"), "t.tsv",
        (line, number) -> seen.add(number + ":" + line));
    assertEquals(List.of("1:a\tb", "6:c\td"), seen);
  }

  @Test
  void aFailingReaderIsAnErrorNamingTheSource() {
    Reader broken = new Reader() {
      @Override
      public int read(char[] cbuf, int off, int len) throws IOException {
        throw new IOException("disk gone");
      }

      @Override
      public void close() {}
    };
    UncheckedIOException e = assertThrows(UncheckedIOException.class,
        () -> DataFileLines.forEach(broken, "broken.tsv", (line, number) -> {}));
    assertTrue(e.getMessage().contains("broken.tsv"), e.getMessage());
  }

  @Property(tries = 200)
  void everyLineHandedOverIsNeitherBlankNorAComment(@ForAll String text) {
    DataFileLines.forEach(new StringReader(text), "any", (line, number) -> {
      assertTrue(!line.isBlank() && !line.stripLeading().startsWith("#"), line);
      assertTrue(number >= 1);
    });
  }

  private static final java.util.Set<String> LISTS = java.util.Set.of("any", "eu-annex-i");

  @Test
  void aFileDeclaresItsListInAHeaderLineBeforeItsRows() {
    assertEquals("eu-annex-i", DataFileLines.declaredList("\uFEFF# words\n# list: eu-annex-i\n\na\tb\n", "v.tsv", LISTS));
    assertEquals("any", DataFileLines.declaredList("#list:any\r\na\tb\n# list: later comments are no declaration\n",
        "v.tsv", LISTS));
  }

  @Test
  void aMissingUnknownOrRepeatedDeclarationIsRefusedWithFileAndLine() {
    DataFileFormatException missing = assertThrows(DataFileFormatException.class,
        () -> DataFileLines.declaredList("# words\n\na\tb\n", "v.tsv", LISTS));
    assertEquals("v.tsv", missing.source());
    assertEquals(3, missing.line());
    DataFileFormatException unknown = assertThrows(DataFileFormatException.class,
        () -> DataFileLines.declaredList("# list: us-ccl\na\tb\n", "v.tsv", LISTS));
    assertEquals(1, unknown.line());
    assertTrue(unknown.getMessage().contains("us-ccl"), unknown.getMessage());
    DataFileFormatException twice = assertThrows(DataFileFormatException.class,
        () -> DataFileLines.declaredList("# list: any\n# list: eu-annex-i\na\n", "v.tsv", LISTS));
    assertEquals(2, twice.line());
    DataFileFormatException empty = assertThrows(DataFileFormatException.class,
        () -> DataFileLines.declaredList("# only comments\n", "v.tsv", LISTS));
    assertEquals("v.tsv", empty.source());
  }

}
