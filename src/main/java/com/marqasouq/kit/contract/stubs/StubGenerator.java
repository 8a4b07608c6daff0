package com.marqasouq.kit.contract.stubs;

import com.marqasouq.kit.contract.Contract;
import com.marqasouq.kit.contract.JsonText;
import com.marqasouq.kit.contract.Operation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Writes WireMock mappings for every operation of a contract, read from the spec alone, in
 * WireMock's root-dir layout ({@code <dir>/mappings/<operationId>*.json}, bodies inline). The
 * output depends only on the spec, so a diff of two runs shows what the spec changed.
 */
public final class StubGenerator {

    /** The folder WireMock reads mappings from, under its root dir. */
    public static final String MAPPINGS = "mappings";

    private final Contract contract;

    public StubGenerator(Contract contract) {
        this.contract = contract;
    }

    /** The mappings as JSON text by file name (relative to {@code mappings/}), sorted by name. */
    public SortedMap<String, String> mappings() {
        SortedMap<String, String> files = new TreeMap<>();
        for (Operation operation : contract.operations()) {
            for (Stub stub : new OperationStubs(operation).stubs()) {
                if (files.put(stub.fileName(), JsonText.pretty(stub.mapping())) != null) {
                    throw new IllegalStateException("Two stubs would be written to " + stub.fileName());
                }
            }
        }
        return files;
    }

    /**
     * Replaces the {@code *.json} files of {@code <rootDir>/mappings} with the contract's mappings.
     *
     * @return the number of mappings written
     */
    public int writeTo(Path rootDir) throws IOException {
        SortedMap<String, String> files = mappings();
        Path mappings = Files.createDirectories(rootDir.resolve(MAPPINGS));
        try (DirectoryStream<Path> old = Files.newDirectoryStream(mappings, "*.json")) {
            for (Path file : old) {
                Files.delete(file);
            }
        }
        for (var file : files.entrySet()) {
            Files.writeString(mappings.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
        return files.size();
    }

    /** Used by the build: writes the stubs of the MarqaSouq contract into the folder given (default {@code stubs}). */
    public static void main(String[] args) throws IOException {
        Path rootDir = Paths.get(args.length > 0 ? args[0] : "stubs");
        new StubGenerator(Contract.marqasouqOdoo()).writeTo(rootDir);
    }
}
