package cn.ipoffice.programmes.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ipoffice.programmes.support.EngineClock;
import cn.ipoffice.programmes.support.ModelerDeploy;
import cn.ipoffice.programmes.support.ProcessTest;
import cn.ipoffice.programmes.support.SpringEngine;
import cn.ipoffice.programmes.support.TestUsers;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.el.StartProcessVariableScope;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.util.xml.Parse;
import org.camunda.bpm.engine.impl.util.xml.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Deploying from Camunda Modeler cannot run code on the server. A member of {@code modelers} deploys, over
 * HTTP, diagrams that reach Java in every way the engine offers (expressions calling methods, engine
 * objects and beans, classes, scripts, connectors, external workers, field injection, embedded forms), each
 * behind a timer that would fire at once: each is refused with 400 naming the element and expression, no
 * deployment or timer is added, and the command never runs. The product's own diagrams deploy.
 */
@ProcessTest
class DeploymentPolicyAttackTest {

    private static final String MODELER = "policy-modeler";
    @TempDir
    static Path marks;
    private static ProcessEngine engine;

    @BeforeAll
    static void modeler() {
        TestUsers.member(MODELER, "modelers");
        engine = SpringEngine.bean(ProcessEngine.class);
    }

    private static String mark() {
        return marks.resolve("ran").toString();
    }

    private static String exec() {
        return "''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('touch " + mark() + "')";
    }

