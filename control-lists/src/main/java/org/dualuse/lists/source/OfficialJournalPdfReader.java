package org.dualuse.lists.source;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.dualuse.core.model.Provenance;
import org.dualuse.core.parse.AnnexSource;
import org.dualuse.core.parse.ControlListFormatException;

/**
 * Reads Annex I of Regulation (EU) 2021/821 as adopted in 2021 from its printed (Official Journal)
 * layout in PDF into an {@link AnnexSource}: one {@link org.dualuse.core.parse.Provision} per entry,
 * item, note, technical note and N.B., with the full dotted code rebuilt from the printed markers,
 * and the general notes, GTN, GSN, acronyms, definitions and category and section notes as
 * documents. The layout rules are those of {@link PrintedAnnexLayout}.
 *
 * <p>A provision's {@link org.dualuse.core.parse.Provision#line() line} is its position in the PDF
 * as {@code page * 1000 + line on the page}: {@code 110012} is page 110, line 12.
 *
 * <p>Failures: a file that is not a PDF, a damaged or truncated PDF, or a PDF that does not hold
 * Categories 0 to 9 of the annex throws {@link ControlListFormatException} naming the source and the
 * page and line where reading stopped. Stateless and thread-safe; each call reads on its own.
 */
public final class OfficialJournalPdfReader implements SourceReader {
  /** The id of the list this reader makes. */
  public static final String LIST_ID = "eu-annex-i-2021-09-09";
  /** The title of the list. */
  public static final String TITLE = "Annex I to Regulation (EU) 2021/821 — list of dual-use items (as adopted, 2021)";
  /** Regulation (EU) 2021/821 applies from 9 September 2021. */
  public static final LocalDate EFFECTIVE_DATE = LocalDate.of(2021, 9, 9);
  private static final String SOURCE_URL = "https://eur-lex.europa.eu/eli/reg/2021/821/oj";
  private static final String ATTRIBUTION =
      "Annex I of Regulation (EU) 2021/821. © European Union, https://eur-lex.europa.eu/ — reuse permitted "
          + "provided the source is acknowledged (Commission Decision 2011/833/EU). Only the Official Journal is authentic.";



  @Override
  public AnnexSource read(byte[] bytes, String sourceName) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(sourceName, "sourceName");
    List<PdfLine> lines;
    try (PDDocument document = Loader.loadPDF(bytes)) {
      lines = new PdfLineExtractor().extract(document);
    } catch (IOException | RuntimeException e) {
      if (e instanceof ControlListFormatException f) {
        throw f;
      }
      throw new ControlListFormatException(sourceName, 0, null,
          "not a readable PDF (" + bytes.length + " bytes): " + e.getMessage(), e);
    }
    PrintedAnnexLayout layout = new PrintedAnnexLayout(sourceName);
    layout.read(lines);
    return new AnnexSource(LIST_ID, TITLE, "EU", EFFECTIVE_DATE,
        new Provenance(sourceName, SOURCE_URL, sha256(bytes), ATTRIBUTION),
        layout.provisions(), layout.documents());
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always has SHA-256", e);
    }
  }
}
