package org.dualuse.index.knowledge;

import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The chemicals the list names ({@code chemicals.tsv}): code, CAS number, English and German name,
 * synonyms. File format (UTF-8, TAB-separated, {@code #} comments; {@code -} for no CAS number or no
 * synonyms):
 * <pre>
 *   code  cas  name_en  name_de  synonyms(|-separated)  source
 * </pre>
 * A CAS number with a wrong check digit is refused with the file and line. Immutable and thread-safe.
 */
public final class Chemicals {

  static final String COLUMNS = "code<TAB>cas<TAB>name_en<TAB>name_de<TAB>synonyms<TAB>source";

  private final List<Chemical> all;
  private final Map<String, List<Chemical>> byCas;

  private Chemicals(List<Chemical> all) {
    this.all = List.copyOf(all);
    Map<String, List<Chemical>> cas = new LinkedHashMap<>();
    for (Chemical c : this.all) {
      c.cas().ifPresent(n -> cas.computeIfAbsent(n, k -> new ArrayList<>()).add(c));
    }
    cas.replaceAll((k, v) -> List.copyOf(v));
    this.byCas = java.util.Collections.unmodifiableMap(cas);
  }

  static Chemicals of(List<Chemical> all) {
    return new Chemicals(all);
  }

  /** Reads a chemicals file ({@value #COLUMNS}). */
  static List<Chemical> read(Reader reader, String source) {
    List<Chemical> out = new ArrayList<>();
    KnowledgeRows.read(reader, source, 6, COLUMNS, (c, line) -> {
      String cas = c[1];
      Optional<String> number = cas.equals(KnowledgeRows.NONE) ? Optional.empty() : Optional.of(cas);
      out.add(new Chemical(KnowledgeRows.code(c[0]), number, KnowledgeRows.required(c[2], "name_en"),
          KnowledgeRows.required(c[3], "name_de"), KnowledgeRows.items(c[4], "synonyms"), KnowledgeRows.source(c[5]),
          source, line));
    });
    return out;
  }

  /** Every chemical, in file order. */
  public List<Chemical> all() {
    return all;
  }

  /** The chemicals with this CAS number (one substance may be named under several codes). */
  public List<Chemical> withCas(String cas) {
    return byCas.getOrDefault(Objects.requireNonNull(cas, "cas"), List.of());
  }

  /** The distinct CAS numbers, in file order. */
  public List<String> casNumbers() {
    return List.copyOf(byCas.keySet());
  }

  @Override
  public String toString() {
    return "Chemicals[" + all.size() + ", " + byCas.size() + " CAS numbers]";
  }
}
