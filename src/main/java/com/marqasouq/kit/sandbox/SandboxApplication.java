package com.marqasouq.kit.sandbox;

import com.marqasouq.kit.sandbox.api.AuthResource;
import com.marqasouq.kit.sandbox.api.CustomersResource;
import com.marqasouq.kit.sandbox.api.InventoryResource;
import com.marqasouq.kit.sandbox.api.OdooResource;
import com.marqasouq.kit.sandbox.api.OrdersResource;
import com.marqasouq.kit.sandbox.api.ProductsResource;
import com.marqasouq.kit.sandbox.auth.AdminAccount;
import com.marqasouq.kit.sandbox.auth.BearerAuthFilter;
import com.marqasouq.kit.sandbox.auth.LoginThrottle;
import com.marqasouq.kit.sandbox.auth.LoginThrottleFilter;
import com.marqasouq.kit.sandbox.auth.TokenService;
import com.marqasouq.kit.sandbox.control.ClockResource;
import com.marqasouq.kit.sandbox.control.DataResource;
import com.marqasouq.kit.sandbox.control.FaultFilter;
import com.marqasouq.kit.sandbox.control.Faults;
import com.marqasouq.kit.sandbox.control.FaultsResource;
import com.marqasouq.kit.sandbox.control.RequestsResource;
import com.marqasouq.kit.sandbox.control.SandboxReset;
import com.marqasouq.kit.sandbox.docs.IndexResource;
import com.marqasouq.kit.sandbox.docs.SpecResource;
import com.marqasouq.kit.sandbox.docs.SwaggerUiResource;
import com.marqasouq.kit.sandbox.domain.SandboxClock;
import com.marqasouq.kit.sandbox.domain.state.Store;
import com.marqasouq.kit.sandbox.http.ApiJsonProvider;
import com.marqasouq.kit.sandbox.http.CommaSeparatedStatus;
import com.marqasouq.kit.sandbox.http.ConstraintViolationMapper;
import com.marqasouq.kit.sandbox.http.DomainExceptionMapper;
import com.marqasouq.kit.sandbox.http.ElementwiseBodyValidation;
import com.marqasouq.kit.sandbox.http.HealthResource;
import com.marqasouq.kit.sandbox.http.JsonErrorMapper;
import com.marqasouq.kit.sandbox.http.QueryParamConverters;
import com.marqasouq.kit.sandbox.http.RecentRequests;
import com.marqasouq.kit.sandbox.http.RequestBodyCheck;
import com.marqasouq.kit.sandbox.http.RequestLogFilter;
import com.marqasouq.kit.sandbox.http.UnexpectedErrorMapper;
import com.marqasouq.kit.sandbox.http.WebApplicationExceptionMapper;
import com.marqasouq.kit.sandbox.webhook.WebhookDispatcher;
import com.marqasouq.kit.sandbox.webhook.WebhooksResource;
import org.glassfish.jersey.CommonProperties;
import org.glassfish.jersey.inject.hk2.AbstractBinder;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.server.validation.ValidationFeature;

/** The Jersey application: resources implementing the generated interfaces, plus the HTTP rules. */
final class SandboxApplication extends ResourceConfig {

    SandboxApplication(Sandbox sandbox) {
        property(ServerProperties.WADL_FEATURE_DISABLE, true);
        // Everything is registered below; scanning the jar for more only slows the start.
        property(CommonProperties.FEATURE_AUTO_DISCOVERY_DISABLE, true);
        register(ValidationFeature.class);
        property(ServerProperties.BV_SEND_ERROR_IN_RESPONSE, false);
        register(JacksonFeature.withoutExceptionMappers());
        register(ApiJsonProvider.class);
        register(QueryParamConverters.class);
        register(CommaSeparatedStatus.class);
        register(new RequestLogFilter(sandbox.requests(), sandbox.requestLog()));
        register(new FaultFilter(sandbox.faults()));
        register(new BearerAuthFilter(sandbox.tokens()));
        register(LoginThrottleFilter.class);
        register(new RequestBodyCheck(sandbox.config().limits().maxBodyBytes()));

        register(DomainExceptionMapper.class);
        register(JsonErrorMapper.class);
        register(ConstraintViolationMapper.class);
        register(ElementwiseBodyValidation.class);
        register(WebApplicationExceptionMapper.class);
        register(UnexpectedErrorMapper.class);

        register(new AbstractBinder() {
            @Override
            protected void configure() {
                bind((SandboxReset) sandbox::reset).to(SandboxReset.class);
                bind(sandbox.store()).to(Store.class);
                bind(sandbox.tokens()).to(TokenService.class);
                bind(sandbox.config().admin()).to(AdminAccount.class);
                bind(sandbox.requests()).to(RecentRequests.class);
                bind(sandbox.webhooks()).to(WebhookDispatcher.class);
                bind(sandbox.faults()).to(Faults.class);
                bind(sandbox.clock()).to(SandboxClock.class);
                bind(new LoginThrottle()).to(LoginThrottle.class);
            }
        });
        // The resources are @Singleton: they hold nothing per request, and building each one (and
        // its services) per request was a measurable part of a request's CPU time.
        register(HealthResource.class);
        register(AuthResource.class);
        register(OrdersResource.class);
        register(InventoryResource.class);
        register(CustomersResource.class);
        register(ProductsResource.class);
        register(OdooResource.class);
        register(WebhooksResource.class);

        register(DataResource.class);
        register(ClockResource.class);
        register(FaultsResource.class);
        register(RequestsResource.class);
        register(SwaggerUiResource.class);
        register(SpecResource.class);
        register(IndexResource.class);
    }
}
