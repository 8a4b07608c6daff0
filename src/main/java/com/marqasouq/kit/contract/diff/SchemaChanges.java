package com.marqasouq.kit.contract.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openapitools.openapidiff.core.model.Changed;
import org.openapitools.openapidiff.core.model.ChangedSchema;
import org.openapitools.openapidiff.core.model.ComposedChanged;
import org.openapitools.openapidiff.core.model.DiffResult;

/**
 * The smallest changes inside one schema, by JSON path: {@code orders[].email} for a property of
 * the items of the {@code orders} array. Cycles are cut by the path (a schema is not entered twice
 * on one path).
 */
final class SchemaChanges {

    private static final int MAX_DEPTH = 24;

    private SchemaChanges() {}

    static void schema(ChangeCollector out, String op, String where, String path, ChangedSchema schema) {
        walk(out, op, where, path, schema, new ArrayList<>());
    }

    private static void walk(
            ChangeCollector out, String op, String where, String path, ChangedSchema schema, List<ChangedSchema> seen) {
        if (schema == null
                || seen.contains(schema)
                || seen.size() > MAX_DEPTH
                || !schema.isChanged().isDifferent()) {
            return;
        }
        seen.add(schema);
        String at = where + (path.isEmpty() ? "" : ": " + path);
        DiffResult core = schema.isCoreChanged();
        if (schema.isChangedType()) {
            out.add(op, at, "type", "type changed", core);
        }
        if (schema.isChangeFormat()) {
            out.add(op, at, "format", "format changed", core);
        }
        if (schema.isChangeDefault()) {
            out.add(op, at, "default", "default changed", core);
        }
        if (schema.isDiscriminatorPropertyChanged()) {
            out.add(op, at, "discriminator", "discriminator changed", core);
        }
        schema.getIncreasedProperties()
                .keySet()
                .forEach(name -> out.add(op, where + ": " + join(path, name), "property", "property added", core));
        schema.getMissingProperties()
                .keySet()
                .forEach(name -> out.add(op, where + ": " + join(path, name), "property", "property removed", core));
        for (Map.Entry<String, ChangedSchema> property :
                schema.getChangedProperties().entrySet()) {
            walk(out, op, where, join(path, property.getKey()), property.getValue(), seen);
        }
        walk(out, op, where, path + "[]", schema.getItems(), seen);
        walk(out, op, where, join(path, "{additional}"), schema.getAddProp(), seen);
        aspect(out, op, at, "enum", "enum values changed", schema.getEnumeration());
        aspect(out, op, at, "required", "required properties changed", schema.getRequired());
        aspect(out, op, at, "nullable", "nullable changed", schema.getNullable());
        aspect(out, op, at, "readOnly", "readOnly changed", schema.getReadOnly());
        aspect(out, op, at, "writeOnly", "writeOnly changed", schema.getWriteOnly());
        aspect(out, op, at, "maxLength", "maxLength changed", schema.getMaxLength());
        aspect(out, op, at, "minLength", "minLength changed", schema.getMinLength());
        aspect(out, op, at, "range", "numeric range changed", schema.getNumericRange());
        aspect(out, op, at, "multipleOf", "multipleOf changed", schema.getMultipleOf());
        aspect(out, op, at, "maxItems", "maxItems changed", schema.getMaxItems());
        aspect(out, op, at, "minItems", "minItems changed", schema.getMinItems());
        aspect(out, op, at, "maxProperties", "maxProperties changed", schema.getMaxProperties());
        aspect(out, op, at, "minProperties", "minProperties changed", schema.getMinProperties());
        aspect(out, op, at, "uniqueItems", "uniqueItems changed", schema.getUniqueItems());
        aspect(out, op, at, "oneOf", "oneOf alternatives changed", schema.getOneOfSchema());
        aspect(out, op, at, "description", "description changed", schema.getDescription());
        seen.remove(seen.size() - 1);
    }

    /** A change openapi-diff judges as a whole (an enum, a required list, a constraint). */
    private static void aspect(ChangeCollector out, String op, String at, String aspect, String what, Changed changed) {
        if (changed != null && changed.isDifferent()) {
            out.add(op, at, aspect, what, changed.isChanged());
        }
    }

    /** Anything else (security, headers, summary): one change, with openapi-diff's verdict. */
    static void other(ChangeCollector out, String op, String where, Changed changed) {
        if (changed == null || !changed.isDifferent()) {
            return;
        }
        DiffResult result = changed instanceof ComposedChanged composed ? composed.isChanged() : changed.isChanged();
        out.add(op, where, where, where + " changed", result);
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
