package org.dualuse.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Reads the compiled module descriptor from outside and checks that only the API is exported. */
class ModuleExportsTest {

  @Test
  void luceneIndexExportsExactlyItsApiPackages() throws Exception {
    Path classes = Path.of(ModuleExportsTest.class.getClassLoader()
        .getResource("org/dualuse/index/package-info.class").toURI()).getParent().getParent().getParent().getParent();
    ModuleDescriptor descriptor;
    try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
      descriptor = ModuleDescriptor.read(in);
    }
    assertEquals("org.dualuse.index", descriptor.name());
    Set<String> exported = descriptor.exports().stream()
        .map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(new TreeSet<>(Set.of("org.dualuse.index", "org.dualuse.index.surveillance", "org.dualuse.index.knowledge", "org.dualuse.index.decision")),
        exported);
  }
}
