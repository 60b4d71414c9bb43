package cn.ipoffice.programmes.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipoffice.programmes.annualreport.AnnualReportProcess;
import cn.ipoffice.programmes.annualreport.AnnualReportProcess.In;
import cn.ipoffice.programmes.support.Http;
import cn.ipoffice.programmes.support.ProcessTest;
import cn.ipoffice.programmes.support.SpringEngine;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.DeserializationTypeValidator;
import org.junit.jupiter.api.Test;

/**
 * Variables hold strings, numbers, booleans and dates: Java serialization is off, so no client can plant a
 * serialized Java object, and the engine deserializes no type outside its short allow-list.
 */
@ProcessTest
class SerializationSettingsTest {

    /** An empty java.util.HashMap, Java-serialized: the harmless carrier a gadget chain would arrive in. */
    private static final String JAVA_SERIALIZED_HASH_MAP = """
            {"type": "Object",
             "value": "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAB3CAAAABAAAAAAeA==",
             "valueInfo": {"objectTypeName": "java.util.HashMap",
                           "serializationDataFormat": "application/x-java-serialized-object"}}""";

    @Test
    void aJavaSerializedObjectSentOverRest_isRefusedWith400_andNotStored() {
        RuntimeService runtime = SpringEngine.bean(RuntimeService.class);
        String instance = runtime.startProcessInstanceByKey(AnnualReportProcess.KEY, "321300", Map.of(
                In.HOLDER_ID.name(), "321300", In.HOLDER_NAME.name(), "Suqian", In.REPORT_YEAR.name(), 2026, In.RULE_ID.name(), "PM-12",
                In.SUPERVISOR_GROUP.name(), "province-32")).getId();

        HttpResponse<String> refused = Http.send(Http.asAdmin()
                .request("/engine-rest/process-instance/" + instance + "/variables/payload")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JAVA_SERIALIZED_HASH_MAP)));

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).containsIgnoringCase("serialization");
        assertThat(runtime.getVariable(instance, "payload")).isNull();
    }

    @Test
    void deserializationIsValidated_andOnlyTheEnginesOwnAllowListPasses() {
        ProcessEngineConfigurationImpl engine = SpringEngine.bean(ProcessEngineConfigurationImpl.class);
        DeserializationTypeValidator validator = engine.getDeserializationTypeValidator();

        assertThat(engine.isJavaSerializationFormatEnabled()).isFalse();
        assertThat(engine.isDeserializationTypeValidationEnabled()).isTrue();
        assertThat(validator.validate("java.lang.String")).isTrue();
        assertThat(validator.validate("java.util.ArrayList")).isTrue();
        assertThat(validator.validate("java.net.URL")).isFalse();
        assertThat(validator.validate("org.springframework.context.support.ClassPathXmlApplicationContext")).isFalse();
        assertThat(validator.validate("cn.ipoffice.programmes.register.Holder")).isFalse();
    }
}
