package org.dualuse.index.knowledge;

import java.io.InputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.WeakHashMap;
import org.dualuse.core.DataFileLines;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.model.ControlList;
import org.dualuse.core.parse.ListProfile;

/**
 * The reviewed domain knowledge about the EU list: what each node is about ({@link Subjects}), what
 * products are called ({@link ProductType}), the chemicals the list names ({@link Chemicals}) and
 * material designations with their compositions ({@link Materials}), the words that state what
 * software or technology is for ({@link PurposeWords}), read from the module's
 * resources in {@code org/dualuse/index/knowledge/} (the files are listed in its {@code files.txt}).
 *
 * <p>{@link #pointers} turns them into pointers for retrieval (the index's vocabulary): every name of the subject of a
 * goods node (A, B or C group) and every product type that is one points at the node; every chemical
 * name and CAS number points at its code; every material designation at the codes of its class.
 * Software and technology nodes get none (their subject names goods, which would draw goods to them),
 * and a single generic word never points anywhere ({@link GenericWords}). Chemical synonyms and
 * material designations carry the language {@value #ANY_LANGUAGE} (ISO 639-2 "multiple languages"):
 * formulas, abbreviations, trade names and grades are written alike in every language.
 *
 * <p>Immutable and thread-safe; {@link #standard()} is read once.
 */
public final class Knowledge {

  /** The language of names that are the same in every language. */
  public static final String ANY_LANGUAGE = "mul";
  static final String FILES = "files.txt";

  private final Subjects subjects;
  private final Chemicals chemicals;
  private final Materials materials;
  /** Per list, its pointers, worked out on first use ({@link #pointers}); weakly held. */
  private final Map<ControlList, List<Pointer>> pointersByList = Collections.synchronizedMap(new WeakHashMap<>());
  private final List<String> genericWords;
  private final PurposeWords purposes;
  /** The lists the subject and product-type files declare; empty for knowledge given by a caller. */
  private final Set<String> subjectLists;
  /** The lists all its files declare; empty for knowledge given by a caller. */
  private final Set<String> fileLists;

  private Knowledge(Subjects subjects, Chemicals chemicals, Materials materials, List<String> genericWords,
      PurposeWords purposes, Set<String> subjectLists, Set<String> fileLists) {
    this.subjectLists = Set.copyOf(subjectLists);
    this.fileLists = Set.copyOf(fileLists);
    this.subjects = subjects;
    this.chemicals = chemicals;
    this.materials = materials;
    this.genericWords = List.copyOf(genericWords);
    this.purposes = purposes;
  }

  /**
   * The module's knowledge files.
   *
   * @throws KnowledgeFormatException naming the file and line of a bad row, or a missing file
   */
  public static Knowledge standard() {
    return Standard.INSTANCE;
  }

  /** Knowledge of these parts, for tests and other lists. */
  static Knowledge of(Subjects subjects, Chemicals chemicals, Materials materials, List<String> genericWords) {
    return new Knowledge(subjects, chemicals, materials, genericWords, PurposeWords.of(List.of()), Set.of(), Set.of());
  }

  public Subjects subjects() {
    return subjects;
  }

  /**
   * The subjects a classifier over a list sees: the subjects of these knowledge files when the list's
   * {@link ListProfile#dataLists() profile} loads every list the subject and product-type files
   * declare ({@code # list: eu-annex-i}: their rows name the EU annex's codes), none otherwise.
   *
   * @throws NullPointerException when {@code list} is null
   */
  public Subjects subjectsFor(ControlList list) {
    Objects.requireNonNull(list, "list");
    return DataLists.loadsAll(subjectLists, ListProfile.of(list.id())) ? subjects : Subjects.none();
  }

  /**
   * Whether a classifier over a list loads these knowledge files: its {@link ListProfile#dataLists()
   * profile} loads every list they declare.
   *
   * @throws NullPointerException when {@code list} is null
   */
  public boolean loadsFor(ControlList list) {
    Objects.requireNonNull(list, "list");
    return DataLists.loadsAll(fileLists, ListProfile.of(list.id()));
  }

