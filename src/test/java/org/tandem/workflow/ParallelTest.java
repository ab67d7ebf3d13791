package org.tandem.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.tandem.model.TandemException;

class ParallelTest {
  @Test
  void resultsComeInTheItemsOrder() {
    List<Integer> items = IntStream.range(0, 200).boxed().toList();
    Set<String> threads = ConcurrentHashMap.newKeySet();
    List<Integer> squares = Parallel.map(items, i -> {
      threads.add(Thread.currentThread().getName());
      return i * i;
    });
    assertEquals(items.stream().map(i -> i * i).toList(), squares);
    if (Runtime.getRuntime().availableProcessors() > 1) {
      assertTrue(threads.stream().allMatch(t -> t.equals("tandem-worker")), threads.toString());
    }
  }

  @Test
  void theEarliestItemsFailureIsThrownWithItsOwnType() {
    List<Integer> items = IntStream.range(0, 50).boxed().toList();
    TandemException e = assertThrows(TandemException.class, () -> Parallel.map(items, i -> {
      if (i == 7 || i == 30) {
        throw new TandemException("item " + i);
      }
      return i;
    }));
    assertEquals("item 7", e.getMessage());
  }

  @Test
  void afterAFailureNoFurtherTaskStarts() {
    List<Integer> items = IntStream.range(0, 1000).boxed().toList();
    AtomicInteger started = new AtomicInteger();
    assertThrows(IllegalStateException.class, () -> Parallel.map(items, i -> {
      started.incrementAndGet();
      if (i == 3) {
        throw new IllegalStateException("stop");
      }
      return i;
    }));
    assertTrue(started.get() < 100, "started " + started.get());
  }

  @Test
  void anEmptyListGivesAnEmptyList() {
    assertEquals(List.of(), Parallel.map(List.<String>of(), String::length));
  }
}
