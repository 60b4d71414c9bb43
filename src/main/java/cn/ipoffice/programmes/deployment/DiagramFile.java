package cn.ipoffice.programmes.deployment;

import cn.ipoffice.programmes.deployment.ModelSources.ModelFile;
import java.io.ByteArrayInputStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.impl.BpmnModelConstants;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * A diagram file read with Camunda's BPMN model API: the keys of the processes the engine will deploy
 * from it and the ids of the Camunda Forms its start events and user tasks reference
 * ({@code camunda:formRef}).
 */
record DiagramFile(ModelFile file, List<String> processKeys, Set<String> formIds) {

    /** Reads the file; one that is not a BPMN diagram is refused with its location and what is wrong. */
    static DiagramFile read(ModelFile file) {
        BpmnModelInstance model;
        try {
            model = Bpmn.readModelFromStream(new ByteArrayInputStream(file.content()));
        } catch (RuntimeException e) {
            throw new IllegalStateException(file.location() + " cannot be deployed: it is not a valid BPMN diagram ("
                    + reason(e) + ")", e);
        }
        // The engine deploys a process unless it says isExecutable="false"; the model API's default is false.
        List<String> keys = model.getModelElementsByType(Process.class).stream()
                .filter(process -> !"false".equals(process.getAttributeValue(BpmnModelConstants.BPMN_ATTRIBUTE_IS_EXECUTABLE)))
                .map(Process::getId)
                .toList();
        Set<String> forms = new LinkedHashSet<>();
        Stream.concat(model.getModelElementsByType(StartEvent.class).stream().map(StartEvent::getCamundaFormRef),
                        model.getModelElementsByType(UserTask.class).stream().map(UserTask::getCamundaFormRef))
                .filter(id -> id != null && !id.isBlank())
                .forEach(forms::add);
        return new DiagramFile(file, keys, forms);
    }

    /**
     * The innermost message: the XML parser's own words with the line, which the model API's parser reports
     * as "Fatal Error: URI=null Line=1: …" (the file's name is in the message around it).
     */
    private static String reason(Throwable e) {
        Throwable innermost = e;
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null) {
                innermost = cause;
            }
        }
        String message = innermost.getMessage() != null ? innermost.getMessage() : innermost.getClass().getSimpleName();
        return message.replace("URI=null ", "").replace("Line=", "line ");
    }
}
