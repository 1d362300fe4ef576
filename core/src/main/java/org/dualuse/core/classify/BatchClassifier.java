package org.dualuse.core.classify;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.dualuse.core.DualUseException;

/**
 * Classifies a stream of products on several threads and gives the answers back in input order,
 * one {@link ClassifiedItem} per item, with memory bounded by a window of items in flight: a
 * million-row material master needs no more heap than a thousand-row one.
 *
 * <pre>{@code
 * BatchClassifier batch = BatchClassifier.of(HybridClassifier.of(ControlLists.eu()), 4);
 * try (Stream<ClassifiedItem<MaterialRow>> out = batch.classifyAll(rows, row -> row.toProduct())) {
 *   out.forEach(r -> store(r.item(), r.failed() ? r.failure().getMessage() : r.classification()));
 * }
 * }</pre>
 *
 * <p>How it runs: the returned stream is lazy and sequential. As it is consumed, it reads items
 * from the input on the consuming thread, makes each a product there (so neither the input nor
 * the function need be thread-safe), and hands the products to {@link #threads()} worker threads,
 * reading ahead at most {@link #window()} items; it then waits for the oldest one and gives it
 * out. The window bounds the memory (items, products and answers waiting), and it is what keeps the
 * threads busy while one slow item holds up the order.
 *
 * <p>Nothing is dropped: an item whose product cannot be made, or that the classifier throws on,
 * comes back failed (its {@link ClassifiedItem#failure()} says why) and the batch goes on. An
 * exception of the input itself (an {@code UncheckedIOException} of a file being read) ends the
 * stream and is thrown to the consumer; an {@link Error} of a worker is thrown to the consumer as
 * well. When the consuming thread is interrupted while it waits, the batch stops and throws
 * {@link CancellationException}, with the thread's interrupt flag set again.
 *
 * <p>Closing the returned stream (try-with-resources) stops the workers and closes the input
 * stream; a stream consumed to its end stops them by itself. The workers of a stream left
 * unconsumed finish their window and end after a few idle seconds.
 *
 * <p>Immutable and thread-safe: each {@code classifyAll} call has its own threads, so several may
 * run at once. The answers are the classifier's: as deterministic as it is (the library's
 * classifiers are), whatever the number of threads.
 */
public final class BatchClassifier {

  /** Items in flight per thread unless {@link #withWindow(int)} says otherwise. */
  public static final int WINDOW_PER_THREAD = 128;

  private static final long IDLE_SECONDS = 5;
  private static final AtomicInteger BATCHES = new AtomicInteger();

  private final Classifier classifier;
  private final int threads;
  private final int window;

  private BatchClassifier(Classifier classifier, int threads, int window) {
    this.classifier = classifier;
    this.threads = threads;
    this.window = window;
  }

  /**
   * A batch on {@code threads} worker threads, with {@value #WINDOW_PER_THREAD} items in flight per
   * thread.
   *
   * @param classifier the classifier, shared by the threads (classifiers are thread-safe)
   * @param threads the worker threads, 1 or more; {@code Runtime.getRuntime().availableProcessors()}
   *     uses all cores
   * @throws DualUseException when {@code threads} is less than 1
   */
  public static BatchClassifier of(Classifier classifier, int threads) {
    Objects.requireNonNull(classifier, "classifier");
    if (threads < 1) {
      throw new DualUseException("a batch needs 1 thread or more, was " + threads);
    }
    return new BatchClassifier(classifier, threads, (int) Math.min(Integer.MAX_VALUE, (long) threads * WINDOW_PER_THREAD));
  }

  /**
   * The same batch with another window: the most items read ahead and not yet given out.
   *
   * @throws DualUseException when {@code window} is less than {@link #threads()} (some threads
   *     would have nothing to do)
   */
  public BatchClassifier withWindow(int window) {
    if (window < threads) {
      throw new DualUseException("the window of a batch must hold at least one item per thread (" + threads
          + "), was " + window);
    }
    return new BatchClassifier(classifier, threads, window);
  }

  public Classifier classifier() {
    return classifier;
  }

  /** The number of worker threads. */
  public int threads() {
    return threads;
  }

  /** The most items read ahead of the consumer: classified, being classified or waiting. */
  public int window() {
    return window;
  }

  /**
   * Classifies products, in input order.
   *
   * @param products the products; the stream is read as the result is consumed
   * @return one {@link ClassifiedItem} per product, its {@code item} and {@code product} the product
   */
  public Stream<ClassifiedItem<Product>> classifyAll(Stream<Product> products) {
    Objects.requireNonNull(products, "products");
    return classifyAll(products, Function.identity());
  }

