package org.dualuse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class CsvRecordReaderTest {

  static CsvRecordReader reader(String csv, int maxLines) {
    return new CsvRecordReader(new InputLines(new java.io.ByteArrayInputStream(
        csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)), 1 << 20), ',', maxLines, 1 << 20);
  }

  /** The fields of one CSV record (of a file a batch wrote), for other tests. */
  static List<String> fields(String record) throws IOException {
    try (CsvRecordReader r = reader(record, 10)) {
      return r.next().fields();
    }
  }

  private static List<CsvRecordReader.Record> readAll(String csv, int maxLines) throws IOException {
    List<CsvRecordReader.Record> out = new ArrayList<>();
    try (CsvRecordReader r = reader(csv, maxLines)) {
      CsvRecordReader.Record rec;
      while ((rec = r.next()) != null) {
        out.add(rec);
      }
    }
    return out;
  }

  @Test
  void quotedFieldsMayHoldCommasQuotesAndLineBreaks() throws IOException {
    List<CsvRecordReader.Record> r = readAll("a,\"b, \"\"c\"\"\nd\",e\nf,,\n", 10);
    assertEquals(List.of("a", "b, \"c\"\nd", "e"), r.get(0).fields());
    assertEquals(1, r.get(0).line());
    assertEquals(List.of("f", "", ""), r.get(1).fields());
    assertEquals(3, r.get(1).line());
  }

  @Test
  void blankLinesAreNotRecords() throws IOException {
    List<CsvRecordReader.Record> r = readAll("a\n\n  \nb\n", 10);
    assertEquals(2, r.size());
    assertEquals(4, r.get(1).line());
  }

  @Test
  void aQuoteInsideAnUnquotedFieldIsAnErrorForThatRecordOnly() throws IOException {
    List<CsvRecordReader.Record> r = readAll("x,y\n1,ab\"c\n2,d\n", 10);
    assertEquals(3, r.size());
    assertNotNull(r.get(1).error());
    assertTrue(r.get(1).error().contains("line 2"), r.get(1).error());
    assertEquals(List.of("2", "d"), r.get(2).fields());
  }

  @Test
  void textAfterAClosingQuoteIsAnError() throws IOException {
    List<CsvRecordReader.Record> r = readAll("\"ab\"c,d\ne,f\n", 10);
    assertNotNull(r.get(0).error());
    assertNull(r.get(1).error());
  }

  @Test
  void aQuoteNeverClosedCostsOneRecordAndTheFollowingLinesAreReadAgain() throws IOException {
    List<CsvRecordReader.Record> r = readAll("1,\"open\n2,b\n3,c\n", 10);
    assertEquals(3, r.size());
    assertTrue(r.get(0).error().contains("never closed"), r.get(0).error());
    assertEquals(1, r.get(0).line());
    assertEquals(List.of("2", "b"), r.get(1).fields());
    assertEquals(2, r.get(1).line());
    assertEquals(3, r.get(2).line());
  }

  @Test
  void aQuoteOpenLongerThanTheLimitIsGivenUp() throws IOException {
    String csv = "1,\"open\n" + "x,y\n".repeat(5) + "\"\n";
    List<CsvRecordReader.Record> r = readAll(csv, 3);
    assertNotNull(r.get(0).error());
    assertEquals(List.of("x", "y"), r.get(1).fields());
    assertEquals(2, r.get(1).line());
  }

  @Test
  void thePositionCountsTheUtf8BytesOfTheRecordsReturned() throws IOException {
    try (CsvRecordReader r = reader("ab\nä,\"x\n2,y\n", 10)) {
      r.next();
      assertEquals(3, r.position());
      assertNotNull(r.next().error(), "the quote is never closed");
      assertEquals(3 + 6, r.position(), "the line after the open quote is read again later");
      r.next();
      assertEquals(3 + 6 + 4, r.position());
    }
  }

  @Property
  void whatTheWriterQuotesTheReaderReadsBack(@ForAll("records") List<String> fields) throws IOException {
    String line = fields.stream().map(CsvRowWriter::quote).collect(Collectors.joining(","));
    List<CsvRecordReader.Record> r = readAll(line + "\r\n", 1000);
    assertEquals(1, r.size());
    assertEquals(fields, r.get(0).fields());
  }

  @Provide
  Arbitrary<List<String>> records() {
    Arbitrary<String> field = Arbitraries.strings().withChars("ab ,\"\n;ä€").ofMaxLength(8);
    return field.list().ofMinSize(1).ofMaxSize(6).filter(f -> f.size() > 1 || !f.get(0).isBlank());
  }

  @Property
  void anyTextIsReadToItsEndWithoutThrowing(@ForAll @Size(max = 5) List<String> lines) throws IOException {
    String text = String.join("\n", lines);
    List<CsvRecordReader.Record> r = readAll(text, 3);
    for (CsvRecordReader.Record rec : r) {
      assertTrue(rec.error() != null || !rec.fields().isEmpty());
      assertTrue(rec.line() >= 1);
    }
  }
}
