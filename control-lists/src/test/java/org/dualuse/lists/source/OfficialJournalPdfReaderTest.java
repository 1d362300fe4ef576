package org.dualuse.lists.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.model.ControlList;
import org.dualuse.core.model.DocumentKind;
import org.dualuse.core.model.ListDocument;
import org.dualuse.core.parse.AnnexParser;
import org.dualuse.core.parse.AnnexSource;
import org.dualuse.core.parse.ControlListFormatException;
import org.dualuse.core.parse.DefinitionReader;
import org.dualuse.core.parse.Provision;
import org.dualuse.core.parse.ProvisionKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The 2021 annex read from its printed PDF (from {@code dualuse.shared}), checked on its own and
 * against a third party's split of the same text.
 */
class OfficialJournalPdfReaderTest {
  private static final String PDF = "data/eu-annex-i-2021-no/liste-ii-2021.pdf";
  private static final String FIXTURE = "data/eu-annex-i-2021-no/regulations-fixture-derived.json";

  private static byte[] bytes;
  private static AnnexSource source;
  private static Map<String, String> items;

  static Path shared() {
    String configured = System.getProperty("dualuse.shared");
    Path dir = configured != null ? Path.of(configured) : Path.of("..", "shared");
    return Files.isDirectory(dir) ? dir : Path.of("..", "..", "shared");
  }

  @BeforeAll
  static void read() throws IOException {
    bytes = Files.readAllBytes(shared().resolve(PDF));
    long start = System.nanoTime();
    source = new OfficialJournalPdfReader().read(new ByteArrayInputStream(bytes), "liste-ii-2021.pdf");
    long millis = (System.nanoTime() - start) / 1_000_000;
    items = new LinkedHashMap<>();
    for (Provision p : source.provisions()) {
      if (p.kind() == ProvisionKind.ITEM) {
        items.put(p.code(), p.text());
      }
    }
    System.out.printf(Locale.ROOT, "2021 PDF read in %d ms: %d provisions, %d entries, %d items, %d documents%n",
        millis, source.provisions().size(), entries().size(), items.size() - entries().size(),
        source.documents().size());
  }

  private static List<String> entries() {
    return items.keySet().stream().filter(c -> ControlCode.parse(c).isEntry()).toList();
  }

  @Test
  void theListIsIdentifiedAsTheAnnexAsAdoptedIn2021WithTheDigestOfItsBytes() throws Exception {
    assertEquals("eu-annex-i-2021-09-09", source.listId());
    assertEquals("2021-09-09", source.effectiveDate().toString());
    assertEquals("EU", source.jurisdiction());
    assertEquals("fc2ca8c6b59400c192f2b29e7ef3d782019d6ba9b84edad997d6c27251be7c2b", source.provenance().sha256());
  }

  @Test
  void allThe366EntriesOfThe2021AnnexAreReadOnceEachInAnnexOrder() {
    List<String> entries = entries();
    assertEquals(366, entries.size());
    assertEquals("0A001", entries.get(0));
    assertEquals("9E102", entries.get(entries.size() - 1));
    assertEquals(new HashSet<>(entries).size(), entries.size());
    assertTrue(items.size() - entries.size() > 2850, "items: " + (items.size() - entries.size()));
  }

  @Test
  void itemCodesAreRebuiltFromTheMarkersWithTheirFirstWords() {
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("0A001.i.2", "Other heat exchangers");
    expected.put("3A001.a.5.b.2.a.1", "A settling time less than 9 ns");
    expected.put("3A001.a.12", "Fast Fourier Transform (FFT) processors");
    expected.put("1C351.c.12", "Clostridium perfringens");
    expected.put("1C111.a.4", "Hydrazine derivatives as follows:");
    expected.put("2B206.d.2", "Drift equal to or better");
    expected.put("5A001.f", "Mobile telecommunications interception");
    expected.put("5A002.a.4.b", "It is performed by incorporated equipment");
    expected.put("6A002.c", "'Direct view' imaging equipment");
    expected.put("6A003.b.4.b", "Incorporating \"focal plane arrays\"");
    expected.put("9E003.a.1", "Gas turbine blades, vanes or \"tip shrouds\"");
    expected.forEach((code, words) -> {
      String text = items.get(code);
      assertTrue(text != null && text.startsWith(words), code + ": " + text);
    });
  }

  @Test
  void superscriptsAndSubscriptsAreFlattenedIntoTheirLine() {
    assertTrue(items.get("3A001.a.1.a").contains("5 x 103 Gy"), items.get("3A001.a.1.a"));
    assertTrue(items.get("3A001.a.12").contains("(N log2 N)"), items.get("3A001.a.12"));
  }

