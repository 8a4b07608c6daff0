package com.marqasouq.kit.sandbox.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * One page out of a few lists that are each sorted the same way (an index's runs, e.g. one per
 * status), read as if merged. Without a further filter the total is the sum of the runs' sizes
 * and only the first offset + limit entries are visited; a filter the index cannot answer has to
 * look at every entry to count the matches.
 */
public final class SortedRuns {
    private SortedRuns() {}

    public static <T> Page<T> page(
            List<List<T>> runs, Comparator<? super T> order, Predicate<? super T> filter, PageRequest request) {
        if (filter == null && runs.size() == 1) {
            return Page.of(runs.get(0), request);
        }
        int total = 0;
        if (filter == null) {
            for (List<T> run : runs) {
                total += run.size();
            }
        }
        int end = request.offset() + request.limit();
        List<T> items = new ArrayList<>(Math.min(request.limit(), 64));
        int seen = 0;
        int[] next = new int[runs.size()];
        while (true) {
            int pick = -1;
            for (int r = 0; r < runs.size(); r++) {
                List<T> run = runs.get(r);
                if (next[r] < run.size()
                        && (pick < 0
                                || order.compare(
                                                run.get(next[r]), runs.get(pick).get(next[pick]))
                                        < 0)) {
                    pick = r;
                }
            }
            if (pick < 0 || (filter == null && seen >= end)) {
                break;
            }
            T entity = runs.get(pick).get(next[pick]++);
            if (filter != null && !filter.test(entity)) {
                continue;
            }
            if (seen >= request.offset() && seen < end) {
                items.add(entity);
            }
            seen++;
        }
        return new Page<>(List.copyOf(items), filter == null ? total : seen, request.limit(), request.offset());
    }
}
