package com.marqasouq.kit.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/** An output folder option ({@code --output}, {@code --reports}): its problems in one line naming the option. */
final class OutputFolder {
    private OutputFolder() {}

    /** Checked before writing: an existing file, or a file on the way to the folder, cannot become it. */
    static String problem(String option, Path folder) {
        Path existing = folder.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing != null && !Files.isDirectory(existing)) {
            return option + ": " + existing + " is a file, not a folder";
        }
        if (existing != null && !Files.isWritable(existing)) {
            return option + ": cannot write in " + existing + " (permission denied)";
        }
        return null;
    }

    /** A failed write, in words: the file and the reason, without the exception's class name. */
    static String describe(String option, IOException e) {
        if (e instanceof FileAlreadyExistsException exists) {
            return option + ": " + exists.getFile() + " is a file, not a folder";
        }
        if (e instanceof AccessDeniedException denied) {
            return option + ": cannot write " + denied.getFile() + " (permission denied)";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return option + ": " + fs.getFile() + ": " + fs.getReason();
        }
        return option + ": " + e.getMessage();
    }
}
