package com.marqasouq.kit.sandbox.control;

import com.marqasouq.kit.generated.control.api.RequestsApi;
import com.marqasouq.kit.generated.control.model.RecentRequest;
import com.marqasouq.kit.generated.control.model.RecentRequestList;
import com.marqasouq.kit.sandbox.http.RecentRequests;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.stream.Collectors;

/** GET /_sandbox/requests: the requests the sandbox answered, newest first (D21). */
@Singleton
public final class RequestsResource implements RequestsApi {
    private final RecentRequests requests;

    @Inject
    public RequestsResource(RecentRequests requests) {
        this.requests = requests;
    }

    @Override
    public Response listRecentRequests(Integer limit) {
        return Response.ok(new RecentRequestList()
                        .requests(requests.newest(limit == null ? 50 : limit).stream()
                                .map(RequestsResource::view)
                                .collect(Collectors.toList())))
                .build();
    }

    private static RecentRequest view(RecentRequests.Entry e) {
        return new RecentRequest(
                        e.sequence(),
                        OffsetDateTime.ofInstant(e.at(), ZoneOffset.UTC),
                        e.method(),
                        e.path(),
                        e.status(),
                        e.durationMs())
                .query(e.query());
    }
}
