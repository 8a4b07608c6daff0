package com.marqasouq.kit.contract.stubs;

import com.marqasouq.kit.contract.Contract;
import com.marqasouq.kit.contract.JsonText;
import com.marqasouq.kit.contract.Operation;
import java.io.IOException;
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
     * Writes the contract's mappings into {@code <rootDir>/mappings}, replacing the kit's own
     * mappings of an earlier run and keeping every other file.
     *
     * @param replaceForeign whether a file the kit did not write may be replaced by a mapping of
     *     the same name; otherwise such a file is a {@link ForeignStubsException} and nothing is written
     */
    public StubWriteReport writeTo(Path rootDir, boolean replaceForeign) throws IOException {
        return new StubDirectory(rootDir).write(mappings(), replaceForeign);
    }

    /** Used by the build: writes the stubs of the MarqaSouq contract into the folder given (default {@code stubs}). */
    public static void main(String[] args) throws IOException {
        Path rootDir = Paths.get(args.length > 0 ? args[0] : "stubs");
        new StubGenerator(Contract.marqasouqOdoo()).writeTo(rootDir, false);
    }
}
