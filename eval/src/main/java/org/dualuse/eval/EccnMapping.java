package org.dualuse.eval;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.code.ControlCodeFormatException;

/**
 * Maps a US Export Control Classification Number (ECCN) to what Annex I of Regulation (EU) 2021/821
 * expects for the same item, by the shape of the US code alone (never per product):
 *
 * <ul>
 *   <li>{@code EAR99} (not on the Commerce Control List) &rarr; not listed ({@code []}).
 *   <li>Entry numbers 500&ndash;999 &rarr; not listed. The x9xx entries ({@code 5A992.c},
 *       {@code 3A991.a.2}, {@code 7A994}, {@code 9A991.d}, and the catch-alls {@code 1A999},
 *       {@code 2B999}) are US unilateral controls (anti-terrorism, regional stability) with no
 *       Annex I counterpart; the x5xx/x6xx series (0x5zz firearms, 9x515 spacecraft, the 600-series
 *       munitions) fall under military lists in the EU, not Annex I.
 *   <li>Entry numbers 000&ndash;499 (Wassenaar 0xx, MTCR 1xx, NSG 2xx, Australia Group 3xx, CWC 4xx)
 *       are of multilateral origin and shared by both lists: kept as they are
 *       ({@code 3A001.a.5.a.3}, {@code 7A003.d.1}).
 * </ul>
 *
 * <p>Known limit: the few US-only entries numbered inside the multilateral range (e.g. {@code 3A090},
 * {@code 4A090}) are kept, and will then count as listed with a code the EU list does not have.
 *
 * <p>Stateless and thread-safe.
 */
public final class EccnMapping {

  /** The outcome of mapping one ECCN: the Annex I codes expected and the rule that applied. */
  public record Mapped(List<ControlCode> expected, Rule rule) {
    public Mapped {
      expected = List.copyOf(Objects.requireNonNull(expected, "expected"));
      Objects.requireNonNull(rule, "rule");
    }
  }

  /** Which rule of the class comment mapped a code; its {@link #label()} serves as the case kind. */
  public enum Rule {
    EAR99("ear99", "EAR99: not on the US list, not in Annex I"),
    US_ONLY("us-only", "US unilateral entry (number 500-999): no Annex I counterpart"),
    MULTILATERAL("multilateral", "multilateral entry (number 000-499): kept as in Annex I");

    private final String label;
    private final String description;

    Rule(String label, String description) {
      this.label = label;
      this.description = description;
    }

    public String label() {
      return label;
    }

    public String description() {
      return description;
    }
  }

  private EccnMapping() {}

  /**
   * Maps one US ECCN.
   *
   * @param eccn e.g. {@code EAR99}, {@code 5A992.c}, {@code 3A001.a.5.a.3}; surrounding spaces, a
   *     trailing dot and the case of the letters are ignored
   * @throws IllegalArgumentException when the text is neither EAR99 nor an ECCN (the message names it)
   */
  public static Mapped toAnnexI(String eccn) {
    if (Objects.requireNonNull(eccn, "eccn").isBlank()) {
      throw new IllegalArgumentException("no ECCN given");
    }
    String s = eccn.strip();
    if (s.toUpperCase(Locale.ROOT).equals("EAR99")) {
      return new Mapped(List.of(), Rule.EAR99);
    }
    // US sources print the path in either case ("5A992.C"); the annex writes it in lower case
    String normalized = s.length() <= 5 ? s.toUpperCase(Locale.ROOT)
        : s.substring(0, 5).toUpperCase(Locale.ROOT) + s.substring(5).toLowerCase(Locale.ROOT);
    ControlCode code;
    try {
      code = ControlCode.parse(normalized);
    } catch (ControlCodeFormatException e) {
      throw new IllegalArgumentException("not an ECCN: '" + eccn + "' (" + e.getMessage() + ")", e);
    }
    if (code.number() >= 500) {
      return new Mapped(List.of(), Rule.US_ONLY);
    }
    return new Mapped(List.of(code), Rule.MULTILATERAL);
  }
}
