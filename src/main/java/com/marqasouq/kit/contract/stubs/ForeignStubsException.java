package com.marqasouq.kit.contract.stubs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Files the kit did not write have the names of new mappings: nothing was written. */
public final class ForeignStubsException extends IOException {
    private final transient List<String> files;

    ForeignStubsException(Path mappings, List<String> files) {
        super(mappings + " holds " + (files.size() == 1 ? "a file" : files.size() + " files")
                + " that the kit did not write, with the name of a new mapping: " + String.join(", ", files));
        this.files = List.copyOf(files);
    }

    public List<String> files() {
        return files;
    }
}
