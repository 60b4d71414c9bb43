package cn.ipoffice.programmes.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Where the diagrams or the forms are read from: the jar's {@code processes/} or {@code forms/}, or a
 * folder only when its property names one. A {@code processes/} folder in the working directory is not
 * read unless named, so a stale copy beside the jar cannot take the place of the diagrams the jar was
 * built with; either way the start-up log says which source it read.
 */
final class ModelSources {

    static final String PROCESSES_PROPERTY = "ipp.deployment.processes-folder";
    static final String FORMS_PROPERTY = "ipp.deployment.forms-folder";
    private static final Logger LOG = LoggerFactory.getLogger(ModelSources.class);

    /** A file as read; {@code location} names it in messages (its path in the jar or in the folder). */
    record ModelFile(String name, String location, byte[] content) {
    }

    private final String classpathFolder;
    private final String extension;
    private final String property;
    private final Path folder;
    private final Path workingDirectory;

    private ModelSources(String classpathFolder, String extension, String property, String configuredFolder,
            Path workingDirectory) {
        this.classpathFolder = classpathFolder;
        this.extension = extension;
        this.property = property;
        this.workingDirectory = workingDirectory.toAbsolutePath();
        this.folder = configuredFolder == null || configuredFolder.isBlank() ? null
                : this.workingDirectory.resolve(configuredFolder).normalize();
    }

    /** The diagrams: the jar's {@code processes/}, or the folder {@value #PROCESSES_PROPERTY} names (relative to the working directory). */
    static ModelSources diagrams(String configuredFolder, Path workingDirectory) {
        return new ModelSources("processes", ".bpmn", PROCESSES_PROPERTY, configuredFolder, workingDirectory);
    }

    /** The forms: the jar's {@code forms/}, or the folder {@value #FORMS_PROPERTY} names (relative to the working directory). */
    static ModelSources forms(String configuredFolder, Path workingDirectory) {
        return new ModelSources("forms", ".form", FORMS_PROPERTY, configuredFolder, workingDirectory);
    }

    /** Where the files come from, for messages: the folder's absolute path or the jar's folder. */
    String description() {
        return folder != null ? folder.toString() : "the jar's " + classpathFolder + "/";
    }

    List<ModelFile> read() {
        if (folder != null) {
            if (!Files.isDirectory(folder)) {
                throw new IllegalStateException(property + " names the folder " + folder + ", which does not exist");
            }
            LOG.warn("Reading *{} from the folder {} ({}), not from the jar", extension, folder, property);
            return fromFolder();
        }
        Path beside = workingDirectory.resolve(classpathFolder);
        if (Files.isDirectory(beside)) {
            LOG.info("Not reading the folder {}: set {} to read it instead of the jar", beside, property);
        }
        LOG.info("Reading *{} from the jar's {}/", extension, classpathFolder);
        return fromClasspath();
    }

    private List<ModelFile> fromFolder() {
        try (Stream<Path> files = Files.list(folder)) {
            List<ModelFile> result = new ArrayList<>();
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(extension)).sorted().toList()) {
                result.add(new ModelFile(file.getFileName().toString(), file.toString(), Files.readAllBytes(file)));
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + folder, e);
        }
    }

    private List<ModelFile> fromClasspath() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:" + classpathFolder + "/*" + extension);
            List<ModelFile> result = new ArrayList<>();
            for (Resource resource : resources) {
                try (InputStream in = resource.getInputStream()) {
                    result.add(new ModelFile(resource.getFilename(), classpathFolder + "/" + resource.getFilename(),
                            in.readAllBytes()));
                }
            }
            result.sort(Comparator.comparing(ModelFile::name));
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + classpathFolder + " from the classpath", e);
        }
    }
}
