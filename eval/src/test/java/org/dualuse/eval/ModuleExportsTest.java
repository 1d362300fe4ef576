package org.dualuse.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Reads the compiled module descriptor from outside and checks what the module exports and needs. */
class ModuleExportsTest {

  private static ModuleDescriptor descriptor() throws Exception {
    Path classes = Path.of(ModuleExportsTest.class.getClassLoader()
        .getResource("org/dualuse/eval/package-info.class").toURI()).getParent().getParent().getParent().getParent();
    try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
      return ModuleDescriptor.read(in);
    }
  }

  @Test
  void evalExportsExactlyItsApiPackage() throws Exception {
    ModuleDescriptor descriptor = descriptor();
    assertEquals("org.dualuse.eval", descriptor.name());
    Set<String> exported = descriptor.exports().stream()
        .map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(Set.of("org.dualuse.eval"), exported);
  }

  @Test
  void evalNeedsTheCoreApiAndJacksonOnly() throws Exception {
    Set<String> required = descriptor().requires().stream()
        .map(ModuleDescriptor.Requires::name)
        .filter(name -> !name.equals("java.base"))
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(Set.of("org.dualuse.core", "com.fasterxml.jackson.databind"), required);
  }
}