  @Test
  void notesKeepTheirLabelAndBelongToTheItemTheyQualify() {
    assertNote("3A001.a.1.c", ProvisionKind.NOTE, "Note: 3A001.a.1.c. does not control Metal Insulator");
    assertNote("3A001.a.2", ProvisionKind.NOTE, "Note: 3A001.a.2. does not control integrated circuits");
    assertNote("3A001.a.12", ProvisionKind.TECHNICAL_NOTE, "Technical Note: When N is equal to 1 024 points");
    assertNote("1C111.a.4", ProvisionKind.NB, "N.B.: SEE ALSO MILITARY GOODS CONTROLS.");
    assertNote("5A004.b", ProvisionKind.NOTE, "Note: 5A004.b. does not include: a. Debuggers, hypervisors;");
    assertNote("5A001.f", ProvisionKind.NB, "N.B.2. For radio receivers see 5A001.b.5.");
    Map<ProvisionKind, Integer> counts = new TreeMap<>();
    source.provisions().forEach(p -> counts.merge(p.kind(), 1, Integer::sum));
    System.out.println("2021 provisions by kind: " + counts);
    assertTrue(counts.get(ProvisionKind.NOTE) > 300 && counts.get(ProvisionKind.TECHNICAL_NOTE) > 200
        && counts.get(ProvisionKind.NB) > 120, counts.toString());
  }

  private static void assertNote(String code, ProvisionKind kind, String start) {
    assertTrue(source.provisions().stream().anyMatch(p -> p.code().equals(code) && p.kind() == kind
        && p.text().startsWith(start)), code + " has no " + kind + " starting '" + start + "'");
  }

  @Test
  void noPageFurnitureIsLeftInAnyProvision() {
    Pattern furniture = Pattern.compile(
        "\\bcontinued\\s*$|CATEGORY \\d+ ?[-–] [A-Z]|DEFINITIONS OF TERMS|UPDATE OF THE EU CONTROL LIST|^\\d{1,3}$");
    List<String> bad = new ArrayList<>();
    for (Provision p : source.provisions()) {
      if (furniture.matcher(p.text()).find()) {
        bad.add(p.code() + " (" + p.line() + "): " + p.text());
      }
    }
    assertEquals(List.of(), bad);
  }

  @Test
  void theListOfChangesOf2020AtTheEndNeverBecomesItems() {
    int lastPage = source.provisions().stream().mapToInt(p -> p.line() / 1000).max().orElseThrow();
    assertTrue(lastPage < 249, "a provision stands on page " + lastPage);
  }

  @Test
  void everyItemHasTextAndEveryCodeIsValidAndBelongsToItsEntry() {
    ControlCode entry = null;
    for (Provision p : source.provisions()) {
      ControlCode code = ControlCode.parse(p.code());
      if (code.isEntry() && p.kind() == ProvisionKind.ITEM) {
        entry = code;
      }
      assertEquals(entry, code.entry(), p.code() + " at " + p.line());
      assertTrue(!p.text().isBlank(), p.code() + " at " + p.line() + " has no text");
    }
  }

  @Test
  void theDefinitionsAreOneDefinitionPerParagraphInTheShapeTheParserReads() {
    ListDocument definitions = document(DocumentKind.DEFINITIONS);
    var terms = DefinitionReader.read(definitions.text(), "liste-ii-2021.pdf");
    System.out.println("2021 definitions: " + terms.size());
    assertTrue(terms.size() >= 170, "definitions: " + terms.size());
    assertTrue(terms.containsKey("Accuracy") && terms.containsKey("Superalloys"), terms.keySet().toString());
  }

  @Test
  void theGeneralNotesAndTheGeneralTechnologySoftwareAndCryptographyNotesAreDocuments() {
    assertTrue(document(DocumentKind.GENERAL_NOTES).text().contains("new and used goods"));
    assertTrue(document(DocumentKind.GENERAL_TECHNOLOGY_NOTE).text().contains("\"technology\""));
    assertTrue(document(DocumentKind.GENERAL_SOFTWARE_NOTE).text().contains("Generally available to the public"));
    assertTrue(document(DocumentKind.CRYPTOGRAPHY_NOTE).text().startsWith("Note 3: Cryptography Note"));
    assertTrue(document(DocumentKind.ACRONYMS).text().contains("Wireless Local Area Network"));
    assertTrue(source.documents().stream().anyMatch(d -> d.kind() == DocumentKind.SECTION_NOTE
        && d.title().contains("3A") && d.text().startsWith("Note 1:")));
  }

  private static ListDocument document(DocumentKind kind) {
    return source.documents().stream().filter(d -> d.kind() == kind).findFirst()
        .orElseThrow(() -> new AssertionError("no document " + kind));
  }

  @Test
  void theProvisionsParseIntoAControlList() {
    ControlList list = new AnnexParser().parse(source);
    assertEquals(366, list.entries().size());
    assertTrue(list.find("3A001.a.5.b.2.a.1").isPresent());
    System.out.println("2021 list: " + list + ", " + list.itemCount() + " items, " + list.definitions().size()
        + " definitions");
  }

