package org.dualuse.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dualuse.core.model.ControlList;
import org.dualuse.core.parse.ControlListFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ControlListsTest {

  @Test
  void theAliasEuIsTheListInForceAndIsReadOnce() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      Callable<ControlList> task = () -> ControlLists.get("eu");
      Future<ControlList> a = pool.submit(task);
      Future<ControlList> b = pool.submit(task);
      assertSame(a.get(), b.get());
      assertSame(a.get(), ControlLists.eu());
      assertSame(a.get(), ControlLists.get(ControlLists.EU_2025));
    } finally {
      pool.shutdown();
    }
    assertEquals(384, ControlLists.eu().entries().size());
    assertEquals(ControlLists.EU_2025, ControlLists.eu().id());
  }

  @Test
  void anUnknownIdNamesTheKnownOnes() {
    UnknownListException e = assertThrows(UnknownListException.class, () -> ControlLists.get("us-ccl"));
    assertTrue(e.getMessage().contains("eu-annex-i-2025-11-15") && e.getMessage().contains("eu-annex-i-2021-09-09"),
        e.getMessage());
  }

  @Test
  void theCanonicalIdOfAnAliasOrIdIsTheListsId() {
    assertEquals(ControlLists.EU_2025, ControlLists.canonicalId("eu"));
    assertEquals(ControlLists.EU_2021, ControlLists.canonicalId(" " + ControlLists.EU_2021.toUpperCase(java.util.Locale.ROOT)));
    UnknownListException e = assertThrows(UnknownListException.class, () -> ControlLists.canonicalId("us-ccl"));
    assertTrue(e.getMessage().contains("us-ccl"), e.getMessage());
  }

  @Test
  void aUsersJsonFileLoadsLikeTheBundledOne() {
    ControlList own = ControlLists.load(OfficialTexts.eu2025Json());
    assertEquals(ControlLists.eu().allNodes().size(), own.allNodes().size());
    assertEquals(ControlLists.eu().provenance().sha256(), own.provenance().sha256());
  }

  @Test
  void aFileOfAnotherKindIsRefused(@TempDir Path dir) throws Exception {
    Path txt = Files.writeString(dir.resolve("list.txt"), "9A999 Widgets.");
    ControlListFormatException e = assertThrows(ControlListFormatException.class, () -> ControlLists.load(txt));
    assertTrue(e.getMessage().contains("list.txt"), e.getMessage());
  }

  @Test
  void aTruncatedJsonFileIsAFormatErrorNamingTheFile(@TempDir Path dir) throws Exception {
    byte[] bytes = Files.readAllBytes(OfficialTexts.eu2025Json());
    Path cut = dir.resolve("cut.json");
    Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    ControlListFormatException e = assertThrows(ControlListFormatException.class, () -> ControlLists.load(cut));
    assertTrue(e.getMessage().startsWith("cut.json"), e.getMessage());
  }
}
