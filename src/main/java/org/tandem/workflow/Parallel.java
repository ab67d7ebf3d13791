package org.tandem.workflow;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * Runs one task per item (a chapter, a file) on every processor the JVM may use, and gives the
 * results in the items' order. When a task fails, tasks not yet started are skipped, those running
 * finish (so no file is left half-written), and the failure of the earliest item is thrown.
 */
public final class Parallel {
  private Parallel() {}

  /** The task's result for every item, in the items' order. */
  public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> task) {
    return map(items, task, Runtime.getRuntime().availableProcessors());
  }

  /**
   * The same for tasks that mostly read and write files (import: parse, apply, write and sync):
   * twice as many threads as processors, so that while some wait for the disk to confirm a write,
   * others compute. (Measured: import of 100 files 11 % faster; for segmenting, where extraction
   * dominates, the extra threads cost more than they bring.)
   */
  public static <T, R> List<R> mapWriting(List<T> items, Function<? super T, ? extends R> task) {
    return map(items, task, 2 * Runtime.getRuntime().availableProcessors());
  }

  private static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> task, int processors) {
    int threads = Math.min(items.size(), processors);
    if (threads <= 1) {
      List<R> results = new ArrayList<>(items.size());
      for (T item : items) {
        results.add(task.apply(item));
      }
      return results;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "tandem-worker");
      t.setDaemon(true);
      return t;
    });
    AtomicBoolean failed = new AtomicBoolean();
    try {
      List<Future<R>> futures = new ArrayList<>(items.size());
      for (T item : items) {
        futures.add(pool.submit(() -> {
          if (failed.get()) {
            return null;
          }
          try {
            return task.apply(item);
          } catch (RuntimeException | Error e) {
            failed.set(true);
            throw e;
          }
        }));
      }
      List<R> results = new ArrayList<>(items.size());
      Throwable first = null;
      for (Future<R> future : futures) {
        try {
          R result = future.get();
          if (first == null) {
            results.add(result);
          }
        } catch (ExecutionException e) {
          first = first == null ? e.getCause() : first;
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted", e);
        }
      }
      if (first instanceof RuntimeException r) {
        throw r;
      }
      if (first instanceof Error e) {
        throw e;
      }
      if (first != null) {
        throw new UncheckedIOException(new java.io.IOException(first));
      }
      return results;
    } finally {
      pool.shutdown();
    }
  }
}
