package org.dualuse.index.surveillance;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.code.ProductGroup;
import org.dualuse.core.model.ControlList;
import org.dualuse.core.model.ControlNode;
import org.dualuse.core.model.Reference;
import org.dualuse.core.parse.CyberSurveillanceRule;

/**
 * Says whether a classification that rests on a code rests on a cyber-surveillance item, including
 * the software and technology entries that serve surveillance items and other items alike
 * ({@code 5D001.a}, {@code 5D001.c}, {@code 5E001.a}, {@code 4E001.a}), which the model does not
 * flag (see {@link CyberSurveillanceRule}) because it depends on the product.
 *
 * <p>The rule: a code rests on a cyber-surveillance item when its node or one of its ancestors is
 * flagged in the list (or lies under an anchor of {@link CyberSurveillanceRule}); or when it is a
 * software or technology node whose text (or its ancestors' text) names a code at or above a flagged
 * node ("equipment specified in 5A001") or its whole product group ("specified in 4A or 4D"), and the product text names one of those flagged items by a
 * phrase of the surveillance vocabulary ({@code surveillance-vocabulary.tsv}: "IMSI catcher" points
 * at 5A001.f.2, under 5A001). "Operating software for an IMSI catcher" on 5D001.a is then a
 * surveillance item; "software for a shortwave radio" on 5D001.a is not.
 *
 * <p>Immutable in what it answers and thread-safe; it remembers per list and code what the answer
 * rests on apart from the product text. {@link #standard()} is loaded once.
 */
public final class CyberSurveillanceItems {

  /** The bundled vocabulary, relative to this package's parent. */
  public static final String RESOURCE = "/org/dualuse/index/surveillance-vocabulary.tsv";

  private final List<Term> terms;
  // per list and code, what the answer rests on apart from the text
  private final PreparedPerNode<Served> served = new PreparedPerNode<>(this::prepare);

  private CyberSurveillanceItems(List<Term> terms) {
    this.terms = terms;
  }

  /** With the bundled surveillance vocabulary. */
  public static CyberSurveillanceItems standard() {
    return Standard.ITEMS;
  }

