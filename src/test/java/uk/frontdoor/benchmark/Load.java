package uk.frontdoor.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Client threads doing one operation over and over until a time or a count is reached, each
 * operation timed; an operation that throws is an error, counted and described, not timed.
 */
final class Load {

  interface Operation {
    void run() throws Exception;
  }

  private Load() {
  }

  /**
   * @param seconds stop starting new operations after this long (0: no limit)
   * @param operations stop after this many have started (0: no limit)
   */
  static Result run(int threads, double seconds, int operations, Operation operation) throws Exception {
    long start = System.nanoTime();
    long deadline = seconds > 0 ? start + (long) (seconds * 1e9) : Long.MAX_VALUE;
    AtomicInteger started = new AtomicInteger();
    ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();
    ConcurrentHashMap<String, Integer> errors = new ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(pool.submit(() -> {
          while (System.nanoTime() < deadline && (operations == 0 || started.incrementAndGet() <= operations)) {
            long begun = System.nanoTime();
            try {
              operation.run();
              nanos.add(System.nanoTime() - begun);
            } catch (Exception | AssertionError failed) {
              errors.merge(String.valueOf(failed.getMessage()).lines().findFirst().orElse(""), 1, Integer::sum);
            }
          }
          return null;
        }));
      }
      for (Future<?> worker : workers) {
        worker.get();
      }
    } finally {
      pool.shutdownNow();
    }
    long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
    return new Result(sorted, (System.nanoTime() - start) / 1e9, Map.copyOf(errors));
  }

  /** What a run did: the sorted durations of the operations that succeeded, and the errors by message. */
  record Result(long[] nanos, double seconds, Map<String, Integer> errors) {

    int done() {
      return nanos.length;
    }

    int failed() {
      return errors.values().stream().mapToInt(Integer::intValue).sum();
    }

    double perSecond() {
      return nanos.length / seconds;
    }

    double millis(int percentile) {
      if (nanos.length == 0) {
        return Double.NaN;
      }
      return nanos[Math.max(0, Math.min(nanos.length - 1, (int) Math.ceil(percentile / 100.0 * nanos.length) - 1))] / 1e6;
    }

    @Override
    public String toString() {
      return String.format("%d done in %.1f s (%.2f/s), p50 %.1f ms, p95 %.1f ms, %d errors %s", done(), seconds,
          perSecond(), millis(50), millis(95), failed(), errors.isEmpty() ? "" : errors);
    }
  }
}
