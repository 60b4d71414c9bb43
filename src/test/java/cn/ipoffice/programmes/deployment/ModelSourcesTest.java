package cn.ipoffice.programmes.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import cn.ipoffice.programmes.deployment.ModelSources.ModelFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The diagrams and forms come from the jar; a folder only when its property names it, and the log then
 * says which folder. A {@code processes/} folder left in the working directory changes nothing.
 */
class ModelSourcesTest {

    @TempDir
    Path workingDirectory;
    private Path staleProcesses;
    private CapturedLog log;

    /** A working directory as an old checkout leaves it: an outdated annual report and a diagram the jar lacks. */
    @BeforeEach
    void staleCheckout() throws IOException {
        staleProcesses = Files.createDirectories(workingDirectory.resolve("processes"));
        Files.writeString(staleProcesses.resolve("annual-report.bpmn"), "<stale/>");
        Files.writeString(staleProcesses.resolve("withdrawn-programme.bpmn"), "<stale/>");
        log = new CapturedLog(ModelSources.class);
    }

    @AfterEach
    void releaseLog() {
        log.close();
    }

    @Test
    void aProcessesFolderInTheWorkingDirectory_isNotRead_withoutTheOption() throws IOException {
        List<ModelFile> diagrams = ModelSources.diagrams("", workingDirectory).read();

        assertThat(diagrams).extracting(ModelFile::name).contains("annual-report.bpmn", "pilot-city-round.bpmn")
                .doesNotContain("withdrawn-programme.bpmn");
        assertThat(diagrams).extracting(ModelFile::location).allMatch(location -> location.startsWith("processes/"));
        ModelFile annualReport = diagrams.stream().filter(file -> file.name().equals("annual-report.bpmn")).findFirst()
                .orElseThrow();
        assertThat(annualReport.content()).isEqualTo(fromTheJar("processes/annual-report.bpmn"));
        assertThat(log.at(Level.INFO)).anySatisfy(line -> assertThat(line).contains("Not reading the folder "
                + staleProcesses.toAbsolutePath(), ModelSources.PROCESSES_PROPERTY));
        assertThat(log.at(Level.WARN)).isEmpty();
    }

    @Test
    void anEmptyOption_isNoOption() throws IOException {
        assertThat(ModelSources.diagrams("  ", workingDirectory).read()).extracting(ModelFile::name)
                .doesNotContain("withdrawn-programme.bpmn");
        assertThat(ModelSources.forms(null, workingDirectory).read()).extracting(ModelFile::name)
                .contains("annual-report-submit.form");
    }

    @Test
    void theFolderTheOptionNames_isRead_andLoggedWithItsAbsolutePath() {
        List<ModelFile> diagrams = ModelSources.diagrams("processes", workingDirectory).read();

        assertThat(diagrams).extracting(ModelFile::name).containsExactly("annual-report.bpmn", "withdrawn-programme.bpmn");
        assertThat(diagrams.get(0).content()).asString().isEqualTo("<stale/>");
        assertThat(diagrams.get(0).location()).isEqualTo(staleProcesses.resolve("annual-report.bpmn").toAbsolutePath().toString());
        assertThat(log.at(Level.WARN)).singleElement().asString()
                .contains(staleProcesses.toAbsolutePath().toString(), ModelSources.PROCESSES_PROPERTY, "not from the jar");
    }

    @Test
    void aFolderTheOptionNamesThatIsMissing_stopsTheStartUp_insteadOfFallingBackToTheJar() {
        assertThatThrownBy(() -> ModelSources.forms("forms", workingDirectory).read())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(ModelSources.FORMS_PROPERTY)
                .hasMessageContaining(workingDirectory.resolve("forms").toAbsolutePath().toString());
    }

    private static byte[] fromTheJar(String resource) throws IOException {
        try (InputStream in = ModelSourcesTest.class.getClassLoader().getResourceAsStream(resource)) {
            return in.readAllBytes();
        }
    }
}
