package org.dualuse.lists;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.dualuse.core.model.ControlList;
import org.dualuse.core.parse.AnnexParser;
import org.dualuse.core.parse.AnnexSource;
import org.dualuse.core.parse.ControlListFormatException;
import org.dualuse.core.parse.Provision;
import org.dualuse.lists.source.EuConsolidatedJsonReader;

/**
 * Real provision lines of the 2025 text mutated (dropped, duplicated, swapped, garbled, cut): the
 * parser either builds a list or throws {@link ControlListFormatException}, nothing else. Each try
 * takes a window of six consecutive entries so that two hundred tries stay fast.
 */
class EuAnnexMutationPropertiesTest {
  private static AnnexSource source;

  /** One change to the list of provisions. */
  record Mutation(int kind, int at, int other, String garble) {}

  @BeforeContainer
  static void read() throws IOException {
    try (InputStream in = Files.newInputStream(OfficialTexts.eu2025Json())) {
      source = new EuConsolidatedJsonReader().read(in, "annex_i_02021R0821-20251115.json");
    }
  }

  @Property(tries = 200)
  void aMutatedSourceParsesOrFailsWithAFormatError(
      @ForAll @IntRange(min = 0, max = 383) int firstEntry, @ForAll("mutations") List<Mutation> mutations) {
    List<Provision> lines = new ArrayList<>(window(firstEntry, 6));
    for (Mutation m : mutations) {
      int at = m.at() % lines.size();
      int other = m.other() % lines.size();
      Provision p = lines.get(at);
      switch (m.kind()) {
        case 0 -> lines.remove(at);
        case 1 -> lines.add(at, p);
        case 2 -> {
          lines.set(at, lines.get(other));
          lines.set(other, p);
        }
        case 3 -> lines.set(at, new Provision(p.code(), p.kind(), m.garble() + p.text(), p.line()));
        case 4 -> lines.set(at, new Provision(m.garble() + p.code(), p.kind(), p.text(), p.line()));
        default -> lines.set(at, new Provision(p.code(), p.kind(), p.text().substring(0, p.text().length() / 2), p.line()));
      }
    }
    AnnexSource mutated = new AnnexSource(source.listId(), source.title(), source.jurisdiction(),
        source.effectiveDate(), source.provenance(), lines, source.documents());
    try {
      ControlList list = new AnnexParser().parse(mutated);
      if (list.entries().isEmpty()) {
        throw new AssertionError("an empty list was returned");
      }
    } catch (ControlListFormatException expected) {
      if (expected.source() == null || expected.getMessage().isBlank()) {
        throw new AssertionError("a format error must name its source", expected);
      }
    }
  }

  /** The provisions of {@code count} consecutive entries: a real stretch of the text, cheap to parse. */
  private static List<Provision> window(int firstEntry, int count) {
    List<Integer> starts = new ArrayList<>();
    List<Provision> all = source.provisions();
    for (int k = 0; k < all.size(); k++) {
      if (all.get(k).code().length() == 5 && all.get(k).kind() == org.dualuse.core.parse.ProvisionKind.ITEM) {
        starts.add(k);
      }
    }
    int from = starts.get(Math.min(firstEntry, starts.size() - 1));
    int toEntry = Math.min(firstEntry + count, starts.size());
    int to = toEntry >= starts.size() ? all.size() : starts.get(toEntry);
    return all.subList(from, to);
  }

  @Provide
  Arbitrary<List<Mutation>> mutations() {
    Arbitrary<Mutation> one = Combinators.combine(
            Arbitraries.integers().between(0, 5),
            Arbitraries.integers().between(0, 100_000),
            Arbitraries.integers().between(0, 100_000),
            Arbitraries.strings().ofMaxLength(6))
        .as(Mutation::new);
    return one.list().ofMinSize(1).ofMaxSize(4);
  }
}
