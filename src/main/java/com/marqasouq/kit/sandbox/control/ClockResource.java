package com.marqasouq.kit.sandbox.control;

import com.marqasouq.kit.generated.control.api.ClockApi;
import com.marqasouq.kit.generated.control.model.AdvanceClockRequest;
import com.marqasouq.kit.generated.control.model.ClockState;
import com.marqasouq.kit.generated.control.model.SetClockRequest;
import com.marqasouq.kit.sandbox.domain.SandboxClock;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** GET/PUT /_sandbox/clock and POST /_sandbox/clock/advance: the clock of domain timestamps and date filters (D21). */
@Singleton
public final class ClockResource implements ClockApi {
    private final SandboxClock clock;

    @Inject
    public ClockResource(SandboxClock clock) {
        this.clock = clock;
    }

    @Override
    public Response getClock() {
        return Response.ok(state()).build();
    }

    @Override
    public Response setClock(SetClockRequest request) {
        clock.set(request.getNow().toInstant(), Boolean.TRUE.equals(request.getFrozen()));
        return Response.ok(state()).build();
    }

    @Override
    public Response advanceClock(AdvanceClockRequest request) {
        clock.advance(Duration.ofSeconds(request.getSeconds()));
        return Response.ok(state()).build();
    }

    private ClockState state() {
        return new ClockState(OffsetDateTime.ofInstant(clock.now(), ZoneOffset.UTC), clock.frozen());
    }
}
