package com.marqasouq.kit.sandbox.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A word of the contract's closed vocabulary (D6), such as an order status: the enum's constant
 * is the word in upper case, {@link #value()} the word as the API and the state documents spell it.
 */
public interface ClosedVocabulary {
    String value();

    /** The word of {@code type} spelled {@code value}, if there is one. */
    static <E extends Enum<E> & ClosedVocabulary> Optional<E> of(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants())
                .filter(word -> word.value().equals(value))
                .findFirst();
    }

    /** Every word of {@code type}, as spelled. */
    static List<String> values(Class<? extends ClosedVocabulary> type) {
        return Arrays.stream(type.getEnumConstants())
                .map(ClosedVocabulary::value)
                .toList();
    }

    /** The spelling of an enum constant: {@code REQUIRES_ACTION} is {@code requires_action}. */
    static String spelling(Enum<?> word) {
        return word.name().toLowerCase(Locale.ROOT);
    }
}
