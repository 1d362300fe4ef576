/**
 * Control codes: the addresses of the list.
 *
 * <p>A {@link org.dualuse.core.code.ControlCode} such as {@code 5A001.f.1} names a category (5),
 * a product group (A: systems, equipment and components), an entry number (001) and a path of
 * item letters and numbers below it ({@code f.1}). Codes parse and format as inverses, order as the
 * annex prints them ({@code 5A001.b.2} before {@code 5A001.b.10}) and know their parents, ancestors
 * and the export-control regime their number range comes from.
 */
package org.dualuse.core.code;
