package com.marqasouq.kit.contract.diff;

import java.util.LinkedHashMap;
import java.util.Map;
import org.openapitools.openapidiff.core.model.ChangedApiResponse;
import org.openapitools.openapidiff.core.model.ChangedContent;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.ChangedParameter;
import org.openapitools.openapidiff.core.model.ChangedParameters;
import org.openapitools.openapidiff.core.model.ChangedRequestBody;
import org.openapitools.openapidiff.core.model.ChangedResponse;
import org.openapitools.openapidiff.core.model.DiffResult;
import org.openapitools.openapidiff.core.model.Endpoint;

/**
 * Walks openapi-diff's result down to its smallest changes: operations added or removed,
 * parameters, request bodies, responses, media types, and inside schemas every property, enum,
 * required list and constraint. Each gets openapi-diff's own verdict for the smallest part that
 * holds it; nothing is judged here.
 */
final class ChangeCollector {

    private final Map<String, Leaf> leaves = new LinkedHashMap<>();

    static Map<String, Leaf> collect(ChangedOpenApi diff) {
        ChangeCollector collector = new ChangeCollector();
        for (Endpoint added : diff.getNewEndpoints()) {
            collector.add(operation(added), "", "operation", "operation added", DiffResult.COMPATIBLE);
        }
        for (Endpoint removed : diff.getMissingEndpoints()) {
            collector.add(operation(removed), "", "operation", "operation removed", DiffResult.INCOMPATIBLE);
        }
        for (ChangedOperation changed : diff.getChangedOperations()) {
            collector.walkOperation(changed);
        }
        return collector.leaves;
    }

    static String operation(Endpoint endpoint) {
        return endpoint.getMethod() + " " + endpoint.getPathUrl();
    }

    static String operation(ChangedOperation operation) {
        return operation.getHttpMethod() + " " + operation.getPathUrl();
    }

    private void walkOperation(ChangedOperation changed) {
        String op = operation(changed);
        if (changed.isDeprecated()) {
            add(op, "", "deprecated", "operation deprecated", DiffResult.COMPATIBLE);
        }
        parameters(op, changed.getParameters());
        requestBody(op, changed.getRequestBody());
        responses(op, changed.getApiResponses());
        SchemaChanges.other(this, op, "security", changed.getSecurityRequirements());
        SchemaChanges.other(this, op, "summary", changed.getSummary());
        SchemaChanges.other(this, op, "description", changed.getDescription());
    }

    private void parameters(String op, ChangedParameters parameters) {
        if (parameters == null) {
            return;
        }
        DiffResult presence = parameters.isCoreChanged();
        parameters
                .getIncreased()
                .forEach(p -> add(
                        op,
                        "parameter " + p.getIn() + " " + p.getName(),
                        "presence",
                        Boolean.TRUE.equals(p.getRequired()) ? "required parameter added" : "optional parameter added",
                        presence));
        parameters
                .getMissing()
                .forEach(p -> add(
                        op, "parameter " + p.getIn() + " " + p.getName(), "presence", "parameter removed", presence));
        for (ChangedParameter parameter : parameters.getChanged()) {
            String where = "parameter " + parameter.getIn() + " " + parameter.getName();
            if (parameter.isCoreChanged().isDifferent()) {
                add(op, where, "settings", "required, style or explode changed", parameter.isCoreChanged());
            }
            SchemaChanges.schema(this, op, where, "", parameter.getSchema());
            content(op, where, parameter.getContent());
        }
    }

    private void requestBody(String op, ChangedRequestBody body) {
        if (body == null) {
            return;
        }
        if (body.isCoreChanged().isDifferent()) {
            add(
                    op,
                    "request body",
                    "presence",
                    "request body added, removed or its required flag changed",
                    body.isCoreChanged());
        }
        content(op, "request body", body.getContent());
    }

    private void responses(String op, ChangedApiResponse responses) {
        if (responses == null) {
            return;
        }
        DiffResult presence = responses.isCoreChanged();
        responses
                .getIncreased()
                .keySet()
                .forEach(status -> add(op, "response " + status, "presence", "response added", presence));
        responses
                .getMissing()
                .keySet()
                .forEach(status -> add(op, "response " + status, "presence", "response removed", presence));
        for (Map.Entry<String, ChangedResponse> entry : responses.getChanged().entrySet()) {
            String where = "response " + entry.getKey();
            SchemaChanges.other(this, op, where + " headers", entry.getValue().getHeaders());
            content(op, where, entry.getValue().getContent());
        }
    }

    void content(String op, String where, ChangedContent content) {
        if (content == null) {
            return;
        }
        DiffResult presence = content.isCoreChanged();
        content.getIncreased()
                .keySet()
                .forEach(type -> add(op, where + " " + type, "presence", "media type added", presence));
        content.getMissing()
                .keySet()
                .forEach(type -> add(op, where + " " + type, "presence", "media type removed", presence));
        content.getChanged()
                .forEach((type, media) -> SchemaChanges.schema(this, op, where + " " + type, "", media.getSchema()));
    }

    void add(String op, String location, String aspect, String what, DiffResult result) {
        if (result == null || result == DiffResult.NO_CHANGES) {
            return;
        }
        Leaf leaf = new Leaf(op, location, aspect, what, result);
        leaves.merge(
                leaf.key(), leaf, (a, b) -> a.result().getWeight() >= b.result().getWeight() ? a : b);
    }
}