  /**
   * Classifies items of any type, in input order.
   *
   * @param items the items (rows of a material master, records of a database); read on the
   *     consuming thread as the result is consumed
   * @param product makes an item a product, on the consuming thread; what it throws, or a null it
   *     returns, makes that item a failed one
   * @param <T> the items' type
   * @return one {@link ClassifiedItem} per item, in input order
   */
  public <T> Stream<ClassifiedItem<T>> classifyAll(Stream<T> items, Function<? super T, Product> product) {
    Objects.requireNonNull(items, "items");
    Objects.requireNonNull(product, "product");
    Run<T> run = new Run<>(items.iterator(), product);
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(run, Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(run::close)
        .onClose(items::close);
  }

  /** Classifies one product; what the classifier throws becomes the item's failure. */
  private <T> ClassifiedItem<T> classifyOne(long index, T item, Product p) {
    try {
      Classification c = classifier.classify(p);
      if (c == null) {
        return ClassifiedItem.failed(index, item, p,
            new DualUseException("the classifier " + classifier.getClass().getName() + " returned no classification"));
      }
      return ClassifiedItem.of(index, item, p, c);
    } catch (RuntimeException e) {
      return ClassifiedItem.failed(index, item, p, e);
    }
  }

  /** One pass over an input: the window of items in flight and the threads that work on them. */
  private final class Run<T> implements Iterator<ClassifiedItem<T>> {
    private final Iterator<T> input;
    private final Function<? super T, Product> toProduct;
    private final ArrayDeque<Future<ClassifiedItem<T>>> inFlight = new ArrayDeque<>();
    private ThreadPoolExecutor pool;
    private long read;
    private boolean inputDone;
    private boolean closed;

    Run(Iterator<T> input, Function<? super T, Product> toProduct) {
      this.input = input;
      this.toProduct = toProduct;
    }

    @Override
    public boolean hasNext() {
      fill();
      return !inFlight.isEmpty();
    }

    @Override
    public ClassifiedItem<T> next() {
      fill();
      Future<ClassifiedItem<T>> oldest = inFlight.pollFirst();
      if (oldest == null) {
        throw new NoSuchElementException("the batch has given out every item");
      }
      ClassifiedItem<T> done = await(oldest);
      if (inFlight.isEmpty() && inputDone) {
        close();
      }
      return done;
    }

    /** Reads items until the window is full or the input ends. */
    private void fill() {
      if (closed) {
        return;
      }
      try {
        while (!inputDone && inFlight.size() < window) {
          if (!input.hasNext()) {
            inputDone = true;
            break;
          }
          T item = input.next();
          long index = read++;
          Product p;
          try {
            p = toProduct.apply(item);
          } catch (RuntimeException e) {
            inFlight.addLast(CompletableFuture.completedFuture(ClassifiedItem.failed(index, item, null, e)));
            continue;
          }
          if (p == null) {
            inFlight.addLast(CompletableFuture.completedFuture(ClassifiedItem.failed(index, item, null,
                new DualUseException("item " + index + " made no product (the function returned null)"))));
            continue;
          }
          inFlight.addLast(pool().submit(() -> classifyOne(index, item, p)));
        }
      } catch (RuntimeException | Error e) {
        close();
        throw e;
      }
      if (inputDone && inFlight.isEmpty()) {
        close();
      }
    }

    private ClassifiedItem<T> await(Future<ClassifiedItem<T>> f) {
      try {
        return f.get();
      } catch (InterruptedException e) {
        close();
        Thread.currentThread().interrupt();
        CancellationException stop = new CancellationException("batch interrupted after " + read + " items read");
        stop.initCause(e);
        throw stop;
      } catch (ExecutionException e) {
        close();
        // classifyOne catches every RuntimeException: what is left is an Error
        if (e.getCause() instanceof Error error) {
          throw error;
        }
        throw new IllegalStateException("a classification failed outside its guard", e.getCause());
      }
    }

    private ThreadPoolExecutor pool() {
      if (pool == null) {
        int batch = BATCHES.incrementAndGet();
        AtomicInteger number = new AtomicInteger();
        pool = new ThreadPoolExecutor(threads, threads, IDLE_SECONDS, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
            r -> {
              Thread t = new Thread(r, "dualuse-batch-" + batch + "-" + number.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
        // a stream left unconsumed and unclosed must not hold its threads for ever
        pool.allowCoreThreadTimeOut(true);
      }
      return pool;
    }

    void close() {
      if (closed) {
        return;
      }
      closed = true;
      inputDone = true;
      for (Future<ClassifiedItem<T>> f : inFlight) {
        f.cancel(true);
      }
      inFlight.clear();
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }
}
