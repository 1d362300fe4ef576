/**
 * Full-text and hybrid classification over a Lucene index of a control list.
 *
 * <p>One document per node (entry or item): its text, its ancestors' text, its notes, the
 * definitions of the terms it uses and a vocabulary of the words users write. Queries are built
 * programmatically from analyzed tokens; user text never reaches a query parser.
 */
package org.dualuse.index;
