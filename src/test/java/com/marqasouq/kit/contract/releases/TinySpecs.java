package com.marqasouq.kit.contract.releases;

/** A one-operation contract in versions that differ on purpose: quick to compare. */
final class TinySpecs {

    private static final String SPEC = """
            openapi: 3.0.3
            info:
              title: Tiny
              version: VERSION
            paths:
              /odoo/orders:
                get:
                  operationId: listOdooOrders
                  responses:
                    '200':
                      description: Orders
                      content:
                        application/json:
                          schema:
                            type: object
                            required: [orders]
                            properties:
                              orders:
                                type: array
                                items:
                                  type: object
                                  required: [id, email]
                                  properties:
                                    id: {type: string}
                                    email: {type: string}
                                    DESCRIPTION
            """;

    private TinySpecs() {}

    /** The spec at {@code version}. */
    static String spec(String version) {
        return SPEC.replace("VERSION", version).replace("DESCRIPTION\n", "");
    }

    /** The same with an optional field added: breaks nobody's client. */
    static String withOptionalField(String version) {
        return SPEC.replace("VERSION", version).replace("DESCRIPTION", "note: {type: string}");
    }

    /** Without the required {@code email} of each order: breaks clients. */
    static String withoutEmail(String version) {
        return spec(version).replace("required: [id, email]", "required: [id]").replace("email: {type: string}\n", "");
    }
}
