package cn.ipoffice.programmes.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.IncidentQuery;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Cockpit's list of processes counts only the cases the user may read.
 *
 * <p>Cockpit's Processes page reads {@code plugin/base/{engine}/process-definition/statistics}, whose own query
 * checks only that the user may read each definition and then counts the running cases and incidents of the
 * whole country. For a user who may not read every case of a definition (who lacks {@code READ_INSTANCE} on it:
 * everyone but {@code sipo} and the administrators), this filter takes that definition's two counts again from
 * the engine's authorized queries, over all its versions as Cockpit does. Sorted by a count, the whole list is
 * read, sorted by the counts the user may see and paged here, so that the order tells nothing either. The
 * plugin's other answers (cases, incidents and their counts, called processes) are checked per case by
 * Cockpit's own queries; {@code statistics-count} counts definitions, which every office may read.
 */
@Configuration
class CockpitCaseCounts {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> COUNTS = List.of("instances", "incidents");
    private static final List<String> PAGING = List.of("firstResult", "maxResults", "sortBy", "sortOrder");

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> cockpitCaseCountsFilter(@Lazy ProcessEngine engine,
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webapp) {
        Pattern statistics = Pattern.compile(Pattern.quote(webapp)
                + "/api/cockpit/plugin/base/([^/]+)/process-definition/statistics/?");
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                Matcher route = statistics.matcher(request.getRequestURI().substring(request.getContextPath().length()));
                UserAuthentication user = route.matches() && "GET".equals(request.getMethod())
                        ? restrictedUser(engine, request.getSession(false), route.group(1)) : null;
                if (user == null) {
                    chain.doFilter(request, response);
                } else {
                    answerVisibleCounts(engine, user, request, response, chain);
                }
            }
        });
        registration.setName("cockpit-case-counts");
        registration.addUrlPatterns(webapp + "/api/cockpit/*");
        return registration;
    }

    /** The webapps' user of this engine, if it is no administrator and the engine checks authorizations. */
    private static UserAuthentication restrictedUser(ProcessEngine engine, HttpSession session, String engineName) {
        if (session == null || !engine.getName().equals(engineName)) {
            return null;
        }
        Authentications all = AuthenticationUtil.getAuthsFromSession(session);
        if (!(all.getAuthenticationForProcessEngine(engineName) instanceof UserAuthentication user)) {
            return null;
        }
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
        boolean admin = configuration.getAdminUsers().contains(user.getIdentityId())
                || groups.stream().anyMatch(configuration.getAdminGroups()::contains);
        return configuration.isAuthorizationEnabled() && !admin ? user : null;
    }

    private static void answerVisibleCounts(ProcessEngine engine, UserAuthentication user, HttpServletRequest request,
            HttpServletResponse response, FilterChain chain) throws ServletException, IOException {
        String sortBy = request.getParameter("sortBy");
        int limit = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getQueryMaxResultsLimit();
        int max = number(request.getParameter("maxResults"), Integer.MAX_VALUE);
        // A page larger than the engine answers a user stays Cockpit's to refuse.
        boolean byCount = sortBy != null && COUNTS.contains(sortBy) && (limit == Integer.MAX_VALUE || max <= limit);
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        chain.doFilter(byCount ? wholeList(request, limit) : request, answer);
        if (answer.getStatus() != HttpServletResponse.SC_OK) {
            answer.copyBodyToResponse();
            return;
        }
        JsonNode rows = JSON.readTree(answer.getContentAsByteArray());
        if (!(rows instanceof ArrayNode definitions)) {
            answer.copyBodyToResponse();
            return;
        }
        recount(engine, user, definitions);
        if (byCount) {
            definitions = sortedPage(definitions, sortBy, "desc".equals(request.getParameter("sortOrder")),
                    number(request.getParameter("firstResult"), 0), max);
        }
        byte[] body = JSON.writeValueAsBytes(definitions);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** The definitions' counts again, by the engine's queries under the user's authorizations. */
    private static void recount(ProcessEngine engine, UserAuthentication user, ArrayNode definitions) {
        Authentication before = engine.getIdentityService().getCurrentAuthentication();
        engine.getIdentityService().setAuthentication(user.getIdentityId(), user.getGroupIds(), user.getTenantIds());
        try {
            for (JsonNode node : definitions) {
                ObjectNode definition = (ObjectNode) node;
                String key = definition.path("key").asText();
                if (engine.getAuthorizationService().isUserAuthorized(user.getIdentityId(), user.getGroupIds(),
                        Permissions.READ_INSTANCE, Resources.PROCESS_DEFINITION, key)) {
                    continue;
                }
                String tenant = definition.path("tenantId").textValue();
                ProcessInstanceQuery cases = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(key);
                IncidentQuery incidents = engine.getRuntimeService().createIncidentQuery().processDefinitionKeyIn(key);
                // The engine's incident query cannot ask for no tenant; the product uses none.
                definition.put("instances", (tenant == null ? cases.withoutTenantId() : cases.tenantIdIn(tenant)).count());
                definition.put("incidents", (tenant == null ? incidents : incidents.tenantIdIn(tenant)).count());
            }
        } finally {
            if (before == null) {
                engine.getIdentityService().clearAuthentication();
            } else {
                engine.getIdentityService().setAuthentication(before);
            }
        }
    }

    /** The request without its page and order: every definition, in as many rows as the engine answers a user. */
    private static HttpServletRequest wholeList(HttpServletRequest request, int limit) {
        List<String> parameters = new ArrayList<>();
        if (request.getQueryString() != null) {
            Arrays.stream(request.getQueryString().split("&"))
                    .filter(parameter -> !PAGING.contains(parameter.split("=", 2)[0])).forEach(parameters::add);
        }
        if (limit < Integer.MAX_VALUE) {
            parameters.add("maxResults=" + limit);
        }
        String query = String.join("&", parameters);
        return new HttpServletRequestWrapper(request) {
            @Override
            public String getQueryString() {
                return query.isEmpty() ? null : query;
            }
        };
    }

    private static ArrayNode sortedPage(ArrayNode definitions, String sortBy, boolean descending, int first, int max) {
        Comparator<JsonNode> byCount = Comparator.comparingLong(definition -> definition.path(sortBy).asLong());
        List<JsonNode> sorted = new ArrayList<>();
        definitions.forEach(sorted::add);
        sorted.sort((descending ? byCount.reversed() : byCount)
                .thenComparing(definition -> definition.path("key").asText())
                .thenComparing(definition -> definition.path("tenantId").asText("")));
        ArrayNode page = JSON.createArrayNode();
        sorted.stream().skip(Math.max(first, 0)).limit(max > 0 ? max : Integer.MAX_VALUE).collect(Collectors.toList())
                .forEach(page::add);
        return page;
    }

    private static int number(String value, int otherwise) {
        try {
            return value == null ? otherwise : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
