package cn.ipoffice.programmes.offices;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The offices' pages ({@code /offices/*}) use the login of the Camunda webapps: the user signed in to Tasklist or Cockpit
 * in this browser is the user of the page, with the same groups, so each office sees exactly what it sees in Tasklist.
 * Without that login the page sends the browser to Tasklist's login. For the request the user and groups are put on the
 * engine's identity service, so that every engine query of a page is checked against the user's authorizations.
 * The pages send a strict content security policy: their scripts and styles come from this server alone.
 */
@Configuration
class OfficeLogin {

    static final String USER_ATTRIBUTE = OfficeUser.class.getName();
    static final String ENGINE = "default";
    static final String LOGIN_PAGE = "/camunda/app/tasklist/" + ENGINE + "/";
    static final String PAGES_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    /**
     * Camunda's own filter of the webapps, on the pages too: it reads the session's login and checks it again against the
     * engine's users, groups and grants as often as it does for Tasklist ({@code camunda.bpm.webapp.auth.cache.*}).
     */
    @Bean
    FilterRegistrationBean<AuthenticationFilter> officePagesWebappAuthentication(
            @Value("${camunda.bpm.webapp.auth.cache.ttl-enabled:true}") boolean ttlEnabled,
            @Value("${camunda.bpm.webapp.auth.cache.time-to-live:300000}") long timeToLive) {
        FilterRegistrationBean<AuthenticationFilter> registration = new FilterRegistrationBean<>(new AuthenticationFilter());
        registration.setName("office-pages-webapp-authentication");
        registration.addUrlPatterns("/offices/*");
        if (ttlEnabled) {
            registration.addInitParameter("cacheTimeToLive", Long.toString(timeToLive));
        }
        registration.setOrder(12);
        return registration;
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> officePagesLogin(@Lazy IdentityService identityService, @Lazy OfficeNames names,
            @Value("${camunda.bpm.webapp.header-security.hsts-disabled:true}") boolean hstsDisabled,
            @Value("${camunda.bpm.webapp.header-security.hsts-max-age:31536000}") long hstsMaxAge) {
        String hsts = hstsDisabled ? null : "max-age=" + hstsMaxAge;
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                response.setHeader("X-Content-Type-Options", "nosniff");
                response.setHeader("Content-Security-Policy", PAGES_POLICY);
                response.setHeader("Referrer-Policy", "same-origin");
                response.setHeader("Cache-Control", "no-store");
                if (hsts != null) {
                    response.setHeader("Strict-Transport-Security", hsts);
                }
                OfficeUser user = signedIn(Authentications.getCurrent(), names);
                if (user == null) {
                    refuse(request, response);
                    return;
                }
                request.setAttribute(USER_ATTRIBUTE, user);
                identityService.setAuthentication(user.id(), user.groups());
                try {
                    chain.doFilter(request, response);
                } finally {
                    identityService.clearAuthentication();
                }
            }
        });
        registration.setName("office-pages-login");
        registration.addUrlPatterns("/offices/*");
        registration.setOrder(13);
        return registration;
    }

    /** The user of the webapps' session, or null where nobody is signed in to this engine. */
    static OfficeUser signedIn(Authentications authentications, OfficeNames names) {
        if (authentications == null || !authentications.hasAuthenticationForProcessEngine(ENGINE)) {
            return null;
        }
        if (!(authentications.getAuthenticationForProcessEngine(ENGINE) instanceof UserAuthentication user)) {
            return null;
        }
        List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
        Set<String> apps = user.getAuthorizedApps() == null ? Set.of() : user.getAuthorizedApps();
        return new OfficeUser(user.getIdentityId(), groups, apps, names.describe(groups));
    }

    /** A page asked for in the browser goes to the login; a download or a script gets 401 with the reason. */
    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String accept = request.getHeader("Accept");
        boolean page = "GET".equals(request.getMethod()) && accept != null && accept.contains("text/html");
        if (page) {
            response.sendRedirect(request.getContextPath() + LOGIN_PAGE);
            return;
        }
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write("Sign in to Tasklist or Cockpit first: these pages use the same login.\n");
    }
}
