package cn.ipoffice.programmes.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;

/** The same concurrent change as {@link RestRefusalMapper}, where the REST API lets the engine's exception through. */
class OptimisticLockingMapper implements ExceptionMapper<OptimisticLockingException> {

    @Override
    public Response toResponse(OptimisticLockingException exception) {
        return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("type", "ConcurrentChange", "message", RestRefusalMapper.CONCURRENT_CHANGE)).build();
    }
}
