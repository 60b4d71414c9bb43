package cn.ipoffice.programmes.support;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import cn.ipoffice.programmes.register.Register;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;

/** A process test on the application's engine: each test class registers its coverage extension. */
public abstract class CaseTest {

    protected ProcessEngine engine;
    protected Cases cases;
    protected Register register;

    /** The class's {@code @RegisterExtension} coverage extension. */
    protected abstract ProcessEngineCoverageExtension extension();

    @BeforeEach
    void openCases() {
        engine = extension().getProcessEngine();
        init(engine);
        cases = new Cases(engine);
        register = SpringEngine.bean(Register.class);
    }
}