  public Chemicals chemicals() {
    return chemicals;
  }

  public Materials materials() {
    return materials;
  }

  /** The words by which a text states what its software or technology is for ({@code purposes.tsv}). */
  public PurposeWords purposes() {
    return purposes;
  }

  /**
   * The pointers for retrieval over a list (see the class comment); codes the list does not have
   * point nowhere and are left out.
   *
   * @throws NullPointerException when {@code list} is null
   */
  public List<Pointer> pointers(ControlList list) {
    Objects.requireNonNull(list, "list");
    // the index's vocabulary and the classifier both ask for a list's pointers when a classifier is
    // made: worked out once per list (a list is immutable; weakly held, so a list let go is not kept)
    return pointersByList.computeIfAbsent(list, this::pointersOf);
  }

  private List<Pointer> pointersOf(ControlList list) {
    GenericWords generic = new GenericWords(list, genericWords);
    List<Pointer> out = new ArrayList<>();
    for (Subject s : subjects.all()) {
      if (!isGoods(s.code()) || !list.contains(s.code())) {
        continue;
      }
      for (SubjectName n : s.names().values()) {
        for (String name : n.allNames()) {
          add(out, generic, name, List.of(s.code()), n.language(), n.file(), n.line(), Pointer.Kind.SUBJECT);
        }
      }
    }
    for (ProductType t : subjects.productTypes()) {
      if (t.relation() != ProductType.Relation.IS_A) {
        continue;
      }
      List<ControlCode> codes = subjects.codesOf(t.subject()).stream()
          .filter(c -> isGoods(c) && list.contains(c)).toList();
      add(out, generic, t.term(), codes, t.language(), t.file(), t.line(), Pointer.Kind.PRODUCT_TYPE);
    }
    for (Chemical c : chemicals.all()) {
      if (!list.contains(c.code())) {
        continue;
      }
      List<ControlCode> code = List.of(c.code());
      c.cas().ifPresent(cas -> out.add(new Pointer(cas, code, ANY_LANGUAGE, c.file(), c.line(), Pointer.Kind.CHEMICAL)));
      add(out, generic, c.nameEn(), code, "en", c.file(), c.line(), Pointer.Kind.CHEMICAL);
      add(out, generic, c.nameDe(), code, "de", c.file(), c.line(), Pointer.Kind.CHEMICAL);
      for (String synonym : c.synonyms()) {
        add(out, generic, synonym, code, ANY_LANGUAGE, c.file(), c.line(), Pointer.Kind.CHEMICAL_SYNONYM);
      }
    }
    for (Material m : materials.all()) {
      List<ControlCode> codes = m.codes().stream().filter(list::contains).toList();
      add(out, generic, m.designation(), codes, ANY_LANGUAGE, m.file(), m.line(), Pointer.Kind.MATERIAL);
    }
    return List.copyOf(out);
  }

  /**
   * The names {@link #pointers} leaves out because they are single generic words, each with the file
   * and line it came from ("pump (subjects-cat2.tsv:14)").
   */
  public List<String> genericNames(ControlList list) {
    GenericWords generic = new GenericWords(Objects.requireNonNull(list, "list"), genericWords);
    Set<String> out = new LinkedHashSet<>();
    for (Subject s : subjects.all()) {
      for (SubjectName n : s.names().values()) {
        for (String name : n.allNames()) {
          if (isGoods(s.code()) && generic.isGeneric(name)) {
            out.add(name + " (" + n.file() + ":" + n.line() + ")");
          }
        }
      }
    }
    for (ProductType t : subjects.productTypes()) {
      if (t.relation() == ProductType.Relation.IS_A && generic.isGeneric(t.term())) {
        out.add(t.term() + " (" + t.file() + ":" + t.line() + ")");
      }
    }
    for (Chemical c : chemicals.all()) {
      for (String name : allNames(c)) {
        if (generic.isGeneric(name)) {
          out.add(name + " (" + c.file() + ":" + c.line() + ")");
        }
      }
    }
    return List.copyOf(out);
  }

