package cn.ipoffice.programmes.support;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import cn.ipoffice.programmes.register.Register;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/** A process test on the application's engine, with the cases it starts and the register it reads. */
@ProcessTest
public abstract class CaseTest {

    @Autowired
    protected ProcessEngine engine;
    @Autowired
    protected Register register;
    protected Cases cases;

    @BeforeEach
    void openCases() {
        init(engine);
        cases = new Cases(engine);
    }
}
