package org.dualuse.core.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dualuse.core.quantity.Quantity;
import org.junit.jupiter.api.Test;

/** English data-sheet and ERP shorthand for a value's parameter, read as the words it abbreviates. */
class DataSheetAbbreviationsTest {

  private static Quantity named(ProductFacts facts, Parameter p) {
    List<Fact> own = facts.answering(p).stream().filter(f -> f.parameter().equals(p)).toList();
    assertEquals(1, own.size(), () -> p.name() + " in " + facts);
    assertEquals(FactOrigin.NAMED_IN_TEXT, own.get(0).origin(), () -> p.name() + " in " + facts);
    return (Quantity) own.get(0).value();
  }

  @Test
  void insideAndOutsideDiametersAndTheWallAreNamedByTheirAbbreviations() {
    ProductFacts facts = ProductFacts.fromText("Widget tube ID 50 mm, OD 54 mm, wall 2 mm", "en");
    assertEquals(Quantity.parse("50 mm"), named(facts, QualifiedParameters.INNER_DIAMETER));
    assertEquals(Quantity.parse("54 mm"), named(facts, Parameters.DIAMETER));
    assertEquals(Quantity.parse("2 mm"), named(facts, Parameters.THICKNESS));
  }

  @Test
  void theDottedSpellingsAreTheSame() {
    ProductFacts facts = ProductFacts.fromText("Widget sleeve, I.D. 150 mm, O.D. 160 mm", "en");
    assertEquals(Quantity.parse("150 mm"), named(facts, QualifiedParameters.INNER_DIAMETER));
    assertEquals(Quantity.parse("160 mm"), named(facts, Parameters.DIAMETER));
  }
}
