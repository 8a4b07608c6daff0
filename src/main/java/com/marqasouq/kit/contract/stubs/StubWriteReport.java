package com.marqasouq.kit.contract.stubs;

import java.nio.file.Path;
import java.util.SortedSet;

/**
 * What a write of the stubs did in {@code mappings}: how many mappings it wrote, which of its own
 * earlier mappings it removed, which files of somebody else's it kept, and which it replaced
 * (only when told to).
 */
public record StubWriteReport(
        Path mappings, int written, SortedSet<String> removed, SortedSet<String> kept, SortedSet<String> replaced) {}
