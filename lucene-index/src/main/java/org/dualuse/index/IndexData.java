package org.dualuse.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.Directory;
import org.dualuse.core.code.ControlCode;
import org.dualuse.core.model.ControlList;
import org.dualuse.core.model.ControlNode;
import org.dualuse.core.model.DefinedTerm;
import org.dualuse.core.model.Note;
import org.dualuse.core.model.NoteKind;
import org.dualuse.core.model.Reference;
import org.dualuse.core.model.TermUse;
import org.dualuse.index.analysis.AnalyzedText;
import org.dualuse.index.analysis.ListAnalyzer;
import org.dualuse.index.analysis.TermListTokenStream;

/**
 * Everything a {@link ListIndex} holds, analyzed once from the list and the vocabulary: one document
 * per node that is not "Not used" (its own words, its ancestors' words and vocabulary as context, the
 * words of the nodes it refers to and of the N.B.s that send products to it, its notes but decontrol
 * notes, the definitions of its terms, its hint and pointer words, its CAS numbers), the words of each
 * node and their document frequencies; and the writing of those documents into a Lucene directory.
 */
final class IndexData {
  /**
   * The words of one node by field. The languages of the words it holds through vocabulary rows are
   * not here: {@link TermLanguages} computes them from the {@link VocabularyPhrases}
   * and the list, for an index built now and one opened as found alike.
   */
  record NodeDocument(ControlCode code, List<String> own, List<String> context, List<String> refs,
      List<String> notes, List<String> terms, List<String> vocab, List<String> casNumbers,
      List<String> pointer) {}

  final List<NodeDocument> documents = new ArrayList<>();
  final Map<ControlCode, ListIndex.NodeWords> words = new HashMap<>();
  final Map<String, Integer> docFreq = new HashMap<>();
  final VocabularyPhrases phrases;

  IndexData(ControlList list, Vocabulary vocabulary, ListAnalyzer analyzer) {
    Map<ControlCode, List<String>> own = new HashMap<>();
    for (ControlNode node : list.allNodes()) {
      own.put(node.code(), terms(analyzer, node.text()));
    }
    phrases = new VocabularyPhrases(vocabulary, analyzer);
    Map<ControlCode, List<String>> vocab = phrases.hintTerms;
    Map<ControlCode, List<String>> redirected = new HashMap<>();
    Map<String, List<String>> definitionTerms = new HashMap<>();
    for (ControlNode node : list.allNodes()) {
      for (Note note : node.notes()) {
        if (note.kind() == NoteKind.NB) {
          // only the N.B.'s own words travel: those it shares with its holder describe the holder
          Set<String> holder = new HashSet<>(own.get(node.code()));
          for (ControlNode up : list.ancestorsOf(node.code())) {
            holder.addAll(own.get(up.code()));
          }
          List<String> nbTerms = new ArrayList<>(terms(analyzer, note.text()));
          nbTerms.removeIf(holder::contains);
          for (ControlCode target : note.references()) {
            if (!target.equals(node.code()) && list.contains(target)) {
              redirected.computeIfAbsent(target, c -> new ArrayList<>()).addAll(nbTerms);
            }
          }
        }
      }
    }
    for (ControlNode node : list.allNodes()) {
      if (node.notUsed()) {
        continue;
      }
      List<String> context = new ArrayList<>();
      for (ControlNode up : list.ancestorsOf(node.code())) {
        context.addAll(own.get(up.code()));
        context.addAll(vocab.getOrDefault(up.code(), List.of()));
      }
      List<String> refs = new ArrayList<>();
      Set<ControlCode> seen = new LinkedHashSet<>();
      for (Reference r : node.references()) {
        // the steps between a range's ends ("6A002.a.3.a. to 6A002.a.3.e.") are references of the
        // model but carry no words here: the text names only the ends, and retrieval was fitted so
        if (!r.fromNote() && !r.surface().isEmpty() && !r.target().isPrefixOf(node.code()) && seen.add(r.target())
            && own.containsKey(r.target())) {
          refs.addAll(own.get(r.target()));
        }
      }
      refs.addAll(redirected.getOrDefault(node.code(), List.of()));
      List<String> notes = new ArrayList<>();
      for (Note note : node.notes()) {
        if (note.kind() != NoteKind.NB && !note.decontrol()) {
          notes.addAll(terms(analyzer, note.text()));
        }
      }
      List<String> defs = new ArrayList<>();
      Set<String> usedTerms = new LinkedHashSet<>();
      for (TermUse use : node.terms()) {
        if (use.resolved() && usedTerms.add(use.term())) {
          DefinedTerm d = list.definitions().get(use.term());
          if (d != null) {
            defs.addAll(definitionTerms.computeIfAbsent(use.term(), t -> terms(analyzer, d.definition())));
          }
        }
      }
      List<String> nodeVocab = vocab.getOrDefault(node.code(), List.of());
      List<String> ownTerms = own.get(node.code());
      List<String> cas = new ArrayList<>(AnalyzedText.casNumbersIn(node.text()));
      for (String c : phrases.casNumbers.getOrDefault(node.code(), List.of())) {
        if (!cas.contains(c)) {
          cas.add(c);
        }
      }
      documents.add(new NodeDocument(node.code(), ownTerms, context, refs, notes, defs, nodeVocab, cas,
          phrases.pointerTerms.getOrDefault(node.code(), List.of())));
      Set<String> all = new LinkedHashSet<>(ownTerms);
      all.addAll(context);
      all.addAll(refs);
      all.addAll(nodeVocab);
      for (String t : all) {
        docFreq.merge(t, 1, Integer::sum);
      }
      words.put(node.code(), new ListIndex.NodeWords(Collections.unmodifiableSet(new LinkedHashSet<>(ownTerms)),
          Collections.unmodifiableSet(all), Set.copyOf(cas)));
    }
  }

