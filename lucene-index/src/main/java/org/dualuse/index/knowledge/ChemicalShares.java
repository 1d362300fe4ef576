package org.dualuse.index.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dualuse.core.criteria.Fact;
import org.dualuse.core.criteria.FactOrigin;
import org.dualuse.core.criteria.Parameters;
import org.dualuse.core.quantity.FoundQuantity;
import org.dualuse.core.quantity.Quantity;
import org.dualuse.core.quantity.QuantityFinder;
import org.dualuse.core.quantity.Units;
import org.dualuse.index.analysis.LiteralPhrases;

/**
 * The share of a named chemical in a product, as the {@linkplain Parameters#CONTENT content} the
 * annex's mixture notes bound ("in which no individually specified chemical constitutes more than 30 %
 * by the weight of the mixture"): a percentage by weight or in parts per million written right beside
 * a chemical's name, synonym or CAS number ({@code chemicals.tsv}) — "Natriumfluorid 0,32 %", "99 %
 * trichloronitromethane", "Flusssäure 71 %". Only blanks, a colon, an equals sign or an opening
 * bracket may stand between the two; an atom percent is no share by weight and is not read. A share
 * of more than half is also the product's {@linkplain Parameters#PURITY purity}: the chemical is the
 * product, and its share is what the trade calls its assay.
 *
 * <p>Names shorter than {@value #MIN_NAME} letters ("HF", "TEA") are left out: as abbreviations they
 * name other things too. A formula with a digit ("AsH3") names one compound and is read. Immutable and thread-safe.
 */
public final class ChemicalShares {

  /** No chemicals known: no shares read. */
  public static final ChemicalShares NONE = new ChemicalShares(LiteralPhrases.<Chemical>builder().build());

  /** The shortest name read: shorter ones are abbreviations that name other things too. */
  static final int MIN_NAME = 5;

  private static final String BETWEEN = " \t:=(";

  private final LiteralPhrases<Chemical> names;

  private ChemicalShares(LiteralPhrases<Chemical> names) {
    this.names = names;
  }

  /** The shares of the names of these chemicals: English, German, synonyms and CAS numbers. */
  static ChemicalShares of(List<Chemical> chemicals) {
    LiteralPhrases.Builder<Chemical> b = LiteralPhrases.builder();
    for (Chemical c : chemicals) {
      List<String> all = new ArrayList<>(List.of(c.nameEn(), c.nameDe()));
      all.addAll(c.synonyms());
      c.cas().ifPresent(all::add);
      for (String name : all) {
        for (String form : forms(name)) {
          if ((form.length() >= MIN_NAME || isFormula(form)) && LiteralPhrases.isMatchable(form)) {
            b.add(form, c);
          }
        }
      }
    }
    return new ChemicalShares(b.build());
  }

  /**
   * A name as written, and without a qualifier in brackets after it: "Arsine (hydride of arsenic)" is
   * also called "Arsine".
   */
  private static List<String> forms(String name) {
    int bracket = name.indexOf(" (");
    return bracket > 0 && name.endsWith(")") ? List.of(name, name.substring(0, bracket)) : List.of(name);
  }

  /**
   * Whether a short name is a formula ("AsH3", "NF3"): letters and at least one digit, beginning with a
   * capital, three characters or more ("F2" is also a key and a fuse). A formula names one compound, where a short name of letters only ("HF", "TEA") is an
   * abbreviation that names other things too.
   */
  static boolean isFormula(String name) {
    return name.length() >= 3 && name.matches("[A-Z][A-Za-z0-9]*[0-9][A-Za-z0-9]*");
  }

  /**
   * The content facts of the chemicals a text names with a share beside them, in text order.
   *
   * @param language the text's language (how its numbers are written), or empty when not known
   * @throws NullPointerException when an argument is null
   */
  public List<Fact> factsIn(String text, String language) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(language, "language");
    if (names.isEmpty()) {
      return List.of();
    }
    List<LiteralPhrases.Match<Chemical>> found = names.findIn(text);
    if (found.isEmpty()) {
      return List.of();
    }
    List<Fact> out = new ArrayList<>();
    for (FoundQuantity q : QuantityFinder.forLanguage(language).find(text)) {
      if (!(q.measurement() instanceof Quantity share) || !isWeightShare(share)) {
        continue;
      }
      for (LiteralPhrases.Match<Chemical> m : found) {
        if (onlyBetween(text, m.end(), q.start()) || onlyBetween(text, q.end(), m.start())) {
          int start = Math.min(m.start(), q.start());
          int end = Math.max(m.end(), q.end());
          String source = "the share of " + m.value().nameEn() + " the text gives, " + text.substring(start, end);
          out.add(new Fact(Parameters.CONTENT, share, List.of(), FactOrigin.DERIVED, source, start, end));
          // a chemical that makes up most of the product is the product: its share is the product's
          // purity (its assay), as the principal element's content is a metal's
          if (share.toSi() > 0.5) {
            out.add(new Fact(Parameters.PURITY, share, List.of(), FactOrigin.DERIVED,
                source + ": the share of the principal chemical is the purity", start, end));
          }
          break;
        }
      }
    }
    return out;
  }

  /** Whether the text names one of these chemicals by a name, synonym or CAS number this class reads. */
  public boolean namesAnyIn(String text) {
    Objects.requireNonNull(text, "text");
    return !names.isEmpty() && !names.findIn(text).isEmpty();
  }

  /** Whether {@code from} is at or before {@code to} with nothing but blanks, a colon, '=' or '(' between. */
  private static boolean onlyBetween(String text, int from, int to) {
    if (from > to || to - from > 3) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (BETWEEN.indexOf(text.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /** A share by weight: percent (by weight or unqualified) or parts per million; an atom percent is not. */
  static boolean isWeightShare(Quantity q) {
    return q.unit() == Units.PERCENT || q.unit() == Units.MASS_PERCENT || q.unit() == Units.PARTS_PER_MILLION;
  }

  @Override
  public String toString() {
    return "ChemicalShares";
  }
}
