package com.marqasouq.kit.sandbox.api;

import com.marqasouq.kit.generated.api.AuthApi;
import com.marqasouq.kit.generated.model.AdminCredentials;
import com.marqasouq.kit.generated.model.AdminToken;
import com.marqasouq.kit.sandbox.auth.AdminAccount;
import com.marqasouq.kit.sandbox.auth.TokenService;
import com.marqasouq.kit.sandbox.http.ErrorBody;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Response;

/** POST /auth/user/emailpass (section 1, D18). */
@Singleton
public final class AuthResource implements AuthApi {
    private final AdminAccount admin;
    private final TokenService tokens;

    @Inject
    public AuthResource(AdminAccount admin, TokenService tokens) {
        this.admin = admin;
        this.tokens = tokens;
    }

    @Override
    public Response createAdminToken(AdminCredentials credentials) {
        if (!admin.matches(credentials.getEmail(), credentials.getPassword())) {
            return ErrorBody.response(401, "unauthorized", "INVALID_CREDENTIALS", "Invalid e-mail or password");
        }
        return Response.ok(new AdminToken().token(tokens.issue(admin.email()))).build();
    }
}