  /**
   * Reads a vocabulary in the format {@code phrase<TAB>code[,code...]<TAB>lang<TAB>source}.
   *
   * @throws CueFileFormatException naming the source and line of the first bad row
   * @throws UncheckedIOException when the reader fails
   */
  public static CyberSurveillanceItems read(Reader reader, String source) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(source, "source");
    List<Term> terms = new ArrayList<>();
    CueFileRows.read(reader, source, (f, lineNo) -> {
      if (f.length != 4) {
        throw new IllegalArgumentException("expected phrase<TAB>code[,code...]<TAB>lang<TAB>source, found " + f.length + " columns");
      }
      CueFileRows.source(f, 3);
      if (!f[2].strip().matches("[a-z]{2}")) {
        throw new IllegalArgumentException("language must be an ISO 639-1 code, was '" + f[2] + "'");
      }
      List<ControlCode> codes = new ArrayList<>();
      for (String c : f[1].split(",")) {
        codes.add(ControlCode.tryParse(c.strip())
            .orElseThrow(() -> new IllegalArgumentException("not a control code: '" + c + "'")));
      }
      // case-folded: the index matches vocabulary phrases without regard to case, and so does this
      terms.add(new Term(f[0].strip(), Cue.parse(f[0].toLowerCase(Locale.ROOT)), List.copyOf(codes)));
    });
    return new CyberSurveillanceItems(List.copyOf(terms));
  }

  /**
   * Why a decision that rests on this code rests on a cyber-surveillance item, or empty when it does
   * not (or the code is not in the list).
   *
   * @param decided the code the decision rests on
   * @param productText the product description; null is treated as empty
   * @param list the list the code belongs to
   */
  public Optional<String> reason(ControlCode decided, String productText, ControlList list) {
    return reasonOf(decided, ProductText.of(productText), list);
  }

  /** As {@link #reason(ControlCode, String, ControlList)}, on a text read once. */
  public Optional<String> reasonOf(ControlCode decided, ProductText productText, ControlList list) {
    Optional<Served> served = servedOf(decided, list);
    if (served.isEmpty() || served.get().flagged().isPresent()) {
      return served.flatMap(Served::flagged);
    }
    if (served.get().terms().isEmpty() || productText.isBlank()) {
      return Optional.empty();
    }
    return served.get().find(decided, productText);
  }

  /** What does not depend on the product text, prepared on first use; empty when the code is not in the list. */
  private Optional<Served> servedOf(ControlCode decided, ControlList list) {
    return Optional.ofNullable(served.get(decided, list));
  }


  private Served prepare(ControlNode node, ControlList list) {
    ControlCode decided = node.code();
    List<ControlNode> chain = new ArrayList<>();
    chain.add(node);
    chain.addAll(list.ancestorsOf(decided));
    for (ControlNode n : chain) {
      if (n.cyberSurveillance() || CyberSurveillanceRule.anchorOf(n.code()).isPresent()) {
        return new Served(Optional.of(n.code() + " is a cyber-surveillance item (Article 2(20) of Regulation (EU) 2021/821)."),
            List.of());
      }
    }
    ProductGroup g = decided.group();
    if (g != ProductGroup.D && g != ProductGroup.E) {
      return new Served(Optional.empty(), List.of());
    }
    List<ControlCode> served = new ArrayList<>();
    List<String> servedGroups = new ArrayList<>();
    for (ControlNode n : chain) {
      servedGroups.addAll(CodesInText.groups(n.text()));
      for (Reference r : n.references()) {
        if (!r.fromNote() && !served.contains(r.target())) {
          served.add(r.target());
        }
      }
      CodesInText.codes(n.text()).stream().filter(c -> !served.contains(c)).forEach(served::add);
    }
    List<TermTarget> out = new ArrayList<>();
    for (Term term : terms) {
      for (ControlCode target : term.codes()) {
        boolean flagged = list.find(target).map(t -> t.cyberSurveillance()).orElse(false)
            || CyberSurveillanceRule.anchorOf(target).isPresent();
        boolean servedByIt = served.stream().anyMatch(s -> s.isPrefixOf(target) || target.isPrefixOf(s))
            || servedGroups.contains(target.entryCode().substring(0, 2));
        if (flagged && servedByIt) {
          out.add(new TermTarget(term.cue(), target));
        }
      }
    }
    return new Served(Optional.empty(), List.copyOf(out));
  }

  /**
   * What a code's answer rests on apart from the product text: the reason when the code is a
   * cyber-surveillance item itself, else the vocabulary phrases (with the flagged item each points
   * at) that would show that the software or technology serves such an item, in vocabulary order.
   */
  private record Served(Optional<String> flagged, List<TermTarget> terms) {
    Optional<String> find(ControlCode decided, ProductText text) {
      for (TermTarget t : terms) {
        Optional<String> hit = t.cue().findIn(text);
        if (hit.isPresent()) {
          String what = decided.group() == ProductGroup.D ? "software" : "technology";
          return Optional.of(decided + " is " + what + " for items it names, and the text names a cyber-surveillance "
              + "item among them: \"" + hit.get() + "\" (" + t.target() + ").");
        }
      }
      return Optional.empty();
    }
  }

  /** A vocabulary phrase and one flagged item it points at. */
  private record TermTarget(Cue cue, ControlCode target) {}

  private record Term(String phrase, Cue cue, List<ControlCode> codes) {}

  private static final class Standard {
    static final CyberSurveillanceItems ITEMS = load();

    private static CyberSurveillanceItems load() {
      InputStream in = CyberSurveillanceItems.class.getResourceAsStream(RESOURCE);
      if (in == null) {
        throw new IllegalStateException("resource " + RESOURCE + " is missing");
      }
      return read(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
    }
  }
}
