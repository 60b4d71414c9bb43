package cn.ipoffice.programmes.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The security headers of the webapps (Camunda's header-security filter, only on /camunda) also on
 * /engine-rest and /api, which answer JSON and are never a page: a browser may not guess another content
 * type, run or frame anything from them, and, in production, must keep to HTTPS. HSTS follows the
 * webapps' own switch, {@code camunda.bpm.webapp.header-security.hsts-disabled}.
 */
@Configuration
class SecurityHeaders {

    static final String API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> apiSecurityHeaders(
            @Value("${camunda.bpm.webapp.header-security.hsts-disabled:true}") boolean hstsDisabled,
            @Value("${camunda.bpm.webapp.header-security.hsts-max-age:31536000}") long hstsMaxAge) {
        String hsts = hstsDisabled ? null : "max-age=" + hstsMaxAge;
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                response.setHeader("X-Content-Type-Options", "nosniff");
                response.setHeader("Content-Security-Policy", API_CONTENT_SECURITY_POLICY);
                if (hsts != null) {
                    response.setHeader("Strict-Transport-Security", hsts);
                }
                chain.doFilter(request, response);
            }
        });
        registration.setName("api-security-headers");
        registration.addUrlPatterns("/engine-rest/*", "/api/*");
        // Before authentication, so that a 401 carries the headers too.
        registration.setOrder(0);
        return registration;
    }
}
