package org.dualuse.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * The reflection sweep the library modules' contract tests share (lucene-index's {@code
 * PublicApiContractTest}, eval's {@code NullArgumentsTest}), from core's test jar: the public types of
 * a module's exported packages, read from its descriptor, and the law that every public entry point
 * refuses a null argument with a {@link NullPointerException} whose message names the parameter
 * (java.time style), unless the parameter is documented as optional. What counts as an entry point,
 * the valid samples and how a call is made stay with each test. Its package is no package of core's
 * module, so that the test jar, on the class path beside the module, splits no package with it.
 */
public final class PublicApiSweep {

  /** Makes one call of an entry point and answers what it threw, null when it returned. */
  @FunctionalInterface
  public interface Call {
    Throwable invoke(Executable e, Object[] args);
  }

  private PublicApiSweep() {}

  /**
   * The public types (and public nested types) of the exported packages of the module that holds
   * {@code anchor}, in class-file order; read from a directory of classes or a jar.
   */
  public static List<Class<?>> exportedClasses(Class<?> anchor) {
    try {
      Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isDirectory(location)) {
        return exportedClasses(location, anchor.getClassLoader());
      }
      try (FileSystem jar = FileSystems.newFileSystem(location)) {
        return exportedClasses(jar.getPath("/"), anchor.getClassLoader());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Class<?>> exportedClasses(Path root, ClassLoader loader) throws IOException {
    ModuleDescriptor descriptor;
    try (InputStream in = Files.newInputStream(root.resolve("module-info.class"))) {
      descriptor = ModuleDescriptor.read(in);
    }
    Set<String> exported = descriptor.exports().stream().filter(x -> !x.isQualified())
        .map(ModuleDescriptor.Exports::source).collect(Collectors.toCollection(TreeSet::new));
    List<Class<?>> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
        String relative = root.relativize(p).toString();
        String className = relative.substring(0, relative.length() - ".class".length()).replace('/', '.');
        int dot = className.lastIndexOf('.');
        if (dot < 0 || !exported.contains(className.substring(0, dot))) {
          continue;
        }
        Class<?> c;
        try {
          c = Class.forName(className, false, loader);
        } catch (ClassNotFoundException e) {
          throw new IllegalStateException(e);
        }
        if (isPublicApi(c)) {
          out.add(c);
        }
      }
    }
    return out;
  }

  /**
   * The exported public types of {@link #exportedClasses}, exceptions left out: a message or cause of
   * null is the {@code Throwable} convention.
   */
  public static List<Class<?>> exportedTypes(Class<?> anchor) {
    return exportedClasses(anchor).stream().filter(c -> !Throwable.class.isAssignableFrom(c)).toList();
  }

  /** The public constructors of a concrete class; none for an abstract class, an interface or an enum. */
  public static List<Constructor<?>> constructors(Class<?> c) {
    return Modifier.isAbstract(c.getModifiers()) || c.isInterface() || c.isEnum() ? List.of()
        : List.of(c.getConstructors());
  }

  /**
   * The public methods a type declares, static and instance, less what the compiler writes (synthetic
   * and bridge methods, an enum's {@code values} and {@code valueOf}) and {@code equals(Object)},
   * whose contract is to answer false.
   */
  public static List<Method> declaredMethods(Class<?> c) {
    List<Method> out = new ArrayList<>();
    for (Method m : c.getDeclaredMethods()) {
      boolean implicit = c.isEnum() && (m.getName().equals("values") || m.getName().equals("valueOf"));
      boolean equals = m.getName().equals("equals") && m.getParameterCount() == 1;
      if (Modifier.isPublic(m.getModifiers()) && !m.isSynthetic() && !m.isBridge() && !implicit && !equals) {
        out.add(m);
      }
    }
    return out;
  }

  /** Whether any parameter of the entry point takes an object (the null sweep has something to test). */
  public static boolean takesAnObject(Executable e) {
    return Arrays.stream(e.getParameterTypes()).anyMatch(t -> !t.isPrimitive());
  }

  /** Whether a type and every type around it are public, and it is neither anonymous, local nor synthetic. */
  public static boolean isPublicApi(Class<?> c) {
    if (c.isAnonymousClass() || c.isSynthetic() || c.isLocalClass()) {
      return false;
    }
    for (Class<?> k = c; k != null; k = k.getDeclaringClass()) {
      if (!Modifier.isPublic(k.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  /** {@code Owner} for a constructor, {@code Owner.method} for a method. */
  public static String name(Executable e) {
    String owner = e.getDeclaringClass().getSimpleName();
    return e instanceof Constructor<?> ? owner : owner + "." + e.getName();
  }

  /** {@code Owner.method(Type, Type)}. */
  public static String signature(Executable e) {
    return name(e) + Arrays.stream(e.getParameterTypes()).map(Class::getSimpleName)
        .collect(Collectors.joining(", ", "(", ")"));
  }

  /**
   * One test per reference parameter of each entry point: the call with that parameter null and the
   * others valid throws a {@link NullPointerException} naming the parameter, or, for a parameter in
   * {@code nullMeansAbsent} ({@code Owner.method#parameter}), succeeds.
   *
   * @param validArguments valid arguments for an entry point, fresh for each call
   * @param call how a call is made (the receiver of an instance method is the caller's to choose)
   */
  public static List<DynamicTest> nullArgumentTests(List<? extends Executable> entryPoints, Set<String> nullMeansAbsent,
      Function<Executable, Object[]> validArguments, Call call) {
    List<DynamicTest> tests = new ArrayList<>();
    for (Executable e : entryPoints) {
      Parameter[] ps = e.getParameters();
      for (int i = 0; i < ps.length; i++) {
        if (ps[i].getType().isPrimitive()) {
          continue;
        }
        int at = i;
        String key = name(e) + "#" + ps[i].getName();
        tests.add(DynamicTest.dynamicTest(signature(e) + " with null " + ps[i].getName(), () -> {
          Object[] args = validArguments.apply(e);
          args[at] = null;
          Throwable thrown = call.invoke(e, args);
          if (nullMeansAbsent.contains(key)) {
            assertEquals(null, thrown, key + " is documented to accept null");
            return;
          }
          assertInstanceOf(NullPointerException.class, thrown, key + " accepted null or threw something else");
          assertNotNull(thrown.getMessage(), key + ": a NullPointerException without a message");
          assertTrue(thrown.getMessage().matches("(?s).*\\b" + ps[at].getName() + "\\b.*"),
              key + ": the message '" + thrown.getMessage() + "' does not name the parameter");
        }));
      }
    }
    return tests;
  }
}
