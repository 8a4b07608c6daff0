package com.marqasouq.kit.conformance.findings;

/**
 * A check found nothing to look at: the answer lacks the field it reads. When the answer also
 * broke its response schema, that shape finding is the cause and the check adds no cause of its
 * own; otherwise the absence itself is the divergence.
 */
public final class MissingData extends Divergence {
    private final String field;

    public MissingData(String operation, String field, String expected, String targetMessage) {
        super(operation, expected, "an answer without `" + field + "`", targetMessage);
        this.field = field;
    }

    /** The field the check needed, e.g. "code". */
    public String field() {
        return field;
    }
}
