package com.marqasouq.kit.contract;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The kit's version: the jar manifest's {@code Implementation-Version}, else the version Maven wrote at build time. */
final class KitVersion {

    static final String RESOURCE = "com/marqasouq/kit/contract/kit-version.properties";

    private KitVersion() {}

    static String current() {
        String fromManifest = KitVersion.class.getPackage().getImplementationVersion();
        if (fromManifest != null && !fromManifest.isBlank()) {
            return fromManifest;
        }
        String fromBuild = fromBuildResource();
        return fromBuild != null ? fromBuild : "unknown";
    }

    private static String fromBuildResource() {
        try (InputStream in = KitVersion.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return null;
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "").trim();
            return version.isEmpty() || version.startsWith("${") ? null : version;
        } catch (IOException e) {
            return null;
        }
    }
}
