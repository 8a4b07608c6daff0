package com.marqasouq.kit.sandbox.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A page read from sorted runs is the page of the runs merged, sorted and filtered as a whole. */
class SortedRunsTest {
    private static final Comparator<Integer> ASCENDING = Comparator.naturalOrder();

    @Test
    void pagesOfMergedRunsMatchPagingTheWholeSortedList() {
        Random random = new Random(7);
        for (int trial = 0; trial < 300; trial++) {
            List<List<Integer>> runs = runs(random, random.nextInt(4));
            Predicate<Integer> filter = random.nextBoolean() ? null : n -> n % 3 != 0;
            PageRequest request = new PageRequest(1 + random.nextInt(20), random.nextInt(60));

            Page<Integer> page = SortedRuns.page(runs, ASCENDING, filter, request);

            List<Integer> all = runs.stream()
                    .flatMap(List::stream)
                    .filter(filter == null ? n -> true : filter)
                    .sorted()
                    .collect(Collectors.toList());
            Page<Integer> expected = Page.of(all, request);
            assertEquals(expected.items(), page.items(), "trial " + trial);
            assertEquals(expected.total(), page.total(), "trial " + trial);
        }
    }

    @Test
    void anOffsetPastTheEndIsAnEmptyPageWithTheTotal() {
        Page<Integer> page =
                SortedRuns.page(List.of(List.of(1, 4), List.of(2, 3)), ASCENDING, null, new PageRequest(10, 9));

        assertEquals(List.of(), page.items());
        assertEquals(4, page.total());
    }

    /** Distinct numbers dealt into `count` ascending runs. */
    private static List<List<Integer>> runs(Random random, int count) {
        List<List<Integer>> runs = new ArrayList<>();
        for (int r = 0; r < count; r++) {
            runs.add(new ArrayList<>());
        }
        Stream.iterate(0, n -> n + 1)
                .limit(count == 0 ? 0 : random.nextInt(80))
                .forEach(n -> runs.get(random.nextInt(count)).add(n));
        return runs;
    }
}
