package org.dualuse.core.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.dualuse.core.DualUseException;
import org.junit.jupiter.api.Test;

class BatchClassifierTest {

  /** Answers NOT_LISTED with the text as its explanation; a text's hash decides how long it takes. */
  private static final class EchoClassifier implements Classifier {
    @Override
    public Classification classify(Product p) {
      if (p.text().startsWith("explode")) {
        throw new DualUseException("cannot classify " + p.text());
      }
      // uneven work, so that later items often finish before earlier ones
      for (int i = 0, n = Math.floorMod(p.text().hashCode(), 2000); i < n; i++) {
        Thread.onSpinWait();
      }
      return new Classification(Decision.NOT_LISTED, List.of(), false, List.of(), List.of(), "test", p.text());
    }

    @Override
    public String listId() {
      return "test";
    }
  }

  private static List<Product> products(int n) {
    return IntStream.range(0, n).mapToObj(i -> Product.of("item " + i)).toList();
  }

  @Test
  void givesOneAnswerPerProductInInputOrder() {
    List<ClassifiedItem<Product>> out;
    try (Stream<ClassifiedItem<Product>> s =
        BatchClassifier.of(new EchoClassifier(), 4).withWindow(8).classifyAll(products(2000).stream())) {
      out = s.toList();
    }
    assertEquals(2000, out.size());
    for (int i = 0; i < out.size(); i++) {
      assertEquals(i, out.get(i).index());
      assertEquals("item " + i, out.get(i).classification().explanation());
      assertSame(out.get(i).item(), out.get(i).product());
    }
  }

  @Property(tries = 40)
  void anyInputComesBackInOrderWithTheAnswersOfOneThread(
      @ForAll @Size(max = 60) List<@net.jqwik.api.constraints.AlphaChars @net.jqwik.api.constraints.StringLength(
          min = 1, max = 12) String> texts,
      @ForAll @IntRange(min = 1, max = 4) int threads, @ForAll @IntRange(min = 0, max = 9) int extraWindow) {
    Classifier classifier = new EchoClassifier();
    List<Product> in = texts.stream().map(Product::of).toList();
    List<Classification> expected = in.stream().map(classifier::classify).toList();
    List<Classification> actual;
    try (Stream<ClassifiedItem<Product>> s =
        BatchClassifier.of(classifier, threads).withWindow(threads + extraWindow).classifyAll(in.stream())) {
      actual = s.map(ClassifiedItem::classification).toList();
    }
    assertEquals(expected, actual);
  }

  @Test
  void readsNoMoreThanTheWindowAheadOfTheConsumer() {
    AtomicInteger pulled = new AtomicInteger();
    Iterator<Product> source = new Iterator<>() {
      int next;

      @Override
      public boolean hasNext() {
        return next < 500;
      }

      @Override
      public Product next() {
        pulled.incrementAndGet();
        return Product.of("item " + next++);
      }
    };
    Stream<Product> input = StreamSupport.stream(Spliterators.spliteratorUnknownSize(source, Spliterator.ORDERED), false);
    int consumed = 0;
    int most = 0;
    try (Stream<ClassifiedItem<Product>> s =
        BatchClassifier.of(new EchoClassifier(), 2).withWindow(16).classifyAll(input)) {
      for (Iterator<ClassifiedItem<Product>> it = s.iterator(); it.hasNext(); ) {
        it.next();
        consumed++;
        most = Math.max(most, pulled.get() - consumed);
      }
    }
    assertEquals(500, consumed);
    assertTrue(most <= 16, "read " + most + " items ahead of the consumer");
  }

