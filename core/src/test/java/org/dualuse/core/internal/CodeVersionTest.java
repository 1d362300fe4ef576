package org.dualuse.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CodeVersionTest {

  @Test
  void theBuildRecordsTheCoreVersionAsTheDigestOfItsClasses() {
    String version = CodeVersion.of("dualuse-core");
    assertTrue(version.matches("[0-9a-f]{64}"), "version of dualuse-core: " + version);
    assertTrue(CodeVersion.matches("dualuse-core", version));
  }

  @Test
  void aModuleWithoutAVersionIsUnknownAndMatchesNothing() {
    assertEquals(CodeVersion.UNKNOWN, CodeVersion.of("no-such-module"));
    assertFalse(CodeVersion.matches("no-such-module", CodeVersion.UNKNOWN));
  }

  @Test
  void anotherVersionDoesNotMatch() {
    assertFalse(CodeVersion.matches("dualuse-core", "0".repeat(64)));
  }
}
