/**
 * Snapshots of parsed lists: the binary form of a {@link org.dualuse.core.model.ControlList}
 * ({@link org.dualuse.lists.snapshot.SnapshotFormat}) and the description kept beside it
 * ({@link org.dualuse.lists.snapshot.SnapshotInfo}). The build parses every bundled list once and ships
 * its snapshot in the jar; {@link org.dualuse.lists.ControlLists} reads a list from its snapshot when
 * the snapshot is current (same format, same source digest, same code versions) and parses the source
 * otherwise, so a stale snapshot is never used. Internal: the module does not export this package.
 */
package org.dualuse.lists.snapshot;