    /** A process started by a timer at once, whose service task is {@code task}; {@code extra} inside the process. */
    static String diagram(String task, String extra) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    id="Definitions_Attack" targetNamespace="http://bpmn.io/schema/bpmn">
                  <bpmn:process id="attack" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <bpmn:startEvent id="Start_AtOnce">
                      <bpmn:timerEventDefinition id="Timer_AtOnce"><bpmn:timeCycle xsi:type="bpmn:tFormalExpression">R1/PT1S</bpmn:timeCycle></bpmn:timerEventDefinition>
                    </bpmn:startEvent>
                    <bpmn:sequenceFlow id="Flow_1" sourceRef="Start_AtOnce" targetRef="Task_Attack" />
                    %s
                    <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Attack" targetRef="End_Done" />
                    <bpmn:endEvent id="End_Done" />
                    %s
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(task, extra);
    }

    static String service(String attributes, String body) {
        return "<bpmn:serviceTask id=\"Task_Attack\" " + attributes + ">" + body + "</bpmn:serviceTask>";
    }

    static String flowDelegate() {
        return "camunda:delegateExpression=\"${flagOverdue}\"";
    }

    static Stream<Arguments> attacks() {
        String exec = exec();
        return Stream.of(
                Arguments.of("a method expression on a service task",
                        diagram(service("camunda:expression=\"${" + exec + "}\"", ""), ""), "Task_Attack", "getClass"),
                Arguments.of("a delegate expression that is not a delegate",
                        diagram(service("camunda:delegateExpression=\"${" + exec + "}\"", ""), ""), "Task_Attack",
                        "not one of the product's delegates"),
                Arguments.of("a Java class", diagram(service("camunda:class=\"java.lang.ProcessBuilder\"", ""), ""),
                        "Task_Attack", "names a Java class"),
                Arguments.of("a script task", diagram("<bpmn:scriptTask id=\"Task_Attack\" scriptFormat=\"groovy\">"
                        + "<bpmn:script>'touch x'.execute()</bpmn:script></bpmn:scriptTask>", ""), "Task_Attack", "script task"),
                Arguments.of("an execution listener with an expression", diagram(service(flowDelegate(),
                        "<bpmn:extensionElements><camunda:executionListener event=\"start\" expression=\"${" + exec
                                + "}\" /></bpmn:extensionElements>"), ""), "executionListener", "getClass"),
                Arguments.of("an execution listener script", diagram(service(flowDelegate(),
                        "<bpmn:extensionElements><camunda:executionListener event=\"start\"><camunda:script scriptFormat=\"javascript\">"
                                + "java.lang.Runtime.getRuntime()</camunda:script></camunda:executionListener></bpmn:extensionElements>"), ""),
                        "script", "runs a script"),
                Arguments.of("an input parameter calling a method on a variable", diagram(service(flowDelegate(),
                        "<bpmn:extensionElements><camunda:inputOutput><camunda:inputParameter name=\"x\">${holderId.getClass()}"
                                + "</camunda:inputParameter></camunda:inputOutput></bpmn:extensionElements>"), ""),
                        "inputParameter", "holderId.getClass"),
                Arguments.of("the engine's execution object", diagram(service(flowDelegate(),
                        "<bpmn:extensionElements><camunda:inputOutput><camunda:inputParameter name=\"x\">"
                                + "${execution.processEngineServices}</camunda:inputParameter></camunda:inputOutput></bpmn:extensionElements>"), ""),
                        "inputParameter", "execution.processEngineServices"),
                Arguments.of("a condition reaching the engine", diagram(service(flowDelegate(), ""),
                        "<bpmn:sequenceFlow id=\"Flow_3\" sourceRef=\"Task_Attack\" targetRef=\"End_Done\">"
                                + "<bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\">${execution.getProcessEngine() != null}"
                                + "</bpmn:conditionExpression></bpmn:sequenceFlow>"), "Flow_3", "getProcessEngine"),
                Arguments.of("a timer calling a method of Object on the calendar", diagram(service(flowDelegate(), ""),
                        "<bpmn:boundaryEvent id=\"Timer_Attack\" attachedToRef=\"Task_Attack\"><bpmn:timerEventDefinition>"
                                + "<bpmn:timeDate xsi:type=\"bpmn:tFormalExpression\">${deadlines.getClass()}</bpmn:timeDate>"
                                + "</bpmn:timerEventDefinition></bpmn:boundaryEvent>"), "timeDate", "not one of the calendar's methods"),
                Arguments.of("a candidate group read through the task object", diagram("<bpmn:userTask id=\"Task_Attack\""
                        + " camunda:candidateGroups=\"${task.execution.processEngineServices}\" />", ""), "Task_Attack",
                        "task.execution"),
                Arguments.of("a bracket read", diagram("<bpmn:userTask id=\"Task_Attack\" name=\"${holderId['class']}\" />", ""),
                        "Task_Attack", "index or property read"),
                Arguments.of("a delegate bean read as a value", diagram("<bpmn:userTask id=\"Task_Attack\""
                        + " camunda:assignee=\"${grantPilotTitle}\" />", ""), "Task_Attack", "names the bean 'grantPilotTitle'"),
                Arguments.of("field injection into a product delegate", diagram(service(flowDelegate(),
                        "<bpmn:extensionElements><camunda:field name=\"register\"><camunda:string>x</camunda:string>"
                                + "</camunda:field></bpmn:extensionElements>"), ""), "field", "field injection"),
                Arguments.of("an external worker", diagram(service("camunda:type=\"external\" camunda:topic=\"x\"", ""), ""),
                        "Task_Attack", "external worker"),
                Arguments.of("an embedded HTML form", diagram("<bpmn:userTask id=\"Task_Attack\""
                        + " camunda:formKey=\"embedded:deployment:evil.html\" />", ""), "Task_Attack", "formKey"),
                Arguments.of("a task listener class on timeout", diagram("<bpmn:userTask id=\"Task_Attack\"><bpmn:extensionElements>"
                        + "<camunda:taskListener event=\"create\" class=\"java.lang.Thread\" /></bpmn:extensionElements></bpmn:userTask>", ""),
                        "taskListener", "names a Java class"),
                Arguments.of("a function", diagram("<bpmn:userTask id=\"Task_Attack\" camunda:dueDate=\"${now()}\" />", ""),
                        "Task_Attack", "function"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void aDiagramThatReachesJava_isRefusedWith400NamingItsElement_andNothingRuns(String attack, String bpmn, String element,
            String reason) {
        long deployments = engine.getRepositoryService().createDeploymentQuery().count();
        long jobs = engine.getManagementService().createJobQuery().count();

        HttpResponse<String> response = ModelerDeploy.as(MODELER, "attack", Map.of("attack.bpmn", bpmn.getBytes(StandardCharsets.UTF_8)));

        assertThat(response.statusCode()).as(attack + ": " + response.body()).isEqualTo(400);
        assertThat(response.body()).as(attack).contains("may not be deployed").contains(element).contains(reason);
        assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(deployments);
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("attack").count()).isZero();
        assertThat(engine.getManagementService().createJobQuery().count()).isEqualTo(jobs);
        assertThat(Path.of(mark())).doesNotExist();
    }

    @Test
    void aDeploymentWithAnHtmlPageOrADecisionTable_isRefusedWith400() {
        long deployments = engine.getRepositoryService().createDeploymentQuery().count();
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("attack.bpmn", diagram(service(flowDelegate(), ""), "").getBytes(StandardCharsets.UTF_8));
        files.put("evil.html", "<script>fetch('/engine-rest/task')</script>".getBytes(StandardCharsets.UTF_8));
        files.put("rules.dmn", "<definitions/>".getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> response = ModelerDeploy.as(MODELER, "attack", files);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("evil.html").contains("rules.dmn").contains("BPMN diagrams (.bpmn) and Camunda Forms (.form) only");
        assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(deployments);
    }

    @Test
    void aDiagramOfTheProductsKind_deploysFromCamundaModeler() {
        String allowed = diagram(service(flowDelegate(), "<bpmn:extensionElements><camunda:inputOutput>"
                + "<camunda:inputParameter name=\"due\">${deadlines.withinMonths(deadlines.today(), 2)}</camunda:inputParameter>"
                + "<camunda:inputParameter name=\"group\">gov-${holderId}</camunda:inputParameter>"
                + "<camunda:inputParameter name=\"late\">${!workPlanOwed &amp;&amp; round + 1 &gt; 2}</camunda:inputParameter>"
                + "</camunda:inputOutput></bpmn:extensionElements>"), "").replace("R1/PT1S", "R1/P100Y");
        HttpResponse<String> response = ModelerDeploy.as(MODELER, "allowed", Map.of("allowed.bpmn", allowed.getBytes(StandardCharsets.UTF_8)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        engine.getRepositoryService().deleteDeployment(engine.getRepositoryService().createDeploymentQuery()
                .deploymentName("allowed").singleResult().getId(), true);
    }

    @Test
    void everyDiagramOfTheProduct_keepsToThePolicy() throws IOException {
        DiagramPolicy policy = new DiagramPolicy(() -> SpringEngine.bean(DeploymentPolicy.class).delegates());
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
                Parser parser = new Parser() {
                    @Override
                    public Parse createParse() {
                        return new Parse(this) {
                        };
                    }
                };
                Element root = parser.createParse().sourceInputStream(Files.newInputStream(file)).execute().getRootElement();
                assertThat(policy.refusals(root)).as(file.toString()).isEmpty();
            }
        }
    }

    @Test
    void anExpressionAlreadyInTheDatabase_cannotReachJavaWhenItRuns() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        for (String expression : new String[] {"${" + exec() + "}", "${execution.processEngineServices}",
                "${processEngine}", "${dataSource}", "${deadlines.getClass()}"}) {
            Object value;
            try {
                value = configuration.getCommandExecutorTxRequired().execute(context -> configuration.getExpressionManager()
                        .createExpression(expression).getValue(StartProcessVariableScope.getSharedInstance()));
            } catch (RuntimeException refused) {
                value = null;
            }
            assertThat(value).as(expression).isNull();
        }
        assertThat(Path.of(mark())).doesNotExist();
        assertThatThrownBy(() -> configuration.getCommandExecutorTxRequired().execute(context -> configuration
                .getExpressionManager().createExpression("${''.getClass()}").getValue(StartProcessVariableScope.getSharedInstance())))
                .hasMessageContaining("may not call getClass");
        EngineClock.reset();
    }
}
