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
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Reads the diagrams and forms: from the {@code processes/} and {@code forms/} folders when the
 * application runs beside them (a checkout), else from the jar, which carries both.
 */
final class ModelSources {

    record ModelFile(String name, byte[] content) {
    }

    private ModelSources() {
    }

    static List<ModelFile> read(Path folder, String classpathFolder, String extension) {
        return Files.isDirectory(folder) ? fromFolder(folder, extension) : fromClasspath(classpathFolder, extension);
    }

    private static List<ModelFile> fromFolder(Path folder, String extension) {
        try (Stream<Path> files = Files.list(folder)) {
            List<ModelFile> result = new ArrayList<>();
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(extension)).sorted().toList()) {
                result.add(new ModelFile(file.getFileName().toString(), Files.readAllBytes(file)));
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + folder, e);
        }
    }

    private static List<ModelFile> fromClasspath(String classpathFolder, String extension) {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:" + classpathFolder + "/*" + extension);
            List<ModelFile> result = new ArrayList<>();
            for (Resource resource : resources) {
                try (InputStream in = resource.getInputStream()) {
                    result.add(new ModelFile(resource.getFilename(), in.readAllBytes()));
                }
            }
            result.sort(Comparator.comparing(ModelFile::name));
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + classpathFolder + " from the classpath", e);
        }
    }
}
