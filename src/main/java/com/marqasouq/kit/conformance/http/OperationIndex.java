package com.marqasouq.kit.conformance.http;

import com.marqasouq.kit.contract.Contract;
import com.marqasouq.kit.contract.Operation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The contract's operations (from the {@link Contract} model), and which one a request exercised
 * (for coverage per operation).
 */
public final class OperationIndex {
    /** One operation of the contract. */
    public record Op(String operationId, String method, String path, String section, Pattern regex) {
        public String label() {
            return method + " " + path;
        }
    }

    private final List<Op> inSpecOrder;
    private final List<Op> forMatching;

    private OperationIndex(List<Op> inSpecOrder) {
        this.inSpecOrder = Collections.unmodifiableList(inSpecOrder);
        List<Op> matching = new ArrayList<>(inSpecOrder);
        // Literal paths before templated ones, so /admin/customers is not taken for /admin/customers/{id}.
        matching.sort(
                (a, b) -> Integer.compare(a.path().split("\\{").length, b.path().split("\\{").length));
        this.forMatching = Collections.unmodifiableList(matching);
    }

    /** The operations of {@code contract}, as its model lists them. */
    public static OperationIndex of(Contract contract) {
        List<Op> ops = new ArrayList<>();
        for (Operation operation : contract.operations()) {
            String regex = "^" + operation.path().replaceAll("\\{[^/]+}", "[^/]+") + "/?$";
            ops.add(new Op(
                    operation.id(),
                    operation.method(),
                    operation.path(),
                    operation.documentSection(),
                    Pattern.compile(regex)));
        }
        return new OperationIndex(ops);
    }

    /** In the spec's order. */
    public List<Op> operations() {
        return inSpecOrder;
    }

    public Optional<Op> match(String method, String path) {
        return forMatching.stream()
                .filter(op -> op.method().equalsIgnoreCase(method)
                        && op.regex().matcher(path).matches())
                .findFirst();
    }

    /** operationId → "METHOD /path", in the spec's order. */
    public Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        inSpecOrder.forEach(op -> labels.put(op.operationId(), op.label()));
        return labels;
    }
}
