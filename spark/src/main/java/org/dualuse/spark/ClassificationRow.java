package org.dualuse.spark;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.dualuse.core.classify.Candidate;
import org.dualuse.core.classify.Classification;
import org.dualuse.core.classify.Decision;
import org.dualuse.core.classify.MissingFact;

/**
 * A classification as a Spark row of {@link #TYPE}; see {@link DualUseSpark} for what each field
 * holds.
 */
final class ClassificationRow {

  /** The result struct; field names are those of the command line's JSON and CSV. */
  static final StructType TYPE = DataTypes.createStructType(new StructField[] {
      DataTypes.createStructField("decision", DataTypes.StringType, true),
      DataTypes.createStructField("code", DataTypes.StringType, true),
      DataTypes.createStructField("entry", DataTypes.StringType, true),
      DataTypes.createStructField("confidence", DataTypes.DoubleType, true),
      DataTypes.createStructField("cyberSurveillance", DataTypes.BooleanType, true),
      DataTypes.createStructField("missingFacts", DataTypes.createArrayType(DataTypes.StringType, false), true),
      DataTypes.createStructField("list", DataTypes.StringType, false),
      DataTypes.createStructField("error", DataTypes.StringType, true)});

  private ClassificationRow() {}

  /** The row of a classification. */
  static Row of(Classification c) {
    // an unlisted row gets no code: an ERP import must not mistake the best rejected candidate for one
    Candidate named = c.decision() == Decision.NOT_LISTED || c.candidates().isEmpty() ? null : c.candidates().get(0);
    List<String> questions = c.missingFacts().stream().map(MissingFact::question).toList();
    return RowFactory.create(
        c.decision().name(),
        named == null ? null : named.code().toString(),
        named == null ? null : named.entry().toString(),
        c.confidence().isPresent() ? c.confidence().getAsDouble() : null,
        c.cyberSurveillance(),
        questions.toArray(String[]::new),
        c.listId(),
        null);
  }

  /** The row of a text that could not be classified: only the list and the error are set. */
  static Row failed(String listId, String error) {
    return RowFactory.create(null, null, null, null, null, null, listId, error);
  }
}
