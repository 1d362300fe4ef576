package org.dualuse.core.classify;

import java.util.List;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.criteria.Criterion;
import org.dualuse.core.criteria.FeaturePolicy;
import org.dualuse.core.model.Note;

/**
 * One criterion of a {@link NodePlan}, evaluated once per product however many plans share it.
 *
 * @param id its place among all parts of the classifier (the index of its results)
 * @param criterion the criterion; for a decontrol note, NOT its release condition
 * @param policy how its features are judged
 * @param release the decontrol note it comes from, or null for a criterion of a node
 * @param host the node the note sits on, or null
 * @param leaves the criterion's leaves, in the order its results list them
 * @param releaseAllOf for a decontrol note, whether its text states conditions that must all hold
 *     ({@link org.dualuse.core.model.ReleaseClause#statesAllOf}), read once here; false otherwise
 */
record PlanPart(int id, Criterion criterion, FeaturePolicy policy, Note release, ControlCode host,
    List<Criterion> leaves, boolean releaseAllOf) {}
