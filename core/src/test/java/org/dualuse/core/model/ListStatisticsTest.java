package org.dualuse.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.criteria.Comparison;
import org.dualuse.core.criteria.Feature;
import org.dualuse.core.criteria.Parameter;
import org.dualuse.core.criteria.Threshold;
import org.dualuse.core.quantity.Dimension;
import org.dualuse.core.quantity.Quantity;
import org.junit.jupiter.api.Test;

class ListStatisticsTest {
  private static final Parameter FREQUENCY = new Parameter("operating frequency", Dimension.FREQUENCY, null);

  private static ControlNode item(String code, String text, Optional<org.dualuse.core.criteria.Criterion> criteria,
      List<Note> notes) {
    return new ControlNode(ControlCode.parse(code), text, ChildLogic.NONE, List.of(), notes, List.of(), List.of(),
        criteria, false, CyberSurveillanceFlag.NONE);
  }

  @Test
  void onlyNumericCriteriaCountAsTypedAndCoverageIsTheirShareOfTheQuantities() {
    ControlNode typed = item("9A999.a", "Having an operating frequency exceeding 5 GHz;",
        Optional.of(new Threshold(FREQUENCY, Comparison.GREATER_THAN, Quantity.parse("5 GHz"), "exceeding 5 GHz")),
        List.of(new Note(NoteKind.NOTE, "Note", "9A999.a does not control widgets for toys.", List.of(), true,
            List.of(ControlCode.parse("9A999.a")), Optional.empty())));
    ControlNode untyped = item("9A999.b", "Having a mass of 3 kg;", Optional.empty(), List.of());
    ControlNode featureOnly = item("9A999.c", "Specially designed for underwater use;",
        Optional.of(new Feature("specially designed for underwater use", List.of("underwater"))), List.of());
    ControlNode entry = new ControlNode(ControlCode.parse("9A999"), "Widgets as follows:", ChildLogic.AS_FOLLOWS,
        List.of(typed, untyped, featureOnly), List.of(), List.of(), List.of(), Optional.empty(), false,
        CyberSurveillanceFlag.of(CyberSurveillanceScope.IS_ITEM, List.of(ControlCode.parse("9A999")), "Synthetic widgets."));
    ControlList list = new ControlList("test", "Test list", "EU", LocalDate.of(2026, 1, 1),
        new Provenance("synthetic", null, "0", null), List.of(entry), Map.of(), List.of());

    ListStatistics stats = ListStatistics.of(list);

    assertEquals(1, stats.entries());
    assertEquals(3, stats.items());
    assertEquals(2, stats.provisionsWithQuantities());
    assertEquals(1, stats.provisionsWithCriteria());
    assertEquals(1, stats.quantitiesTyped());
    assertEquals(0.5, stats.criteriaCoverage(), 1e-9);
    assertEquals(1, stats.notes().get(NoteKind.NOTE));
    assertEquals(1, stats.decontrolNotes());
    assertEquals(0, stats.decontrolNotesWithExclusion());
    assertEquals(List.of("9A999"), stats.cyberSurveillance());
    assertEquals(List.of("9A999"), List.copyOf(stats.cyberSurveillanceFlags().keySet()));
    assertEquals(1, stats.cyberSurveillanceScopeCounts().get(CyberSurveillanceScope.IS_ITEM));
    assertEquals(0, stats.cyberSurveillanceScopeCounts().get(CyberSurveillanceScope.COVERS));
  }

  @Test
  void onlyItemsThatAreCyberSurveillanceItemsAreListedAsSuchAndEveryScopeIsCounted() {
    CyberSurveillanceFlag covers = CyberSurveillanceFlag.of(CyberSurveillanceScope.COVERS, List.of(ControlCode.parse("9A999")),
        "Software for 9A, which holds 9A999 among others.");
    CyberSurveillanceFlag grouped = CyberSurveillanceFlag.of(CyberSurveillanceScope.GROUPED_WITH, List.of(ControlCode.parse("9A997")),
        "Filed under 9A997, watches gizmos.");
    ControlNode software = new ControlNode(ControlCode.parse("9D999"), "Software for 9A;", ChildLogic.NONE, List.of(),
        List.of(), List.of(), List.of(), Optional.empty(), false, covers);
    ControlNode gizmo = new ControlNode(ControlCode.parse("9A997"), "Gizmos;", ChildLogic.NONE, List.of(),
        List.of(), List.of(), List.of(), Optional.empty(), false, grouped);
    ListStatistics s = ListStatistics.of(new ControlList("test", "Test list", "EU", LocalDate.of(2026, 1, 1),
        new Provenance("synthetic", null, "0", null), List.of(gizmo, software), Map.of(), List.of()));
    assertEquals(List.of(), s.cyberSurveillance());
    assertEquals(covers, s.cyberSurveillanceFlags().get("9D999"));
    assertEquals(1, s.cyberSurveillanceScopeCounts().get(CyberSurveillanceScope.COVERS));
    assertEquals(1, s.cyberSurveillanceScopeCounts().get(CyberSurveillanceScope.GROUPED_WITH));
    assertTrue(software.cyberSurveillance(), "COVERS reads as flagged");
    assertFalse(gizmo.cyberSurveillance(), "GROUPED_WITH does not");
  }

  @Test
  void boundsAreCountedAsTheAnnexWordsThem() {
    assertEquals(1, ListStatistics.statedBounds("Having an operating frequency exceeding 5 GHz;"));
    assertEquals(2, ListStatistics.statedBounds("equal to or exceeding 1 ps and less than 1 ns"));
    assertEquals(1, ListStatistics.statedBounds("An output power of 75 W or more;"));
    assertEquals(1, ListStatistics.statedBounds("a drift less (better) than 0,1 % per day"));
    assertEquals(0, ListStatistics.statedBounds("Having a mass of 3 kg;"), "a value without a comparison is no bound");
  }

  @Test
  void aThresholdProvisionIsTypedPartlyTypedOrUntyped() {
    ControlNode typed = item("9A998.a", "Widgets exceeding 5 GHz;",
        Optional.of(new Threshold(FREQUENCY, Comparison.GREATER_THAN, Quantity.parse("5 GHz"), "exceeding 5 GHz")), List.of());
    ControlNode partly = item("9A998.b", "Widgets exceeding 5 GHz and less than 3 widgetons;",
        Optional.of(new Threshold(FREQUENCY, Comparison.GREATER_THAN, Quantity.parse("5 GHz"), "exceeding 5 GHz")), List.of());
    ControlNode untyped = item("9A998.c", "Widgets with more than 12 blades;", Optional.empty(), List.of());
    ControlNode entry = new ControlNode(ControlCode.parse("9A998"), "Widgets as follows:", ChildLogic.AS_FOLLOWS,
        List.of(typed, partly, untyped), List.of(), List.of(), List.of(), Optional.empty(), false, CyberSurveillanceFlag.NONE);
    ListStatistics s = ListStatistics.of(new ControlList("test", "Test list", "EU", LocalDate.of(2026, 1, 1),
        new Provenance("synthetic", null, "0", null), List.of(entry), Map.of(), List.of()));
    assertEquals(3, s.thresholdProvisions());
    assertEquals(1, s.thresholdProvisionsTyped());
    assertEquals(1, s.thresholdProvisionsPartlyTyped());
    assertEquals(1.0 / 3, s.thresholdProvisionsUntypedShare(), 1e-12);
  }
}
