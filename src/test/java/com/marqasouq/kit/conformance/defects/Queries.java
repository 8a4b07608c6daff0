package com.marqasouq.kit.conformance.defects;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.function.UnaryOperator;

/** Edits of a request's query string, for defects that misread a parameter. */
final class Queries {
    private Queries() {}

    /** The decoded value of the parameter, or null when the query lacks it. */
    static String value(ProxyRequest request, String parameter) {
        if (request.rawQuery() == null) {
            return null;
        }
        for (String part : request.rawQuery().split("&")) {
            int eq = part.indexOf('=');
            if (eq > 0 && decode(part.substring(0, eq)).equals(parameter)) {
                return decode(part.substring(eq + 1));
            }
        }
        return null;
    }

    /** The request with the parameter's value changed by {@code change}; unchanged when it has none. */
    static ProxyRequest edited(ProxyRequest request, String parameter, UnaryOperator<String> change) {
        if (request.rawQuery() == null) {
            return request;
        }
        StringBuilder query = new StringBuilder();
        for (String part : request.rawQuery().split("&")) {
            int eq = part.indexOf('=');
            if (eq > 0 && decode(part.substring(0, eq)).equals(parameter)) {
                String value = change.apply(decode(part.substring(eq + 1)));
                part = part.substring(0, eq) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
            }
            query.append(query.length() == 0 ? "" : "&").append(part);
        }
        return request.withQuery(query.toString());
    }

    /** The request with the parameter added, when it has none. */
    static ProxyRequest withDefault(ProxyRequest request, String parameter, String value) {
        if (value(request, parameter) != null) {
            return request;
        }
        String added = URLEncoder.encode(parameter, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8);
        return request.withQuery(request.rawQuery() == null ? added : request.rawQuery() + "&" + added);
    }

    /** Moves a date bound by {@code millis}: an inclusive bound that loses the records at its edge. */
    static ProxyRequest shifted(ProxyRequest request, String parameter, long millis) {
        return edited(request, parameter, value -> {
            try {
                return OffsetDateTime.parse(value).plusNanos(millis * 1_000_000).toString();
            } catch (RuntimeException notADate) {
                return value;
            }
        });
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
