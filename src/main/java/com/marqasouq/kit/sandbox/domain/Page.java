package com.marqasouq.kit.sandbox.domain;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** One page of matches: the items, and how many matched before paging (D4). */
public record Page<T>(List<T> items, int total, int limit, int offset) {

    public static <T> Page<T> of(List<T> matches, PageRequest request) {
        int from = Math.min(request.offset(), matches.size());
        int to = Math.min(from + request.limit(), matches.size());
        return new Page<>(List.copyOf(matches.subList(from, to)), matches.size(), request.limit(), request.offset());
    }

    public boolean hasMore() {
        return offset + items.size() < total;
    }

    public <R> List<R> map(Function<T, R> mapper) {
        return items.stream().map(mapper).collect(Collectors.toList());
    }
}
