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
import org.dualuse.core.classify.Article5Indicator;
import org.dualuse.core.classify.ElementEvidence;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.model.ControlList;
import org.dualuse.core.model.ControlNode;
import org.dualuse.core.model.CyberSurveillanceFlag;
import org.dualuse.core.model.CyberSurveillanceScope;
import org.dualuse.core.model.Reference;
import org.dualuse.core.parse.CyberSurveillanceRule;

/**
 * The cyber-surveillance flag of a classification: how the product stands to the cyber-surveillance
 * items of Article 2(20), judged from the node the decision rests on and from the product text.
 *
 * <p>The rule, by the scope of the node's own flag (see {@link CyberSurveillanceRule}):
 *
 * <ul>
 *   <li>{@link CyberSurveillanceScope#IS_ITEM}: the product is a cyber-surveillance item, for the
 *       node's reason.
 *   <li>{@link CyberSurveillanceScope#COVERS} (software or technology for items among which some are
 *       cyber-surveillance items: {@code 5D001.a}, {@code 5E001.a}, {@code 4E001.a}): the product is
 *       one when its text names a cyber-surveillance item the node serves by a phrase of the
 *       surveillance vocabulary ({@code surveillance-vocabulary.tsv}: "IMSI catcher" points at
 *       5A001.f.2, which 5D001.a serves), or shows the elements of Article 2(20) by the
 *       {@link Article5Screen}. Otherwise the flag stays COVERS: "operating software for an IMSI
 *       catcher" is a cyber-surveillance item, "software for a shortwave radio" only falls under an
 *       entry that covers some.
 *   <li>{@link CyberSurveillanceScope#GROUPED_WITH} (the jammers and RF monitoring under 5A001.f) and
 *       {@link CyberSurveillanceScope#NONE}: the product is one only when its text shows the elements
 *       of Article 2(20); a listed item is a cyber-surveillance item by what it does, whichever entry
 *       lists it.
 * </ul>
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
   * The flag of a classification that rests on this code.
   *
   * @param decided the code the decision rests on
   * @param productText the product description, read once
   * @param list the list the code belongs to
   * @param screen the screen that reads the elements of Article 2(20) in the text
   * @return the flag; {@link CyberSurveillanceFlag#NONE} when the code is not in the list or nothing applies
   */
  public CyberSurveillanceFlag flagOf(ControlCode decided, ProductText productText, ControlList list,
      Article5Screen screen) {
    return flagOf(decided, productText, list, screen, Optional.empty());
  }

  /**
   * The flag of a classification that rests on a software or technology code found through the goods
   * the text describes: when the code covers cyber-surveillance items among others and those goods are
   * one of them ("production data for a cellular interceptor" rests on 5E001.a through 5A001.f.1), the
   * product is the software or technology of a cyber-surveillance item.
   *
   * @param describedGoods the goods the decided code was found through; empty as in {@link
   *     #flagOf(ControlCode, ProductText, ControlList, Article5Screen)}
   */
  public CyberSurveillanceFlag flagOf(ControlCode decided, ProductText productText, ControlList list,
      Article5Screen screen, Optional<ControlCode> describedGoods) {
    Objects.requireNonNull(describedGoods, "describedGoods");
    Objects.requireNonNull(decided, "decided");
    Objects.requireNonNull(productText, "productText");
    Objects.requireNonNull(list, "list");
    Objects.requireNonNull(screen, "screen");
    Optional<ControlNode> node = list.find(decided);
    if (node.isEmpty()) {
      return CyberSurveillanceFlag.NONE;
    }
    CyberSurveillanceFlag own = node.get().cyberSurveillanceFlag();
    if (own.scope() == CyberSurveillanceScope.IS_ITEM) {
      return CyberSurveillanceFlag.of(CyberSurveillanceScope.IS_ITEM, own.items(),
          decided + " " + CyberSurveillanceScope.IS_ITEM.description() + ": " + own.reason());
    }
    if (own.scope() == CyberSurveillanceScope.COVERS) {
      Optional<String> named = servedOf(decided, list).flatMap(sv -> sv.find(productText));
      if (named.isPresent()) {
        return CyberSurveillanceFlag.of(CyberSurveillanceScope.IS_ITEM, own.items(), decided + " "
            + CyberSurveillanceScope.COVERS.description() + " (" + join(own.items()) + "), and the text names one: "
            + named.get() + ".");
      }
      Optional<ControlNode> goods = describedGoods.flatMap(list::find)
          .filter(g -> g.cyberSurveillanceFlag().scope() == CyberSurveillanceScope.IS_ITEM)
          .filter(g -> own.items().isEmpty()
              || own.items().stream().anyMatch(i -> i.isPrefixOf(g.code()) || g.code().isPrefixOf(i)));
      if (goods.isPresent()) {
        return CyberSurveillanceFlag.of(CyberSurveillanceScope.IS_ITEM, own.items(), decided + " "
            + CyberSurveillanceScope.COVERS.description() + " (" + join(own.items()) + "), and the goods the text"
            + " describes are one: " + goods.get().code() + ".");
      }
    }
    Optional<Article5Indicator> shown = screen.assess(productText).indicators().stream().findFirst();
    if (shown.isPresent()) {
      String entry = switch (own.scope()) {
        case COVERS -> decided + " " + CyberSurveillanceScope.COVERS.description() + " (" + join(own.items()) + ")";
        case GROUPED_WITH -> decided + " is " + CyberSurveillanceScope.GROUPED_WITH.description();
        default -> decided + " is not a cyber-surveillance item itself";
      };
      return CyberSurveillanceFlag.of(CyberSurveillanceScope.IS_ITEM, own.items(),
          entry + ", but the text shows the elements of Article 2(20) (" + shown.get().indicator() + "): "
              + elements(shown.get()) + ".");
    }
    return switch (own.scope()) {
      case COVERS -> CyberSurveillanceFlag.of(CyberSurveillanceScope.COVERS, own.items(), decided + ": " + own.reason()
          + " The text does not show that the product is one of them.");
      case GROUPED_WITH -> CyberSurveillanceFlag.of(CyberSurveillanceScope.GROUPED_WITH, own.items(), decided + ": "
          + own.reason());
      default -> CyberSurveillanceFlag.NONE;
    };
  }

  /**
   * The elements an indicator shows, with their words:
   * {@code to enable covert surveillance ("covertly"); of natural persons ("targets")}.
   */
  static String elements(Article5Indicator indicator) {
    List<String> parts = new ArrayList<>();
    for (ElementEvidence e : indicator.elements()) {
      parts.add(e.element().wording() + " (" + String.join(", ", e.words().stream().map(w -> "\"" + w + "\"").toList()) + ")");
    }
    return String.join("; ", parts);
  }

  private static String join(List<ControlCode> codes) {
    return String.join(", ", codes.stream().map(ControlCode::toString).toList());
  }

  /**
   * Why a decision that rests on this code rests on a cyber-surveillance item, or empty when it does
   * not.
   *
   * @deprecated the flag has a scope; use {@link #flagOf(ControlCode, ProductText, ControlList, Article5Screen)}
   */
  @Deprecated
  public Optional<String> reason(ControlCode decided, String productText, ControlList list) {
    return reasonOf(decided, ProductText.of(productText), list);
  }

  /**
   * As {@link #reason(ControlCode, String, ControlList)}, on a text read once: the reason of the
   * flag with the standard screen when the flag reads as yes.
   *
   * @deprecated the flag has a scope; use {@link #flagOf(ControlCode, ProductText, ControlList, Article5Screen)}
   */
  @Deprecated
  public Optional<String> reasonOf(ControlCode decided, ProductText productText, ControlList list) {
    CyberSurveillanceFlag f = flagOf(decided, productText, list, Article5Screen.standard());
    return f.isCyberSurveillance() ? Optional.of(f.reason()) : Optional.empty();
  }

  /** The vocabulary phrases a COVERS code could be shown by, prepared on first use; empty when it is not in the list. */
  private Optional<Served> servedOf(ControlCode decided, ControlList list) {
    return Optional.ofNullable(served.get(decided, list));
  }

  private Served prepare(ControlNode node, ControlList list) {
    ControlCode decided = node.code();
    List<ControlNode> chain = new ArrayList<>();
    chain.add(node);
    chain.addAll(list.ancestorsOf(decided));
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
        boolean item = list.find(target).map(t -> t.cyberSurveillanceFlag().scope() == CyberSurveillanceScope.IS_ITEM)
            .orElse(false);
        boolean servedByIt = served.stream().anyMatch(s -> s.isPrefixOf(target) || target.isPrefixOf(s))
            || servedGroups.contains(target.entryCode().substring(0, 2));
        if (item && servedByIt) {
          out.add(new TermTarget(term.cue(), target));
        }
      }
    }
    return new Served(List.copyOf(out));
  }

  /**
   * What a COVERS code's answer rests on apart from the product text: the vocabulary phrases (with
   * the cyber-surveillance item each points at) that would show that the software or technology
   * serves such an item, in vocabulary order.
   */
  private record Served(List<TermTarget> terms) {
    Optional<String> find(ProductText text) {
      for (TermTarget t : terms) {
        Optional<String> hit = t.cue().findIn(text);
        if (hit.isPresent()) {
          return Optional.of("\"" + hit.get() + "\" (" + t.target() + ")");
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