  private static List<String> allNames(Chemical c) {
    List<String> all = new ArrayList<>();
    all.add(c.nameEn());
    all.add(c.nameDe());
    all.addAll(c.synonyms());
    return all;
  }

  private static boolean isGoods(ControlCode code) {
    return !code.group().isSoftwareOrTechnology();
  }

  private static void add(List<Pointer> out, GenericWords generic, String name, List<ControlCode> codes,
      String language, String file, int line, Pointer.Kind kind) {
    if (codes.isEmpty() || generic.isGeneric(name) || !generic.isMatchable(name)) {
      return;
    }
    out.add(new Pointer(name, codes, language, file, line, kind));
  }

  @Override
  public String toString() {
    return "Knowledge[" + subjects + ", " + chemicals + ", " + materials + "]";
  }

  private static Knowledge load() {
    List<Subjects.Row> rows = new ArrayList<>();
    List<ProductType> types = new ArrayList<>();
    List<Chemical> chemicals = new ArrayList<>();
    List<Material> materials = new ArrayList<>();
    List<MetalMentions.Name> metalNames = new ArrayList<>();
    List<String> metalModifiers = new ArrayList<>();
    List<String> generic = new ArrayList<>();
    List<PurposeWords.Row> purposes = new ArrayList<>();
    Set<String> subjectLists = new TreeSet<>();
    Set<String> fileLists = new TreeSet<>();
    for (String file : KnowledgeRows.resourceList(FILES)) {
      InputStream in = Knowledge.class.getResourceAsStream(file);
      if (in == null) {
        throw new KnowledgeFormatException(FILES, 0, "lists '" + file + "', which the module does not have");
      }
      String text;
      try (InputStream stream = in) {
        text = new String(stream.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
      // the list the file's rows belong to, from its header: refused, naming the line, when missing or unknown
      String declared = DataFileLines.declaredList(text, file, DataLists.KNOWN);
      fileLists.add(declared);
      if (file.startsWith("subjects-") || file.startsWith("product-types-")) {
        subjectLists.add(declared);
      }
      Reader reader = new StringReader(text);
      if (file.startsWith("subjects-")) {
        rows.addAll(Subjects.readRows(reader, file));
      } else if (file.startsWith("product-types-")) {
        types.addAll(Subjects.readProductTypes(reader, file));
      } else if (file.startsWith("chemicals")) {
        chemicals.addAll(Chemicals.read(reader, file));
      } else if (file.startsWith("materials")) {
        materials.addAll(Materials.read(reader, file));
      } else if (file.startsWith("metal-names")) {
        metalNames.addAll(MetalMentions.readNames(reader, file));
      } else if (file.startsWith("metal-modifiers")) {
        metalModifiers.addAll(MetalMentions.readModifiers(reader, file));
      } else if (file.startsWith("generic-words")) {
        KnowledgeRows.read(reader, file, 3, GenericWords.COLUMNS, (c, line) -> {
          KnowledgeRows.language(c[1]);
          KnowledgeRows.source(c[2]);
          generic.add(KnowledgeRows.required(c[0], "word"));
        });
      } else if (file.startsWith("purposes")) {
        purposes.addAll(PurposeWords.read(reader, file));
      } else {
        throw new KnowledgeFormatException(FILES, 0, "'" + file + "' is no kind of knowledge file this module reads");
      }
    }
    return new Knowledge(Subjects.of(rows, types), Chemicals.of(chemicals),
        Materials.of(materials, MetalMentions.of(metalNames, metalModifiers), ChemicalShares.of(chemicals)), generic,
        PurposeWords.of(purposes), subjectLists, fileLists);
  }

  // read on first use, once, thread-safely (holder idiom)
  private static final class Standard {
    static final Knowledge INSTANCE = load();
  }
}
