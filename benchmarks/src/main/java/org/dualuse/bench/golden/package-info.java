/**
 * Golden outputs: the classification of every case of a dataset, one JSON record a line, kept in a
 * committed file and compared after a change that must change no answer (a speed-up, a refactoring).
 * {@link org.dualuse.bench.golden.GoldenOutputs} is the tool; {@link
 * org.dualuse.bench.golden.ClassificationRecord} the shape of a record, the keys of
 * {@code dualuse classify --json} with every candidate. When a change is meant to change answers, the
 * golden file is rewritten with {@code --update} in the same commit, and the diff of the file is the
 * review of the change.
 */
package org.dualuse.bench.golden;
