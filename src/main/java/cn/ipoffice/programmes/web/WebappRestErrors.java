package cn.ipoffice.programmes.web;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.glassfish.jersey.server.ServerProperties;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.server.ConfigurableServletWebServerFactory;
import org.springframework.stereotype.Component;

/**
 * The product's error answers ({@link RestErrors}) on the engine API of the webapps too ({@code /camunda/api/engine},
 * which Tasklist and Cockpit call): a refused form lists its fields there, and Tasklist shows each problem next to its
 * field. Camunda's starter registers that API's servlet itself; Jersey's list of provider classes is added to it once
 * the servlet is registered (the web server factory runs its own initializers after the application's).
 */
@Component
class WebappRestErrors implements WebServerFactoryCustomizer<ConfigurableServletWebServerFactory> {

    private static final String JAXRS_APPLICATION = "jakarta.ws.rs.Application";
    private static final String MAPPERS = Stream.of(RestRefusalMapper.class, OptimisticLockingMapper.class,
            BadInputMapper.class).map(Class::getName).collect(Collectors.joining(","));

    @Override
    public void customize(ConfigurableServletWebServerFactory factory) {
        factory.addInitializers(context -> context.getServletRegistrations().values().stream()
                .filter(servlet -> EngineRestApplication.class.getName().equals(servlet.getInitParameter(JAXRS_APPLICATION)))
                .forEach(servlet -> servlet.setInitParameter(ServerProperties.PROVIDER_CLASSNAMES, MAPPERS)));
    }
}
