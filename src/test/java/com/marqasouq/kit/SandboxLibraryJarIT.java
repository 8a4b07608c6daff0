package com.marqasouq.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/** The sandbox library's jar (classifier "sandbox"): the sandbox and what it serves, nothing of the command line or the suite. */
class SandboxLibraryJarIT {
    private static final Path JAR =
            Path.of(System.getProperty("kit.sandbox.jar", "target/marqasouq-odoo-kit-sandbox.jar"));

    @Test
    void holdsTheSandboxItsExtensionItsControlsAndBothSpecs() throws Exception {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            for (String entry : List.of(
                    "com/marqasouq/kit/sandbox/junit/SandboxExtension.class",
                    "com/marqasouq/kit/sandbox/embedded/LocalSandbox.class",
                    "com/marqasouq/kit/sandbox/client/SandboxControls.class",
                    "com/marqasouq/kit/generated/control/model/PlaceOrderRequest.class",
                    "com/marqasouq/kit/contract/kit-version.properties",
                    "openapi/marqasouq-odoo.yaml",
                    "openapi/sandbox-control.yaml",
                    "sandbox/docs-index.html")) {
                assertTrue(jar.getEntry(entry) != null, entry + " in " + JAR);
            }
        }
    }

    @Test
    void holdsNeitherTheCommandLineNorTheSuiteNorAnyLibrary() throws Exception {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            List<String> foreign = jar.stream()
                    .map(ZipEntry::getName)
                    .filter(name -> name.endsWith(".class") || name.startsWith("features/"))
                    .filter(name -> !name.startsWith("com/marqasouq/kit/")
                            || name.startsWith("com/marqasouq/kit/cli/")
                            || name.startsWith("com/marqasouq/kit/conformance/"))
                    .toList();

            assertEquals(List.of(), foreign);
        }
    }
}
