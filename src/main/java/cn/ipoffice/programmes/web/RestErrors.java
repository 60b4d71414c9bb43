package cn.ipoffice.programmes.web;

import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/** Adds the product's error answers to the engine's REST API at {@code /engine-rest}. */
@Component
class RestErrors implements ResourceConfigCustomizer {

    @Override
    public void customize(org.glassfish.jersey.server.ResourceConfig config) {
        config.register(RestRefusalMapper.class);
        config.register(OptimisticLockingMapper.class);
        config.register(BadInputMapper.class);
    }
}
