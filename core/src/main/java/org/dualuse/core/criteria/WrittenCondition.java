package org.dualuse.core.criteria;

/**
 * One typed condition with where the text writes it and the parameter it bounds: what {@link
 * BoundCriteria} makes of the bounds, and what {@link Alternatives} groups by the words between
 * neighbours ("or" starts an alternative) and compares by parameter (to hoist trailing conditions).
 */
record WrittenCondition(Criterion criterion, int start, int end, Parameter parameter) {}
