package com.marqasouq.kit.conformance.defects;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marqasouq.kit.sandbox.StrictReading;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The sandbox's answers during a whole suite run, held to the strict reading of the contract
 * (the document's prefixes and values, no needless null, no undeclared field): the suite reads
 * a target generously (D25), the sandbox promises more, and every route the features exercise
 * is checked here once rather than in a JUnit test of its own.
 */
final class StrictReadingOfTheRun {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final OpenApiInteractionValidator ANSWERS =
            OpenApiInteractionValidator.createForInlineApiSpecification(StrictReading.json())
                    // The suite sends requests the contract refuses on purpose: only the answers are judged.
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .build())
                    .build();

    private StrictReadingOfTheRun() {}

    /** Every distinct way an answer or a webhook broke the strict reading, one line each. */
    static Set<String> problems(List<DefectProxy.Seen> run) {
        Set<String> problems = new TreeSet<>();
        for (DefectProxy.Seen seen : run) {
            ProxyRequest request = seen.request();
            if (DefectProxy.isWebhook(request)) {
                webhookProblems(request, problems);
            } else if (isApi(request.path())) {
                answerProblems(request, seen.answer(), problems);
            }
        }
        return problems;
    }

    /** The contract's routes; the controls, the docs and the health check have specs of their own. */
    private static boolean isApi(String path) {
        return path.startsWith("/admin/") || path.startsWith("/odoo/") || path.startsWith("/auth/");
    }

    private static void answerProblems(ProxyRequest request, ProxyResponse answer, Set<String> problems) {
        SimpleResponse.Builder response = SimpleResponse.Builder.status(answer.status());
        answer.headers().forEach(response::withHeader);
        if (answer.body().length > 0) {
            response.withBody(answer.text());
        }
        ValidationReport report = ANSWERS.validateResponse(
                request.path(), Request.Method.valueOf(request.method().toUpperCase()), response.build());
        report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .forEach(m -> problems.add(
                        request.method() + " " + request.path() + " → " + answer.status() + ": " + m.getMessage()));
    }

    private static void webhookProblems(ProxyRequest webhook, Set<String> problems) {
        try {
            String event = JSON.readTree(webhook.text()).path("event").asText();
            StrictReading.webhooks()
                    .problems(event, webhook.text())
                    .forEach(p -> problems.add("webhook " + event + ": " + p));
        } catch (IOException | IllegalArgumentException e) {
            problems.add("webhook that is not an event of the contract: " + webhook.text());
        }
    }
}
