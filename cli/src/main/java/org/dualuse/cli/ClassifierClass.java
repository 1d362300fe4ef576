package org.dualuse.cli;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Objects;
import org.dualuse.core.classify.Classifier;
import org.dualuse.core.model.ControlList;

/**
 * A classifier named on the command line by its class ({@code dualuse eval --classifier CLASS}), so
 * that a researcher can evaluate a classifier of their own: a public class on the class path that
 * implements {@link Classifier}, built for a list by its public static {@code of(ControlList)}
 * factory (declared by the class itself, returning a {@code Classifier}) or, when it has none, by
 * its public constructor taking a {@link ControlList}. A nested class is named by its binary name
 * ({@code com.example.Outer$Inner}).
 *
 * <p>Every failure is an {@link IllegalArgumentException} (bad input, exit 2) whose one-line message
 * names the class: not on the class path, not loadable, not a {@code Classifier}, not a public
 * concrete class, neither factory nor constructor, or failing when built.
 */
final class ClassifierClass {
  private static final String NEEDS = "a public static of(ControlList) returning a Classifier or a public "
      + "constructor taking a ControlList";

  private final Class<?> type;
  private final Method factory;
  private final Constructor<?> constructor;

  private ClassifierClass(Class<?> type, Method factory, Constructor<?> constructor) {
    this.type = type;
    this.factory = factory;
    this.constructor = constructor;
  }

  /**
   * Finds the class by its fully-qualified name with the context class loader (this class's loader
   * when the thread has none), without initialising it, and checks that it can be built.
   *
   * @throws IllegalArgumentException naming the class when it cannot be used, and why
   */
  static ClassifierClass named(String name) {
    Objects.requireNonNull(name, "name");
    String className = name.strip();
    if (className.isEmpty()) {
      throw new IllegalArgumentException("--classifier takes the fully-qualified name of a class, was empty");
    }
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    Class<?> type;
    try {
      type = Class.forName(className, false, loader == null ? ClassifierClass.class.getClassLoader() : loader);
    } catch (ClassNotFoundException e) {
      throw new IllegalArgumentException("no class " + className + " on the class path (name it fully, "
          + "com.example.MyClassifier, and put its jar on the class path: java -cp dualuse.jar:my.jar "
          + DualUseCommand.class.getName() + " eval ...)", e);
    } catch (LinkageError e) {
      throw new IllegalArgumentException("class " + className + " cannot be loaded: " + e, e);
    }
    if (!Classifier.class.isAssignableFrom(type)) {
      throw new IllegalArgumentException("class " + className + " does not implement " + Classifier.class.getName());
    }
    if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
      throw new IllegalArgumentException("class " + className + " is " + (type.isInterface() ? "an interface" : "abstract")
          + ": --classifier needs a concrete class with " + NEEDS);
    }
    if (!Modifier.isPublic(type.getModifiers())) {
      throw new IllegalArgumentException("class " + className + " is not public: --classifier needs a public class with "
          + NEEDS);
    }
    Method factory = factoryOf(type);
    Constructor<?> constructor = null;
    if (factory == null) {
      try {
        constructor = type.getConstructor(ControlList.class);
      } catch (NoSuchMethodException e) {
        throw new IllegalArgumentException("class " + className + " has neither " + NEEDS.replace(" or ", " nor "), e);
      }
    }
    return new ClassifierClass(type, factory, constructor);
  }

  /** The class's own public static {@code of(ControlList)} returning a classifier; null when it has none. */
  private static Method factoryOf(Class<?> type) {
    try {
      Method of = type.getDeclaredMethod("of", ControlList.class);
      int modifiers = of.getModifiers();
      return Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers)
          && Classifier.class.isAssignableFrom(of.getReturnType()) ? of : null;
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  /** The class's fully-qualified name. */
  String name() {
    return type.getName();
  }

  /**
   * A classifier of this class for a list, by its factory or its constructor.
   *
   * @throws IllegalArgumentException naming the class and the cause when building it fails or the
   *     factory gives null
   */
  Classifier buildFor(ControlList list) {
    Objects.requireNonNull(list, "list");
    Object built;
    try {
      built = factory != null ? factory.invoke(null, list) : constructor.newInstance(list);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Error error && !(cause instanceof LinkageError)) {
        throw error;
      }
      throw new IllegalArgumentException("building classifier " + name() + " for list " + list.id() + " failed: "
          + cause, cause);
    } catch (ReflectiveOperationException | ExceptionInInitializerError e) {
      throw new IllegalArgumentException("building classifier " + name() + " for list " + list.id() + " failed: "
          + e, e);
    }
    if (built == null) {
      throw new IllegalArgumentException(name() + ".of(ControlList) gave null for list " + list.id());
    }
    return (Classifier) built;
  }
}
