package com.marqasouq.kit.cli;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** How the user started the kit, for hints such as "Run 'java -jar target/marqasouq-odoo-kit.jar --help'". */
final class JarInvocation {
    static final String JAR_NAME = "marqasouq-odoo-kit.jar";

    private JarInvocation() {}

    /** {@code java -jar PATH}: the jar relative to the working folder when it is inside it, else its absolute path. */
    static String command() {
        return "java -jar " + jarPath();
    }

    private static String jarPath() {
        try {
            Path jar = Path.of(KitCommand.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            if (!jar.getFileName().toString().endsWith(".jar")) {
                return JAR_NAME; // run from classes (tests, IDE)
            }
            Path here = Path.of("").toAbsolutePath();
            return jar.startsWith(here) ? here.relativize(jar).toString() : jar.toString();
        } catch (URISyntaxException | RuntimeException e) {
            return JAR_NAME;
        }
    }
}
