package org.dualuse.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dualuse.core.code.ControlCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetReaderTest {

  private static List<LabelledCase> read(String text, DatasetFormat format) throws IOException {
    return DatasetReader.read(new StringReader(text), "test.jsonl", format);
  }

  private static DatasetFormatException failure(String text) {
    return assertThrows(DatasetFormatException.class, () -> read(text, DatasetFormat.DUALUSE));
  }

  @Test
  void readsEveryFieldOfACaseInFileOrder() throws IOException {
    List<LabelledCase> cases =
        read(
            """
            {"id":"w1","text":"Widget, 6 GHz","expected":["9A999.a"],"facts":{"operating frequency":"6 GHz"},"cyberSurveillance":true,"list":"eu","lang":"en","kind":"threshold-pair","rationale":"above 5 GHz"}
            {"id":"w2","text":"Widget, 4 GHz","expected":[]}
            """,
            DatasetFormat.DUALUSE);
    assertEquals(2, cases.size());
    LabelledCase first = cases.get(0);
    assertEquals("w1", first.id());
    assertEquals(List.of(ControlCode.parse("9A999.a")), first.expected());
    assertEquals(Map.of("operating frequency", "6 GHz"), first.facts());
    assertTrue(first.cyberSurveillance());
    assertEquals("eu", first.list());
    assertEquals("en", first.lang());
    assertEquals("threshold-pair", first.kind());
    assertEquals("above 5 GHz", first.rationale());
    assertEquals(1, first.line());
    assertEquals("w2", cases.get(1).id());
  }

  @Test
  void anEmptyExpectedArrayMeansNotListed() throws IOException {
    LabelledCase c = read("{\"text\":\"Office chair\",\"expected\":[]}", DatasetFormat.DUALUSE).get(0);
    assertFalse(c.listed());
    assertEquals(LabelledCase.NOT_LISTED, c.categoryKey());
  }

  @Test
  void unknownFieldsCommentsAndBlankLinesAreIgnored() throws IOException {
    List<LabelledCase> cases =
        read(
            "# a comment\n\n{\"text\":\"a\",\"expected\":[\"3A999\"],\"reviewer\":\"x\",\"extra\":{\"n\":1}}\n",
            DatasetFormat.DUALUSE);
    assertEquals(1, cases.size());
    assertEquals(3, cases.get(0).line());
  }

  @Test
  void aMissingIdIsTheLineNumber() throws IOException {
    List<LabelledCase> cases = read("\n{\"text\":\"a\",\"expected\":[]}", DatasetFormat.DUALUSE);
    assertEquals("#2", cases.get(0).id());
  }

  @Test
  void numericFactValuesAreKeptAsText() throws IOException {
    LabelledCase c =
        read("{\"text\":\"a\",\"expected\":[],\"facts\":{\"channels\":4}}", DatasetFormat.DUALUSE).get(0);
    assertEquals("4", c.facts().get("channels"));
  }

  @Test
  void malformedJsonNamesTheFileAndTheLine() {
    DatasetFormatException e = failure("{\"text\":\"a\",\"expected\":[]}\n{\"text\": oops}\n");
    assertEquals(2, e.line());
    assertTrue(e.getMessage().startsWith("test.jsonl:2: "), e.getMessage());
  }

  @Test
  void aCaseWithoutExpectedIsAnErrorNotASkippedLine() {
    DatasetFormatException e = failure("{\"text\":\"a\"}");
    assertTrue(e.getMessage().contains("expected"), e.getMessage());
    assertEquals(1, e.line());
  }

  @Test
  void aCaseWithoutTextIsAnError() {
    assertTrue(failure("{\"expected\":[]}").getMessage().contains("'text'"));
    assertTrue(failure("{\"text\":\"  \",\"expected\":[]}").getMessage().contains("blank"));
  }

  @Test
  void anInvalidExpectedCodeIsAnErrorNamingTheLine() {
    DatasetFormatException e = failure("{\"text\":\"a\",\"expected\":[]}\n{\"text\":\"b\",\"expected\":[\"9Z999\"]}");
    assertEquals(2, e.line());
    assertTrue(e.getMessage().contains("9Z999"), e.getMessage());
  }

  @Test
  void expectedMustBeAnArray() {
    assertTrue(failure("{\"text\":\"a\",\"expected\":\"3A001\"}").getMessage().contains("array"));
  }

  @Test
  void aLineThatIsNotAnObjectIsAnError() {
    assertTrue(failure("[1,2]").getMessage().contains("object"));
  }

  @Test
  void anIdUsedTwiceIsAnError() {
    DatasetFormatException e =
        failure("{\"id\":\"x\",\"text\":\"a\",\"expected\":[]}\n{\"id\":\"x\",\"text\":\"b\",\"expected\":[]}");
    assertEquals(2, e.line());
    assertTrue(e.getMessage().contains("line 1"), e.getMessage());
  }

  @Test
  void mistypedOptionalFieldsAreErrors() {
    assertTrue(failure("{\"text\":\"a\",\"expected\":[],\"cyberSurveillance\":\"yes\"}").getMessage().contains("cyberSurveillance"));
    assertTrue(failure("{\"text\":\"a\",\"expected\":[],\"facts\":[1]}").getMessage().contains("facts"));
  }

  @Test
  void commodityBenchRowsAreReadWithTheirLabelsMappedToAnnexI() throws IOException {
    List<LabelledCase> cases =
        read(
            """
            # header comment
            {"id":"r1","item_name":"n","description":"Plain widget","gold_eccn":"EAR99","category":"EAR99"}
            {"id":"r2","description":"Radio module","gold_eccn":"5A992.c","category":"5"}
            {"id":"r3","description":"Fast converter","gold_eccn":"3A001.a.5.a.3","category":"3"}
            """,
            DatasetFormat.COMMODITYBENCH);
    assertEquals(3, cases.size());
    assertEquals(List.of(), cases.get(0).expected());
    assertEquals("ear99", cases.get(0).kind());
    assertEquals(List.of(), cases.get(1).expected());
    assertEquals("us-only", cases.get(1).kind());
    assertEquals(List.of(ControlCode.parse("3A001.a.5.a.3")), cases.get(2).expected());
    assertEquals("multilateral", cases.get(2).kind());
    assertEquals("Fast converter", cases.get(2).text());
    assertTrue(cases.get(1).rationale().contains("5A992.c"));
  }

  @Test
  void aCommodityBenchRowWithAnUnreadableLabelNamesItsLine() {
    DatasetFormatException e =
        assertThrows(
            DatasetFormatException.class,
            () -> read("#c\n{\"description\":\"d\",\"gold_eccn\":\"n/a\"}", DatasetFormat.COMMODITYBENCH));
    assertEquals(2, e.line());
    assertTrue(e.getMessage().contains("n/a"), e.getMessage());
  }

  @Test
  void theRealCommodityBenchFileReadsEveryRow() throws IOException {
    Path file = shared().resolve("eval-candidates/commoditybench/questions.jsonl");
    List<String> lines = Files.readAllLines(file);
    long rows = lines.stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).count();
    List<LabelledCase> cases = DatasetReader.read(file, DatasetFormat.COMMODITYBENCH);
    assertEquals(rows, cases.size(), "every data row of " + file + " becomes a case");
    assertTrue(cases.stream().anyMatch(LabelledCase::listed), "some rows keep a multilateral code");
    assertTrue(cases.stream().anyMatch(c -> !c.listed()), "some rows map to not listed");
  }

  static Path shared() {
    String p = System.getProperty("dualuse.shared");
    return p != null ? Path.of(p) : Path.of("..", "shared");
  }

  @Test
  void aSplitCorpusCarriesItsHalfAndStyleOnEveryCase() throws IOException {
    List<LabelledCase> cases =
        read(
            """
            {"id":"w1","text":"Widget 6GHz","expected":["9A999.a"],"split":"tune","style":"erp"}
            {"id":"w2","text":"Widget, 4 GHz.","expected":[],"split":"check","style":"datasheet"}
            """,
            DatasetFormat.DUALUSE);
    assertEquals(java.util.Optional.of(Split.TUNE), cases.get(0).split());
    assertEquals(java.util.Optional.of(Split.CHECK), cases.get(1).split());
    assertEquals("datasheet", cases.get(1).style());
  }

  @Test
  void aCorpusSplitOnlyInPartIsRefusedNamingTheLineWithoutAHalf() {
    DatasetFormatException e =
        failure(
            """
            {"id":"w1","text":"Widget","expected":[],"split":"tune"}
            {"id":"w2","text":"Gadget","expected":[]}
            """);
    assertTrue(e.getMessage().contains("test.jsonl") && e.getMessage().contains("2"), e.getMessage());
    assertTrue(e.getMessage().contains("w2"), e.getMessage());
  }

  @Test
  void anUnknownSplitNameIsRefused() {
    assertTrue(failure("{\"text\":\"Widget\",\"expected\":[],\"split\":\"train\"}").getMessage().contains("train"));
  }

  @Test
  void invalidUtf8InAFileNamesTheFileTheLineAndTheByteOffset(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.jsonl");
    byte[] first = "{\"text\":\"Widget\",\"expected\":[]}\n".getBytes(StandardCharsets.UTF_8);
    byte[] second = "{\"text\":\"Gadget \u00e9".getBytes(StandardCharsets.UTF_8);
    byte[] rest = " amplifier\",\"expected\":[]}\n".getBytes(StandardCharsets.UTF_8);
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    bytes.write(first);
    bytes.write(second);
    bytes.write(0xFF);
    bytes.write(rest);
    Files.write(file, bytes.toByteArray());
    DatasetFormatException e =
        assertThrows(DatasetFormatException.class, () -> DatasetReader.read(file, DatasetFormat.DUALUSE));
    assertEquals(2, e.line());
    int offsetInLine = second.length;
    assertTrue(e.getMessage().startsWith(file + ":2: invalid UTF-8"), e.getMessage());
    assertTrue(e.getMessage().contains("byte " + offsetInLine + " of the line"), e.getMessage());
    assertTrue(e.getMessage().contains("offset " + (first.length + offsetInLine) + " in the file"), e.getMessage());
    assertFalse(e.getMessage().contains("Input length"), e.getMessage());
  }

  @Test
  void aTruncatedCharacterAtTheEndOfALineIsInvalidToo(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("cut.jsonl");
    byte[] euro = "\u20ac".getBytes(StandardCharsets.UTF_8);
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    bytes.write("{\"text\":\"Widget\",\"expected\":[]}".getBytes(StandardCharsets.UTF_8));
    bytes.write(euro, 0, 2);
    bytes.write('\n');
    Files.write(file, bytes.toByteArray());
    DatasetFormatException e =
        assertThrows(DatasetFormatException.class, () -> DatasetReader.read(file, DatasetFormat.DUALUSE));
    assertEquals(1, e.line());
  }

  @Test
  void aValidFileReadsTheSameFromAPathAsFromAReader(@TempDir Path dir) throws IOException {
    String text = "\uFEFF{\"id\":\"a\",\"text\":\"W\u00e4rmebildkamera 60 Hz\",\"expected\":[]}\r\n"
        + "# comment\n{\"id\":\"b\",\"text\":\"Verst\u00e4rker\",\"expected\":[\"9A999\"]}";
    Path file = Files.writeString(dir.resolve("ok.jsonl"), text, StandardCharsets.UTF_8);
    List<LabelledCase> fromPath = DatasetReader.read(file, DatasetFormat.DUALUSE);
    assertEquals(read(text.substring(1), DatasetFormat.DUALUSE).stream().map(LabelledCase::text).toList(),
        fromPath.stream().map(LabelledCase::text).toList());
    assertEquals(3, fromPath.get(1).line());
  }
}
