package cn.ruralcommerce.stations.config;

import io.micronaut.data.annotation.MappedEntity;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every persisted Instant keeps its milliseconds on MariaDB: it must be bound through {@link UtcMillis}. */
class EntityConventionsTest {

    @Test
    void everyPersistedInstantIsMarkedUtcMillis() throws Exception {
        List<Class<?>> entities = entityClasses();
        assertTrue(entities.size() >= 5, "found entities " + entities);
        List<String> unmarked = new ArrayList<>();
        for (Class<?> entity : entities) {
            for (RecordComponent component : entity.getRecordComponents()) {
                if (component.getType() == Instant.class && !component.isAnnotationPresent(UtcMillis.class)) {
                    unmarked.add(entity.getSimpleName() + "." + component.getName());
                }
            }
        }
        assertEquals(List.of(), unmarked);
    }

    private static List<Class<?>> entityClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(UtcMillis.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> result = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().contains("$")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, EntityConventionsTest.class.getClassLoader());
                if (type.isRecord() && type.isAnnotationPresent(MappedEntity.class)) {
                    result.add(type);
                }
            }
        }
        return result;
    }
}
