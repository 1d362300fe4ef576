package org.dualuse.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dualuse.core.classify.Product;
import org.dualuse.core.code.ControlCode;

/**
 * One row of a labelled dataset: a product description and the codes it should get.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the case's id; the reader fills {@code #LINE} when the dataset gives none
 * @param text the product description, never blank
 * @param expected the most specific codes that apply; empty means "not listed"
 * @param facts parameter name to value with unit, in the dataset's order
 * @param cyberSurveillance true when the item is a cyber-surveillance item, listed or not
 * @param list the list the case is written for, empty when the dataset does not say
 * @param lang ISO 639-1 code of the text, empty when not given
 * @param kind a free label for per-kind breakdowns ("threshold-pair", "decontrol"), empty when none
 * @param rationale one line on why the label is what it is, empty when none
 * @param style how the text is written ({@code erp}: a terse material-master line; {@code datasheet}:
 *     sentences), empty when not given
 * @param split the corpus half the case belongs to, empty when the dataset is not split
 * @param line the 1-based line of the dataset file the case was read from, 0 when built in code
 */
public record LabelledCase(
    String id,
    String text,
    List<ControlCode> expected,
    Map<String, String> facts,
    boolean cyberSurveillance,
    String list,
    String lang,
    String kind,
    String rationale,
    String style,
    Optional<Split> split,
    int line) {

  /** The breakdown key of cases labelled not listed. */
  public static final String NOT_LISTED = "not listed";

  public LabelledCase {
    if (Objects.requireNonNull(text, "text").isBlank()) {
      throw new IllegalArgumentException("case text must not be blank (case " + id + ")");
    }
    expected = List.copyOf(Objects.requireNonNull(expected, "expected"));
    facts = facts == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    id = id == null || id.isBlank() ? "#" + line : id;
    list = list == null ? "" : list;
    lang = lang == null ? "" : lang;
    kind = kind == null ? "" : kind;
    rationale = rationale == null ? "" : rationale;
    style = style == null ? "" : style;
    split = split == null ? Optional.empty() : split;
  }

  /**
   * A case with text and expected codes only, for tests and code-built datasets; a null or blank
   * {@code id} becomes {@code #0}, as in the canonical constructor.
   */
  public static LabelledCase of(String id, String text, List<ControlCode> expected) {
    return new LabelledCase(id, text, expected, Map.of(), false, "", "", "", "", "", Optional.empty(), 0);
  }

  /** True when the case is labelled as listed (at least one expected code). */
  public boolean listed() {
    return !expected.isEmpty();
  }

  /** The product the classifier is asked about: text, facts and language of the case. */
  public Product product() {
    return new Product(text, facts, lang);
  }

  /**
   * The per-category breakdown key: the category digit of the first expected code ({@code "3"}), or
   * {@link #NOT_LISTED}.
   */
  public String categoryKey() {
    return expected.isEmpty() ? NOT_LISTED : String.valueOf(expected.get(0).category().digit());
  }
}
