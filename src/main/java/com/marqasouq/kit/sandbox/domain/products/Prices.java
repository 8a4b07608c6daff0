package com.marqasouq.kit.sandbox.domain.products;

import com.marqasouq.kit.sandbox.domain.DomainException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks prices sent by a request and applies D17's upsert by currency. */
final class Prices {
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private Prices() {}

    /**
     * The prices with currency codes in upper case (D1, D24: requests may send {@code kwd}).
     * {@code field} is the JSON path of the list, for error messages.
     */
    static List<Price> normalised(List<Price> prices, String field) {
        List<Price> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < prices.size(); i++) {
            Price price = prices.get(i);
            String at = field + "[" + i + "]";
            String code = price.currencyCode == null ? "" : price.currencyCode.toUpperCase(Locale.ROOT);
            if (!CURRENCY.matcher(code).matches()) {
                throw DomainException.invalid(at + ".currency_code: must be a three-letter ISO 4217 code such as KWD");
            }
            if (price.amount < 0) {
                throw DomainException.invalid(at + ".amount: must be an integer of 0 or more (minor units, D1)");
            }
            if (!seen.add(code)) {
                throw DomainException.invalid(
                        at + ".currency_code: " + code + " is given twice; send one price per currency");
            }
            out.add(new Price(code, price.amount));
        }
        return out;
    }

    /** D17: a price in a currency the variant has replaces it; another currency is added. */
    static void upsert(Variant variant, List<Price> prices) {
        for (Price price : prices) {
            Price current = variant.prices.stream()
                    .filter(p -> p.currencyCode.equalsIgnoreCase(price.currencyCode))
                    .findFirst()
                    .orElse(null);
            if (current == null) {
                variant.prices.add(new Price(price.currencyCode, price.amount));
            } else {
                current.currencyCode = price.currencyCode;
                current.amount = price.amount;
            }
        }
    }
}
