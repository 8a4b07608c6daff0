package com.marqasouq.kit.conformance.http;

import com.marqasouq.kit.conformance.world.RunContext;
import com.marqasouq.kit.contract.Contract;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Makes one scenario's calls to the target with the run's token, tells which operation each
 * exercised, and refuses writes while the scenario is read-only.
 */
public final class ApiClient {
    private static final OperationIndex API_OPERATIONS = OperationIndex.of(Contract.marqasouqOdoo());

    private final RunContext run;
    private final Consumer<ApiResult> recorder;
    private volatile boolean readOnly;

    public ApiClient(RunContext run, Consumer<ApiResult> recorder) {
        this.run = run;
        this.recorder = recorder;
    }

    public ApiCall call(String method, String path) {
        return new ApiCall(run.options().base(), method, path, run.token(), this, recorder);
    }

    /** From now on only reads and the login may be sent (a {@code @readonly} scenario). */
    public void readOnly(boolean value) {
        readOnly = value;
    }

    boolean readOnly() {
        return readOnly;
    }

    ContractValidator validator() {
        return run.validator();
    }

    public Optional<String> operationOf(Exchange exchange) {
        return API_OPERATIONS.match(exchange.method(), exchange.path()).map(OperationIndex.Op::operationId);
    }

    public static OperationIndex operations() {
        return API_OPERATIONS;
    }
}
