package com.marqasouq.kit.sandbox.control;

import com.marqasouq.kit.generated.control.api.FaultsApi;
import com.marqasouq.kit.generated.control.model.AddFaultRequest;
import com.marqasouq.kit.generated.control.model.Fault;
import com.marqasouq.kit.generated.control.model.FaultList;
import com.marqasouq.kit.sandbox.domain.Ids;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.stream.Collectors;

/** GET, POST and DELETE /_sandbox/faults (D21). */
@Singleton
public final class FaultsResource implements FaultsApi {
    private static final Ids IDS = Ids.secure();

    private final Faults faults;

    @Inject
    public FaultsResource(Faults faults) {
        this.faults = faults;
    }

    @Override
    public Response addFault(AddFaultRequest request) {
        InjectedFault fault = InjectedFault.create(
                IDS.next("flt_", Instant.now()),
                request.getMethod() == null ? null : request.getMethod().toString(),
                request.getPath(),
                request.getStatus(),
                request.getRetryAfter(),
                request.getDelayMs(),
                request.getTimes(),
                request.getMessage());
        faults.add(fault);
        return Response.status(Response.Status.CREATED).entity(view(fault)).build();
    }

    @Override
    public Response clearFaults() {
        faults.clear();
        return Response.noContent().build();
    }

    @Override
    public Response listFaults() {
        return Response.ok(new FaultList()
                        .faults(faults.active().stream()
                                .map(FaultsResource::view)
                                .collect(Collectors.toList())))
                .build();
    }

    private static Fault view(InjectedFault fault) {
        return new Fault(fault.id, fault.path.toString(), fault.remaining())
                .method(fault.method)
                .status(fault.status)
                .retryAfter(fault.retryAfter)
                .delayMs(fault.delayMs == 0 ? null : fault.delayMs)
                .message(fault.message);
    }
}
