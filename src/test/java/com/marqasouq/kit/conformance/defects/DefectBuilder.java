package com.marqasouq.kit.conformance.defects;

import java.util.function.BiFunction;
import java.util.function.Function;

/** Builds a {@link Defect} from the hooks it overrides, so the catalogue reads as a list. */
final class DefectBuilder {
    private final String name;
    private final String area;
    private final String scope;
    private Function<ProxyRequest, ProxyResponse> answerInstead = r -> null;
    private Function<ProxyRequest, ProxyRequest> onRequest = r -> r;
    private BiFunction<ProxyRequest, ProxyResponse, ProxyResponse> onResponse = (q, r) -> r;
    private BiFunction<ProxyRequest, String, ProxyRequest> onWebhook = (w, s) -> w;

    private DefectBuilder(String name, String area, String scope) {
        this.name = name;
        this.area = area;
        this.scope = scope;
    }

    static DefectBuilder defect(String name, String area, String scope) {
        return new DefectBuilder(name, area, scope);
    }

    DefectBuilder answerInstead(Function<ProxyRequest, ProxyResponse> hook) {
        answerInstead = hook;
        return this;
    }

    DefectBuilder onRequest(Function<ProxyRequest, ProxyRequest> hook) {
        onRequest = hook;
        return this;
    }

    DefectBuilder onResponse(BiFunction<ProxyRequest, ProxyResponse, ProxyResponse> hook) {
        onResponse = hook;
        return this;
    }

    DefectBuilder onWebhook(BiFunction<ProxyRequest, String, ProxyRequest> hook) {
        onWebhook = hook;
        return this;
    }

    Defect build() {
        return new Defect() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String area() {
                return area;
            }

            @Override
            public String scope() {
                return scope;
            }

            @Override
            public ProxyResponse answerInstead(ProxyRequest request) {
                return answerInstead.apply(request);
            }

            @Override
            public ProxyRequest onRequest(ProxyRequest request) {
                return onRequest.apply(request);
            }

            @Override
            public ProxyResponse onResponse(ProxyRequest request, ProxyResponse response) {
                return onResponse.apply(request, response);
            }

            @Override
            public ProxyRequest onWebhook(ProxyRequest webhook, String secret) {
                return onWebhook.apply(webhook, secret);
            }

            @Override
            public String toString() {
                return area + ": " + name;
            }
        };
    }
}
