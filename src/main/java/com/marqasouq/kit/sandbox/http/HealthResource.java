package com.marqasouq.kit.sandbox.http;

import com.marqasouq.kit.generated.control.api.HealthApi;
import com.marqasouq.kit.generated.control.model.Health;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Response;

/** GET /health: answers once the sandbox is ready, without a token (D21). */
@Singleton
public final class HealthResource implements HealthApi {
    @Override
    public Response getHealth() {
        return Response.ok(new Health(Health.StatusEnum.READY)).build();
    }
}
