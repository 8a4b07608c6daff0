package com.marqasouq.kit.sandbox.api;

import com.marqasouq.kit.sandbox.domain.DomainException;
import java.util.List;

/** Lists of a request body: {@code null} is an empty list, a {@code null} element is a 400 naming it (D19). */
final class RequestLists {
    private RequestLists() {}

    static <T> List<T> of(List<T> list, String field) {
        if (list == null) {
            return List.of();
        }
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == null) {
                throw DomainException.invalid(field + "[" + i + "]: must be an object");
            }
        }
        return list;
    }
}
