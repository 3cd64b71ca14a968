package org.privacyimpact.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.privacyimpact.common.address.EmbedAddresses;
import org.privacyimpact.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer.AuthorizedUrl;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;

/**
 * Who may do what. Every dashboard view, export and the data API are open to anonymous visitors; changing the
 * dataset needs a curator or admin signed in with the login form (views carry @AnonymousAllowed or
 * @RolesAllowed, read by Vaadin's navigation access control; services carry @PreAuthorize, enabled here —
 * not JSR-250, which would proxy the views).
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    /** Stored as {bcrypt}…; the delegating encoder can still read older formats if the default ever changes. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * The read-only data API, the feed of releases and the health check: no session, no CSRF token to fetch
     * (they change nothing); anything but GET is answered 405 by the API itself.
     */
    @Bean
    @Order(1)
    SecurityFilterChain dataApi(HttpSecurity http) throws Exception {
        return http.securityMatcher("/api/**", "/releases.atom", "/actuator/health/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(SecurityHeadersFilter.forApi(), HeaderWriterFilter.class)
                .build();
    }

    /**
     * The embeddable charts: pages other sites may frame, so they work without cookies (a browser keeps none for a
     * third-party frame) and never open a session; GET only, so no CSRF token.
     */
    @Bean
    @Order(2)
    SecurityFilterChain embeds(HttpSecurity http) throws Exception {
        return http.securityMatcher(EmbedAddresses.ALL)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(headers -> headers.frameOptions(frame -> frame.disable()))
                .addFilterBefore(SecurityHeadersFilter.forEmbeds(), HeaderWriterFilter.class)
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain dashboard(HttpSecurity http, LoginThrottle throttle) throws Exception {
        http
                // Spring's error page (the API's 405 for a POST is written through it), our stylesheet and icons
                .authorizeHttpRequests(requests -> requests.requestMatchers("/error", "/styles/**",
                        "/favicon.ico", "/favicon.svg").permitAll())
                // Vaadin's configurer requires sign-in for the addresses of protected views before anything else;
                // its default denies every other address, so an unknown one would send readers to the sign-in
                // page. Letting them through lets Vaadin's router answer "Page not found" (404) instead, and its
                // navigation access control still decides for every view.
                .with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                        .anyRequest(AuthorizedUrl::permitAll));
        // Spring's own header writer keeps its other defaults, with the same frame rule as ours
        http.headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
        http.addFilterBefore(SecurityHeadersFilter.forPages(), HeaderWriterFilter.class);
        http.addFilterBefore(new SignInAttemptFilter(throttle), UsernamePasswordAuthenticationFilter.class);
        return http.build();
    }
}
