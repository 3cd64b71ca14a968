package org.privacyimpact.security;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands before the sign-in form's processing: an attempt with an over-long name or password, or from an
 * address that must still wait ({@link LoginThrottle}), is answered like a wrong password without checking it
 * (no password hash is computed for it, and nothing is remembered).
 */
@RequiredArgsConstructor
final class SignInAttemptFilter extends OncePerRequestFilter {

    static final String SIGN_IN_ADDRESS = "/login";

    private final LoginThrottle throttle;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod())
                && SIGN_IN_ADDRESS.equals(request.getRequestURI().substring(request.getContextPath().length())));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (refused(request)) {
            response.sendRedirect(request.getContextPath() + SIGN_IN_ADDRESS + "?error");
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean refused(HttpServletRequest request) {
        String username;
        String password;
        try {
            username = request.getParameter("username");
            password = request.getParameter("password");
        } catch (IllegalStateException unreadableForm) {
            // the container could not read the form (too large, or not text)
            return true;
        }
        if (!SignInLimits.nameFits(username) || !SignInLimits.passwordFits(password)) {
            return true;
        }
        Optional<Duration> wait = throttle.waitBefore(username, request.getRemoteAddr());
        return wait.isPresent();
    }
}
