package cn.ruralcommerce.stations.security;

import cn.ruralcommerce.stations.Application;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.HttpMethodMapping;
import io.micronaut.security.annotation.Secured;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every public route method of every controller under cn.ruralcommerce.stations carries @Secured (method or class). */
class SecuredCoverageTest {

    @Test
    void everyRouteMethodIsSecured() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(Application.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path base = root.resolve("cn/ruralcommerce/stations");
        List<String> classes;
        try (Stream<Path> files = Files.walk(base)) {
            classes = files.map(p -> root.relativize(p).toString())
                    .filter(n -> n.endsWith(".class") && !n.contains("$"))
                    .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.').replace('\\', '.'))
                    .sorted().toList();
        }
        int controllers = 0;
        int routes = 0;
        List<String> unsecured = new ArrayList<>();
        ClassLoader loader = getClass().getClassLoader();
        for (String name : classes) {
            Class<?> type = Class.forName(name, false, loader);
            if (!type.isAnnotationPresent(Controller.class)) {
                continue;
            }
            controllers++;
            boolean classSecured = type.isAnnotationPresent(Secured.class);
            for (Method method : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers()) || !isRoute(method)) {
                    continue;
                }
                routes++;
                if (!classSecured && !method.isAnnotationPresent(Secured.class)) {
                    unsecured.add(type.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertTrue(controllers >= 10, "found only " + controllers + " controllers under " + base);
        assertTrue(routes >= 50, "found only " + routes + " route methods");
        assertTrue(unsecured.isEmpty(), "route methods without @Secured: " + unsecured);
    }

    private static boolean isRoute(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            if (annotation.annotationType().isAnnotationPresent(HttpMethodMapping.class)) {
                return true;
            }
        }
        return false;
    }
}