  @Test
  void runsTheGivenNumberOfThreadsAtOnceAndNoMore() {
    int threads = 3;
    CyclicBarrier allAtOnce = new CyclicBarrier(threads);
    Set<String> names = ConcurrentHashMap.newKeySet();
    AtomicReference<Throwable> broken = new AtomicReference<>();
    Classifier meeting = new Classifier() {
      @Override
      public Classification classify(Product p) {
        names.add(Thread.currentThread().getName());
        try {
          // only passes when the three threads classify at the same time
          allAtOnce.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
          broken.compareAndSet(null, e);
        }
        return new Classification(Decision.NOT_LISTED, List.of(), false, List.of(), List.of(), "test", "");
      }

      @Override
      public String listId() {
        return "test";
      }
    };
    try (Stream<ClassifiedItem<Product>> s = BatchClassifier.of(meeting, threads).classifyAll(products(30).stream())) {
      assertEquals(30, s.filter(r -> !r.failed()).count());
    }
    assertNull(broken.get(), "the threads did not classify at once");
    assertEquals(threads, names.size(), names.toString());
  }

  @Test
  void aProductTheClassifierRefusesComesBackFailedAndTheBatchGoesOn() {
    List<Product> in = List.of(Product.of("one"), Product.of("explode here"), Product.of("three"));
    List<ClassifiedItem<Product>> out;
    try (Stream<ClassifiedItem<Product>> s = BatchClassifier.of(new EchoClassifier(), 2).classifyAll(in.stream())) {
      out = s.toList();
    }
    assertEquals(3, out.size());
    assertTrue(out.get(1).failed());
    assertInstanceOf(DualUseException.class, out.get(1).failure());
    assertSame(in.get(1), out.get(1).product(), "the refused product is kept");
    assertEquals("three", out.get(2).classification().explanation());
  }

  @Test
  void anItemWhoseProductCannotBeMadeComesBackFailedWithoutAProduct() {
    Function<String, Product> toProduct = s -> switch (s) {
      case "bad" -> throw new IllegalStateException("unreadable row");
      case "none" -> null;
      default -> Product.of(s);
    };
    List<ClassifiedItem<String>> out;
    try (Stream<ClassifiedItem<String>> s =
        BatchClassifier.of(new EchoClassifier(), 2).classifyAll(Stream.of("a", "bad", "none", "b"), toProduct)) {
      out = s.toList();
    }
    assertEquals(List.of("a", "bad", "none", "b"), out.stream().map(ClassifiedItem::item).toList());
    assertEquals("unreadable row", out.get(1).failure().getMessage());
    assertNull(out.get(1).product());
    assertInstanceOf(DualUseException.class, out.get(2).failure());
    assertTrue(out.get(2).failure().getMessage().contains("item 2"), out.get(2).failure().getMessage());
    assertFalse(out.get(3).failed());
  }

  @Test
  void anErrorOfAWorkerIsThrownToTheConsumer() {
    Classifier failing = new Classifier() {
      @Override
      public Classification classify(Product p) {
        throw new AssertionError("broken classifier");
      }

      @Override
      public String listId() {
        return "test";
      }
    };
    try (Stream<ClassifiedItem<Product>> s = BatchClassifier.of(failing, 2).classifyAll(products(5).stream())) {
      AssertionError e = assertThrows(AssertionError.class, s::toList);
      assertEquals("broken classifier", e.getMessage());
    }
  }

  @Test
  void aFailureOfTheInputEndsTheStreamAtTheConsumer() {
    Stream<Product> input = Stream.concat(products(3).stream(),
        Stream.<Product>generate(() -> {
          throw new UncheckedIOException(new java.io.IOException("disk gone"));
        }).limit(1));
    try (Stream<ClassifiedItem<Product>> s = BatchClassifier.of(new EchoClassifier(), 2).classifyAll(input)) {
      UncheckedIOException e = assertThrows(UncheckedIOException.class, s::toList);
      assertEquals("disk gone", e.getCause().getMessage());
    }
  }

