package com.marqasouq.kit.contract.diff;

import org.openapitools.openapidiff.core.model.DiffResult;

/**
 * One smallest change openapi-diff found, with openapi-diff's verdict for a client. The key is the
 * same for a change and for its mirror image in the reverse comparison (a property removed from
 * A to B is a property added from B to A), which is how both verdicts of a change are joined.
 */
record Leaf(String operation, String location, String aspect, String what, DiffResult result) {

    String key() {
        return operation + " | " + location + " | " + aspect;
    }

    /** Breaking unless openapi-diff found it compatible; one it cannot judge counts as breaking. */
    boolean breaking() {
        return result == DiffResult.INCOMPATIBLE || result == DiffResult.UNKNOWN;
    }
}
