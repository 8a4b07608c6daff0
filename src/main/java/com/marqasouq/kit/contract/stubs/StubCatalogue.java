package com.marqasouq.kit.contract.stubs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marqasouq.kit.contract.Contract;
import com.marqasouq.kit.contract.Operation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What a stub client can ask each operation for, read from the stubs themselves: the
 * {@code Prefer: code=} statuses and the {@code Prefer: example=} names, as the Markdown table
 * the README shows between its two catalogue markers. {@link #main} rewrites that part of a README.
 */
public final class StubCatalogue {
    public static final String BEGIN = "<!-- stub catalogue: begin -->";
    public static final String END = "<!-- stub catalogue: end -->";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Contract contract;

    public StubCatalogue(Contract contract) {
        this.contract = contract;
    }

    /** The table, one row per operation in the spec's order. */
    public String markdown() {
        Map<String, String> mappings = new StubGenerator(contract).mappings();
        StringBuilder table = new StringBuilder();
        table.append("| operation | request | `Prefer: code=` | `Prefer: example=` (status) |\n");
        table.append("| --- | --- | --- | --- |\n");
        for (Operation operation : contract.operations()) {
            TreeSet<Integer> codes = new TreeSet<>();
            List<String> examples = new ArrayList<>();
            for (String mapping : mappings.values()) {
                JsonNode stub = read(mapping);
                if (!operation.id().equals(stub.at("/metadata/operationId").asText())) {
                    continue;
                }
                String selectedBy = stub.at("/metadata/selectedBy").asText();
                int status = stub.at("/response/status").asInt();
                if (selectedBy.startsWith("Prefer: code=")) {
                    codes.add(status);
                } else if (selectedBy.startsWith("Prefer: example=")) {
                    examples.add("`" + stub.at("/metadata/example").asText() + "` (" + status + ")");
                }
            }
            table.append("| `")
                    .append(operation.id())
                    .append("` | `")
                    .append(operation.method())
                    .append(' ')
                    .append(operation.path())
                    .append("` | ")
                    .append(
                            codes.isEmpty()
                                    ? "none"
                                    : String.join(
                                            ", ",
                                            codes.stream().map(String::valueOf).toList()))
                    .append(" | ")
                    .append(examples.isEmpty() ? "none" : String.join(", ", examples))
                    .append(" |\n");
        }
        return table.toString();
    }

    /** {@code text} with the part between the markers replaced by the table. */
    public String into(String text) {
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("The text has no " + BEGIN + " ... " + END + " part");
        }
        return text.substring(0, begin + BEGIN.length()) + "\n" + markdown() + text.substring(end);
    }

    private static JsonNode read(String mapping) {
        try {
            return JSON.readTree(mapping);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rewrites the catalogue in the README given (default {@code README.md}). */
    public static void main(String[] args) throws IOException {
        Path readme = Path.of(args.length > 0 ? args[0] : "README.md");
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        Files.writeString(readme, new StubCatalogue(Contract.marqasouqOdoo()).into(text), StandardCharsets.UTF_8);
    }
}
