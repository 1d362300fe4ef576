/**
 * The typed model of a control list.
 *
 * <p>A {@link org.dualuse.core.model.ControlList} holds entries ({@code 3A001}) and their items
 * ({@code 3A001.b.2.a}) as {@link org.dualuse.core.model.ControlNode}s, each with its verbatim text,
 * the logic of its children, its notes, the defined terms it uses, its references to other codes and
 * its criteria. Lists are immutable once built and safe to share between threads.
 */
package org.dualuse.core.model;
