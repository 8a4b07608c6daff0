package com.marqasouq.kit.sandbox.domain;

/** Limit and offset of a list request, checked against D4's bounds. */
public record PageRequest(int limit, int offset) {

    public static final int MAX_LIMIT = 1000;

    public static PageRequest of(Integer limit, Integer offset, int defaultLimit) {
        int l = limit == null ? defaultLimit : limit;
        int o = offset == null ? 0 : offset;
        if (l < 1 || l > MAX_LIMIT) {
            throw DomainException.invalid("limit: must be an integer from 1 to " + MAX_LIMIT + ", got " + l);
        }
        if (o < 0) {
            throw DomainException.invalid("offset: must be an integer of 0 or more, got " + o);
        }
        return new PageRequest(l, o);
    }
}