  @Test
  void closingTheStreamClosesTheInputAndEndsTheWorkers() throws InterruptedException {
    AtomicBoolean inputClosed = new AtomicBoolean();
    Stream<Product> input = products(1000).stream().onClose(() -> inputClosed.set(true));
    Set<Thread> workers = ConcurrentHashMap.newKeySet();
    Classifier recording = new Classifier() {
      private final Classifier echo = new EchoClassifier();

      @Override
      public Classification classify(Product p) {
        workers.add(Thread.currentThread());
        return echo.classify(p);
      }

      @Override
      public String listId() {
        return "test";
      }
    };
    try (Stream<ClassifiedItem<Product>> s = BatchClassifier.of(recording, 2).classifyAll(input)) {
      assertEquals(10, s.limit(10).count());
    }
    assertTrue(inputClosed.get());
    for (Thread t : workers) {
      t.join(10_000);
      assertFalse(t.isAlive(), t.getName() + " still runs after the stream was closed");
    }
  }

  @Test
  void anInterruptedConsumerStopsTheBatchAndKeepsItsInterruptFlag() throws InterruptedException {
    CountDownLatch never = new CountDownLatch(1);
    Classifier blocking = new Classifier() {
      @Override
      public Classification classify(Product p) {
        try {
          never.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return new Classification(Decision.NOT_LISTED, List.of(), false, List.of(), List.of(), "test", "");
      }

      @Override
      public String listId() {
        return "test";
      }
    };
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    AtomicBoolean flag = new AtomicBoolean();
    Thread consumer = new Thread(() -> {
      try (Stream<ClassifiedItem<Product>> s = BatchClassifier.of(blocking, 1).classifyAll(products(3).stream())) {
        s.toList();
      } catch (Throwable t) {
        thrown.set(t);
        flag.set(Thread.currentThread().isInterrupted());
      }
    });
    consumer.start();
    consumer.interrupt();
    consumer.join(30_000);
    assertFalse(consumer.isAlive());
    assertInstanceOf(CancellationException.class, thrown.get());
    assertTrue(flag.get(), "the interrupt flag is set again");
  }

  @Test
  void badSettingsAreRefusedNamingTheValue() {
    Classifier c = new EchoClassifier();
    DualUseException threads = assertThrows(DualUseException.class, () -> BatchClassifier.of(c, 0));
    assertTrue(threads.getMessage().contains("was 0"), threads.getMessage());
    DualUseException window = assertThrows(DualUseException.class, () -> BatchClassifier.of(c, 4).withWindow(3));
    assertTrue(window.getMessage().contains("was 3"), window.getMessage());
    assertEquals(4 * BatchClassifier.WINDOW_PER_THREAD, BatchClassifier.of(c, 4).window());
    NullPointerException none = assertThrows(NullPointerException.class, () -> BatchClassifier.of(null, 1));
    assertTrue(none.getMessage().contains("classifier"));
  }

  @Test
  void anEmptyInputGivesAnEmptyStream() {
    List<ClassifiedItem<Product>> out = new ArrayList<>();
    try (Stream<ClassifiedItem<Product>> s = BatchClassifier.of(new EchoClassifier(), 2).classifyAll(Stream.empty())) {
      s.forEach(out::add);
    }
    assertTrue(out.isEmpty());
  }

  @Test
  void aClassifiedItemHasEitherAClassificationOrAFailure() {
    Classification c = new Classification(Decision.NOT_LISTED, List.of(), false, List.of(), List.of(), "test", "");
    Product p = Product.of("x");
    assertFalse(ClassifiedItem.of(0, "x", p, c).failed());
    assertTrue(ClassifiedItem.failed(0, "x", null, new IllegalStateException()).failed());
    assertNull(ClassifiedItem.failed(0, "x", p, new IllegalStateException()).classification());
    assertThrows(DualUseException.class, () -> ClassifiedItem.of(-1, "x", p, c));
    assertThrows(NullPointerException.class, () -> ClassifiedItem.of(0, "x", null, c));
    assertThrows(NullPointerException.class, () -> ClassifiedItem.failed(0, "x", p, null));
  }
}
