package org.dualuse.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dualuse.eval.DatasetFormat;
import org.dualuse.eval.DatasetReader;
import org.dualuse.eval.LabelledCase;
import org.junit.jupiter.api.Test;

/** The team's datasets, which this module carries, read with the harness of {@code dualuse-eval}. */
class TeamDatasetsTest {

  @Test
  void theTeamDevSetReadsWithoutErrorAndHasBothClasses() throws IOException {
    try (var in = TeamDatasetsTest.class.getResourceAsStream("/datasets/dev-eu.jsonl")) {
      assertTrue(in != null, "datasets/dev-eu.jsonl is on the class path");
      List<LabelledCase> cases =
          DatasetReader.read(new InputStreamReader(in, StandardCharsets.UTF_8), "dev-eu.jsonl", DatasetFormat.DUALUSE);
      assertTrue(cases.size() >= 150, "at least 150 cases, found " + cases.size());
      assertTrue(cases.stream().anyMatch(LabelledCase::listed) && cases.stream().anyMatch(c -> !c.listed()));
    }
  }
}