  /**
   * The third party's Django fixture nests paragraphs by a materialised path (4 characters per
   * level) with the marker ({@code a.}) as code; their full codes are rebuilt here from the entry
   * and the markers of the item paragraphs ({@code note_type} "base") above each one.
   */
  @Test
  void agreesWithTheThirdPartySplitOfTheSameText() throws IOException {
    JsonNode rows = new ObjectMapper().readTree(shared().resolve(FIXTURE).toFile());
    Map<String, JsonNode> byPath = new HashMap<>();
    Set<String> theirEntries = new HashSet<>();
    for (JsonNode row : rows) {
      if (row.path("model").asText().equals("regulations.paragraph")) {
        byPath.put(row.path("fields").path("path").asText(), row.path("fields"));
      } else if (row.path("model").asText().equals("regulations.regulation")) {
        theirEntries.add(row.path("fields").path("code").asText());
      }
    }
    Map<String, String> theirs = new TreeMap<>();
    for (Map.Entry<String, JsonNode> e : byPath.entrySet()) {
      String path = e.getKey();
      List<String> segments = new ArrayList<>();
      boolean items = true;
      for (int k = 4; k <= path.length() && items; k += 4) {
        JsonNode above = byPath.get(path.substring(0, k));
        items = above != null && above.path("note_type").asText().equals("base");
        if (items) {
          segments.add(above.path("code").asText().replaceAll("\\.$", ""));
        }
      }
      if (items) {
        theirs.put(String.join(".", segments), e.getValue().path("text").asText());
      }
    }
    Set<String> both = new HashSet<>(theirs.keySet());
    both.retainAll(items.keySet());
    int sameStart = 0;
    for (String code : both) {
      if (start(theirs.get(code)).equals(start(items.get(code)))) {
        sameStart++;
      }
    }
    double theirsFound = (double) both.size() / theirs.size();
    double oursConfirmed = (double) both.size() / items.size();
    double textAgrees = (double) sameStart / both.size();
    long entriesFound = theirEntries.stream().filter(items::containsKey).count();
    System.out.printf(Locale.ROOT,
        "cross-check with the third-party split: their entries %d (found %d), their item codes %d, ours %d, "
            + "shared %d; their codes found %.1f %%, ours they have %.1f %%, same first 40 characters %.1f %%%n",
        theirEntries.size(), entriesFound, theirs.size(), items.size(), both.size(), 100 * theirsFound,
        100 * oursConfirmed, 100 * textAgrees);
    List<String> missing = theirs.keySet().stream().filter(c -> !items.containsKey(c)).limit(20).toList();
    System.out.println("their codes we do not have (first 20; most are their own mis-nestings of note lists): "
        + missing);
    assertEquals(theirEntries.size(), entriesFound);
    assertTrue(theirsFound >= 0.95, "share of their codes found: " + theirsFound);
    assertTrue(oursConfirmed >= 0.88, "share of our codes they have: " + oursConfirmed);
    assertTrue(textAgrees >= 0.97, "share of matching first 40 characters: " + textAgrees);
  }

  /** The first 40 characters, whitespace collapsed, markup of the fixture and case dropped. */
  private static String start(String text) {
    String s = text.replace("<br>", " ").replace("&emsp;", " ").replace('×', 'x').replaceAll("\\s+", " ").strip();
    return s.substring(0, Math.min(40, s.length())).toLowerCase(Locale.ROOT);
  }

  @Test
  void bytesThatAreNotAPdfAreRejectedNamingTheSource() {
    ControlListFormatException e = assertThrows(ControlListFormatException.class,
        () -> new OfficialJournalPdfReader().read("3A001 Electronic items".getBytes(), "notes.txt"));
    assertTrue(e.getMessage().startsWith("notes.txt") && e.getMessage().contains("not a readable PDF"), e.getMessage());
  }

  @Test
  void aTruncatedPdfIsRejectedNamingTheSource() {
    byte[] half = Arrays.copyOf(bytes, bytes.length / 10);
    ControlListFormatException e = assertThrows(ControlListFormatException.class,
        () -> new OfficialJournalPdfReader().read(half, "half.pdf"));
    assertTrue(e.getMessage().startsWith("half.pdf"), e.getMessage());
    System.out.println("truncated PDF: " + e.getMessage());
  }

  @Test
  void aPdfThatIsNotAnnexOneIsRejectedSayingWhatWasExpected() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage();
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        content.newLineAtOffset(72, 400);
        content.showText("Minutes of the meeting of 3 March");
        content.endText();
      }
      document.save(out);
    }
    ControlListFormatException e = assertThrows(ControlListFormatException.class,
        () -> new OfficialJournalPdfReader().read(out.toByteArray(), "minutes.pdf"));
    assertTrue(e.getMessage().startsWith("minutes.pdf") && e.getMessage().contains("Categor"), e.getMessage());
  }
}
