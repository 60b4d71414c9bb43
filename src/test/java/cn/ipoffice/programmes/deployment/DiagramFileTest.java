package cn.ipoffice.programmes.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ipoffice.programmes.deployment.ModelSources.ModelFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What the start-up deployment reads from a diagram, through the BPMN model API rather than the text. */
class DiagramFileTest {

    private static DiagramFile read(String name, String content) {
        return DiagramFile.read(new ModelFile(name, "processes/" + name, content.getBytes(StandardCharsets.UTF_8)));
    }

    private static String diagram(String name) throws IOException {
        return Files.readString(Path.of("processes", name));
    }

    @Test
    void theProcessKeyAndTheFormsOfUserTasksAndStartEvents() throws IOException {
        assertThat(read("annual-report.bpmn", diagram("annual-report.bpmn")).processKeys()).containsExactly("annual-report");
        assertThat(read("annual-report.bpmn", diagram("annual-report.bpmn")).formIds())
                .containsExactlyInAnyOrder("annual-report-submit", "annual-report-review", "overdue-escalation");
        assertThat(read("title-withdrawal.bpmn", diagram("title-withdrawal.bpmn")).formIds())
                .contains("title-withdrawal-start");
    }

    @Test
    void attributesInAnyOrder_andAPoolThatIsNotExecutable_areReadAsTheEngineReadsThem() throws IOException {
        String reordered = diagram("annual-report.bpmn")
                .replace("<bpmn:process id=\"annual-report\" name=\"Annual report (CA-15, PM-12, PM-26)\" isExecutable=\"true\"",
                        "<bpmn:process isExecutable=\"true\" name=\"Annual report (CA-15, PM-12, PM-26)\" id=\"annual-report\"")
                .replace("<bpmndi:BPMNDiagram ", "<bpmn:process id=\"Process_Sketch\" isExecutable=\"false\" />\n  <bpmndi:BPMNDiagram ");
        assertThat(reordered).contains("<bpmn:process isExecutable", "Process_Sketch");

        DiagramFile file = read("annual-report.bpmn", reordered);

        assertThat(file.processKeys()).containsExactly("annual-report");
        assertThat(file.formIds()).hasSize(3);
    }

    @Test
    void aFileThatIsNotBpmn_isRefusedWithItsLocationAndTheLineAtFault() {
        assertThatThrownBy(() -> read("zz-broken.bpmn", "<bpmn:definitions xmlns:bpmn=\"broken"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("processes/zz-broken.bpmn cannot be deployed: it is not a valid BPMN diagram")
                .hasMessageContaining("line 1");
    }
}
