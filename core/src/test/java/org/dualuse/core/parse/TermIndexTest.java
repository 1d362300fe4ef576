package org.dualuse.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.dualuse.core.model.DefinedTerm;
import org.dualuse.core.model.TermKind;
import org.junit.jupiter.api.Test;

class TermIndexTest {
  private final TermIndex index = new TermIndex(List.of(
      new DefinedTerm("Widget body", List.of(), "synthetic", List.of("9"), TermKind.GLOBAL),
      new DefinedTerm("Interleaved Widget-to-Gadget Converter (WGC)", List.of(), "synthetic", List.of("3"), TermKind.GLOBAL),
      new DefinedTerm("Sub-unit of widget", List.of(), "synthetic", List.of("1"), TermKind.GLOBAL),
      new DefinedTerm("Gizmo bus", List.of("GB"), "synthetic", List.of("9"), TermKind.GLOBAL)));

  @Test
  void pluralsCaseAndHyphensAreIgnored() {
    assertEquals("Widget body", index.resolve("widget bodies"));
    assertEquals("Widget body", index.resolve("Widget-body"));
    assertEquals("Gizmo bus", index.resolve("gizmo buses"));
    assertEquals("Sub-unit of widget", index.resolve("sub-units of widgets"));
  }

  @Test
  void acronymsStandForTheirWords() {
    assertEquals("Gizmo bus", index.resolve("GBs"));
    assertEquals("Interleaved Widget-to-Gadget Converter (WGC)", index.resolve("interleaved WGCs"));
  }

  @Test
  void unknownWordsDoNotResolve() {
    assertNull(index.resolve("widget head"));
    assertNull(index.resolve("  "));
  }
}
