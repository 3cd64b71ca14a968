package org.privacyimpact.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * A request whose dataset stamp could not be read because the database is away ({@link ApiAnswerCache}) fails
 * before its endpoint waits for a connection a second time: {@link ApiUnexpectedErrors} answers it 503 within
 * the one wait the README promises.
 */
class DatabaseAwayCheck implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getAttribute(ApiAnswerCache.DATABASE_AWAY) instanceof RuntimeException away) {
            throw away;
        }
        return true;
    }
}
