package org.dualuse.core.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.dualuse.core.DualUseException;
import org.dualuse.core.code.ControlCode;

/**
 * A version of a control list: its entries with all their items, its definitions and its documents.
 *
 * <p>Immutable and safe to share between threads. Lookup by code is a hash lookup; {@link #nodes()}
 * walks every node in the annex's order.
 */
public final class ControlList {
  private final String id;
  private final String title;
  private final String jurisdiction;
  private final LocalDate effectiveDate;
  private final Provenance provenance;
  private final List<ControlNode> entries;
  private final Map<String, DefinedTerm> definitions;
  private final List<ListDocument> documents;
  private final Map<ControlCode, ControlNode> byCode;
  private final Map<ControlCode, ControlCode> parentOf;
  private final List<ControlNode> allNodes;

  /**
   * @param id stable id, e.g. {@code eu-annex-i-2025-11-15}
   * @param title human title
   * @param jurisdiction e.g. {@code EU}
   * @param effectiveDate the date from which this version is in force
   * @param provenance where the text came from
   * @param entries the entries in the annex's order
   * @param definitions global defined terms by their term
   * @param documents general notes, category notes and the like
   * @throws DualUseException when a code appears twice or an entry is an item
   */
  public ControlList(
      String id,
      String title,
      String jurisdiction,
      LocalDate effectiveDate,
      Provenance provenance,
      List<ControlNode> entries,
      Map<String, DefinedTerm> definitions,
      List<ListDocument> documents) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(effectiveDate, "effectiveDate");
    Objects.requireNonNull(provenance, "provenance");
    Objects.requireNonNull(entries, "entries");
    Objects.requireNonNull(definitions, "definitions");
    Objects.requireNonNull(documents, "documents");
    this.id = id;
    this.title = title;
    this.jurisdiction = jurisdiction == null ? "" : jurisdiction;
    this.effectiveDate = effectiveDate;
    this.provenance = provenance;
    this.entries = List.copyOf(entries);
    this.definitions = Collections.unmodifiableMap(new LinkedHashMap<>(definitions));
    this.documents = List.copyOf(documents);
    Map<ControlCode, ControlNode> index = new HashMap<>();
    Map<ControlCode, ControlCode> parents = new HashMap<>();
    List<ControlNode> all = new ArrayList<>();
    for (ControlNode entry : this.entries) {
      if (!entry.isEntry()) {
        throw new DualUseException(entry.code() + " is listed as an entry but is an item");
      }
      entry.forEach(node -> {
        if (index.putIfAbsent(node.code(), node) != null) {
          throw new DualUseException("code " + node.code() + " appears twice in list " + id);
        }
        all.add(node);
        for (ControlNode child : node.children()) {
          parents.put(child.code(), node.code());
        }
      });
    }
    this.byCode = Collections.unmodifiableMap(index);
    this.parentOf = Collections.unmodifiableMap(parents);
    this.allNodes = Collections.unmodifiableList(all);
  }

  public String id() {
    return id;
  }

  public String title() {
    return title;
  }

  public String jurisdiction() {
    return jurisdiction;
  }

  public LocalDate effectiveDate() {
    return effectiveDate;
  }

  public Provenance provenance() {
    return provenance;
  }

  /** The entries ({@code 0A001} ... {@code 9E102}) in the annex's order. */
  public List<ControlNode> entries() {
    return entries;
  }

  /** Global defined terms by term, in the order of the definitions. */
  public Map<String, DefinedTerm> definitions() {
    return definitions;
  }

  public List<ListDocument> documents() {
    return documents;
  }

  /** Documents of one kind, in order. */
  public List<ListDocument> documents(DocumentKind kind) {
    Objects.requireNonNull(kind, "kind");
    return documents.stream().filter(d -> d.kind() == kind).toList();
  }

  /** The node with this code, if the list has one. */
  public Optional<ControlNode> find(ControlCode code) {
    Objects.requireNonNull(code, "code");
    return Optional.ofNullable(byCode.get(code));
  }

  /**
   * The node with this code, if the text is a code and the list has it. Never throws on any text.
   *
   * @throws NullPointerException if {@code code} is null
   */
  public Optional<ControlNode> find(String code) {
    Objects.requireNonNull(code, "code");
    return ControlCode.tryParse(code).flatMap(this::find);
  }

  /**
   * The node with this code.
   *
   * @throws NoSuchNodeException naming the code and the list when it has none
   */
  public ControlNode get(ControlCode code) {
    Objects.requireNonNull(code, "code");
    ControlNode node = byCode.get(code);
    if (node == null) {
      throw new NoSuchNodeException(id, code);
    }
    return node;
  }

  public boolean contains(ControlCode code) {
    Objects.requireNonNull(code, "code");
    return byCode.containsKey(code);
  }

  /** The node's parent in this list, empty for an entry or an unknown code. */
  public Optional<ControlNode> parentOf(ControlCode code) {
    Objects.requireNonNull(code, "code");
    return Optional.ofNullable(parentOf.get(code)).map(byCode::get);
  }

  /** The nodes above this one, nearest first, ending with its entry. */
  public List<ControlNode> ancestorsOf(ControlCode code) {
    Objects.requireNonNull(code, "code");
    List<ControlNode> out = new ArrayList<>();
    for (ControlCode c = parentOf.get(code); c != null; c = parentOf.get(c)) {
      out.add(byCode.get(c));
    }
    return Collections.unmodifiableList(out);
  }

  /** Every node, entries and items, in the annex's order. */
  public List<ControlNode> allNodes() {
    return allNodes;
  }

  public Stream<ControlNode> nodes() {
    return allNodes.stream();
  }

  /** The number of nodes that are items (not entries). */
  public int itemCount() {
    return allNodes.size() - entries.size();
  }

  @Override
  public String toString() {
    return "ControlList[" + id + ", " + entries.size() + " entries, " + allNodes.size() + " nodes]";
  }
}