  private static List<String> terms(ListAnalyzer analyzer, String text) {
    return analyzer.terms(text);
  }

  private static final FieldType WORDS = wordsType();

    /** Writes the documents into a directory, replacing what it held, and commits them with {@link IndexCommitData}. */
  void writeTo(Directory directory, ControlList list, Vocabulary vocabulary) throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(new ListAnalyzer())
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
        .setSimilarity(new BM25Similarity())
        .setRAMBufferSizeMB(64)
        // one small segment written once: nothing to merge, no compound file to copy it into
        .setUseCompoundFile(false)
        .setMergePolicy(NoMergePolicy.INSTANCE)
        .setCommitOnClose(true);
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      for (NodeDocument d : documents) {
        Document doc = new Document();
        doc.add(new StringField(IndexFields.F_CODE, d.code().toString(), Field.Store.YES));
        for (String cas : d.casNumbers()) {
          doc.add(new StringField(IndexFields.F_CAS, cas, Field.Store.NO));
        }
        addWords(doc, IndexFields.F_OWN, d.own());
        // the inherited fields count each word once: their length would otherwise dwarf the own text
        addWords(doc, IndexFields.F_CONTEXT, distinct(d.context()));
        addWords(doc, IndexFields.F_REFS, distinct(d.refs()));
        addWords(doc, IndexFields.F_NOTES, distinct(d.notes()));
        addWords(doc, IndexFields.F_TERMS, distinct(d.terms()));
        addWords(doc, IndexFields.F_VOCAB, d.vocab());
        addWords(doc, IndexFields.F_POINTER, d.pointer());
        writer.addDocument(doc);
      }
      writer.setLiveCommitData(IndexCommitData.commitData(list, vocabulary).entrySet());
      writer.commit();
    }
  }

  private static List<String> distinct(List<String> terms) {
    return List.copyOf(new LinkedHashSet<>(terms));
  }

  private static void addWords(Document doc, String field, List<String> terms) {
    if (!terms.isEmpty()) {
      doc.add(new Field(field, new TermListTokenStream(terms), WORDS));
    }
  }

  private static FieldType wordsType() {
    FieldType t = new FieldType();
    t.setTokenized(true);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    t.setStored(false);
    t.freeze();
    return t;
  }
}
