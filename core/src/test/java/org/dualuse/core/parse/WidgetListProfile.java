package org.dualuse.core.parse;

import java.util.List;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.model.CyberSurveillanceScope;

/**
 * A tiny profile registered in this module's test resources ({@code META-INF/services}), as a second
 * list's reader would register its own: the synthetic widget list has one cyber-surveillance heading.
 */
public final class WidgetListProfile implements ListProfile {

  /** The id of the list this profile describes. */
  public static final String LIST_ID = "widgets-with-profile";

  @Override
  public String name() {
    return "synthetic widgets";
  }

  @Override
  public boolean describes(String listId) {
    return listId.equals(LIST_ID);
  }

  @Override
  public CyberSurveillanceRule cyberSurveillance() {
    return CyberSurveillanceRule.of(List.of(new CyberSurveillanceRule.Heading(ControlCode.parse("9A999.b"),
        CyberSurveillanceScope.IS_ITEM, "synthetic widget interceptors that extract data about persons")));
  }
}
