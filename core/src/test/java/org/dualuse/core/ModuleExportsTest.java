package org.dualuse.core;

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
  void coreExportsExactlyItsApiPackagesAndItsInternalsToTheLibrarysModulesOnly() throws Exception {
    Path classes = Path.of(DualUseException.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    ModuleDescriptor descriptor;
    try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
      descriptor = ModuleDescriptor.read(in);
    }
    assertEquals("org.dualuse.core", descriptor.name());
    Set<String> exported = descriptor.exports().stream()
        .filter(e -> !e.isQualified())
        .map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(new TreeSet<>(Set.of(
            "org.dualuse.core",
            "org.dualuse.core.code",
            "org.dualuse.core.quantity",
            "org.dualuse.core.criteria",
            "org.dualuse.core.model",
            "org.dualuse.core.parse",
            "org.dualuse.core.classify",
            "org.dualuse.core.language")),
        exported);
    // the internals go to the library's own modules only
    assertEquals(Set.of("org.dualuse.core.internal -> [org.dualuse.index, org.dualuse.lists]"),
        descriptor.exports().stream().filter(ModuleDescriptor.Exports::isQualified)
            .map(e -> e.source() + " -> " + new TreeSet<>(e.targets())).collect(Collectors.toSet()));
    assertEquals(Set.of(), descriptor.requires().stream()
        .map(ModuleDescriptor.Requires::name)
        .filter(n -> !n.startsWith("java."))
        .collect(Collectors.toSet()));
  }
}
