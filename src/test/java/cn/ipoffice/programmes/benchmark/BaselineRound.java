package cn.ipoffice.programmes.benchmark;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.impl.BpmnModelConstants;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The baseline of figures 1 and 2: the real {@code pilot-city-round} and {@code annual-report} diagrams
 * with their wait states, timers, gateways, sub-processes, multi-instance years and call activity kept
 * as they are, and everything of the product taken out: every service task runs {@link NoOpDelegate},
 * user tasks have no form (so no server-side validation), no candidate groups, no names or due dates to
 * evaluate, and the obligations have no end listener. The baseline runs without business key or holder,
 * so the product's per-case authorization grants do not apply to it either.
 */
final class BaselineRound {

    static final String KEY = "benchmark-baseline-round";
    static final String REPORT_KEY = "benchmark-baseline-report";

    private BaselineRound() {
    }

    static BpmnModelInstance round() {
        BpmnModelInstance model = bare("processes/pilot-city-round.bpmn", KEY);
        for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
            call.setCalledElement(REPORT_KEY);
        }
        return model;
    }

    static BpmnModelInstance report() {
        return bare("processes/annual-report.bpmn", REPORT_KEY);
    }

    private static BpmnModelInstance bare(String resource, String key) {
        BpmnModelInstance model;
        try (InputStream in = BaselineRound.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            model = Bpmn.readModelFromStream(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Process process = model.getModelElementsByType(Process.class).iterator().next();
        process.setId(key);
        process.setName("Benchmark baseline " + key);
        String ns = BpmnModelConstants.CAMUNDA_NS;
        for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
            task.setCamundaDelegateExpression("${" + NoOpDelegate.BEAN + "}");
        }
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            for (String attribute : List.of("formRef", "formRefBinding", "candidateGroups", "dueDate")) {
                task.removeAttributeNs(ns, attribute);
            }
            task.removeAttribute("name");
        }
        for (CamundaExecutionListener listener : List.copyOf(model.getModelElementsByType(CamundaExecutionListener.class))) {
            ModelElementInstance parent = listener.getParentElement();
            if (parent instanceof ExtensionElements extensions) {
                extensions.removeChildElement(listener);
            }
        }
        for (Documentation documentation : List.copyOf(model.getModelElementsByType(Documentation.class))) {
            documentation.getParentElement().removeChildElement(documentation);
        }
        Bpmn.validateModel(model);
        return model;
    }
}
