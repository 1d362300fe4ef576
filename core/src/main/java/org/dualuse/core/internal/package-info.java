/**
 * What the library's own modules share and a user should never touch; not API, exported only to
 * {@code org.dualuse.lists} and {@code org.dualuse.index}, and free to change in any release.
 *
 * <ul>
 *   <li>{@link org.dualuse.core.internal.DeferredList}: a list put into words when first read, so
 *       that a classification does not write the evidence of candidates nobody looks at;
 *   <li>{@link org.dualuse.core.internal.CodeVersion}: the version of a module's code as its build
 *       wrote it, which the bundled snapshots (parsed lists, indexes) are checked against.
 * </ul>
 *
 * <p>Performance internals that only one package needs stay package-private where they are
 * ({@code PlanScope}, {@code PlanTables}, {@code TruthProgram} in {@code classify}; {@code
 * MentionIndex}, {@code ScannedText} in {@code criteria}).
 */
package org.dualuse.core.internal;
