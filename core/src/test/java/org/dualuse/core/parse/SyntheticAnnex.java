package org.dualuse.core.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dualuse.core.model.DocumentKind;
import org.dualuse.core.model.ListDocument;
import org.dualuse.core.model.Provenance;

/** Builds sources from synthetic provision lines written in the annex's style ("CODE TEXT"). */
final class SyntheticAnnex {
  static final String DEFINITIONS = String.join("\n",
      "Definitions of terms between \"double quotation marks\" are as follows:",
      "\"Widget\" (9) means a synthetic device used only in tests.",
      "\"Monolithic Widget Circuit\" (\"MWC\") (3 9) means a \"widget\" on one die.",
      "\"Bias\" (gyro) (7) means a synthetic offset.",
      "N.B. See also \"widget\".",
      "\"States (not) Party to the Widget Convention\" (1) are synthetic states.");

  private SyntheticAnnex() {}

  static AnnexSource source(String... lines) {
    List<Provision> provisions = new ArrayList<>();
    int n = 0;
    for (String line : lines) {
      n++;
      int space = line.indexOf(' ');
      String code = space < 0 ? line : line.substring(0, space);
      String text = space < 0 ? "" : line.substring(space + 1);
      provisions.add(new Provision(code, kindOf(text), text, n));
    }
    return new AnnexSource("test-list", "Synthetic list", "XX", LocalDate.of(2025, 1, 1),
        new Provenance("synthetic.txt", null, "00", null), provisions,
        List.of(new ListDocument(DocumentKind.DEFINITIONS, "DEFINITIONS", DEFINITIONS, null, null)));
  }

  static ProvisionKind kindOf(String text) {
    if (text.startsWith("Technical Note")) {
      return ProvisionKind.TECHNICAL_NOTE;
    }
    if (text.startsWith("Note")) {
      return ProvisionKind.NOTE;
    }
    return text.startsWith("N.B.") ? ProvisionKind.NB : ProvisionKind.ITEM;
  }
}
