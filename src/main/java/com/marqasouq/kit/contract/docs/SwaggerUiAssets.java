package com.marqasouq.kit.contract.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The Swagger UI bundle and style sheet, read from the {@code org.webjars:swagger-ui} jar on the classpath. */
final class SwaggerUiAssets {

    private static final String POM_PROPERTIES = "META-INF/maven/org.webjars/swagger-ui/pom.properties";
    private static final String WEBJAR_FOLDER = "META-INF/resources/webjars/swagger-ui/";

    private final String version;

    private SwaggerUiAssets(String version) {
        this.version = version;
    }

    static SwaggerUiAssets fromClasspath() {
        Properties pom = new Properties();
        try (InputStream in = open(POM_PROPERTIES)) {
            pom.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + POM_PROPERTIES, e);
        }
        return new SwaggerUiAssets(pom.getProperty("version"));
    }

    String version() {
        return version;
    }

    /** {@code swagger-ui-bundle.js}: Swagger UI with React, no other script needed. */
    String bundleJs() {
        return read("swagger-ui-bundle.js");
    }

    String css() {
        return read("swagger-ui.css");
    }

    private String read(String file) {
        try (InputStream in = open(WEBJAR_FOLDER + version + "/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read Swagger UI's " + file, e);
        }
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = SwaggerUiAssets.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IOException(resource + " is not on the classpath (org.webjars:swagger-ui)");
        }
        return in;
    }
}
