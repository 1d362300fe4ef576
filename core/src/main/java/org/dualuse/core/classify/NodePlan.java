package org.dualuse.core.classify;

import java.util.List;
import org.dualuse.core.model.ControlNode;

/**
 * What a node of the list needs, as the parts whose truths together (all of them) decide it: its
 * ancestors' and its own criteria, the required siblings of "all of the following" lists above it,
 * its children's criteria, and the decontrol notes that speak to it.
 *
 * @param node the node
 * @param parts the parts, all required
 * @param classifiable false when the node is one item of an "all of" list, which alone lists nothing
 */
record NodePlan(ControlNode node, List<PlanPart> parts, boolean classifiable) {}
