package com.marqasouq.kit.cli;

import picocli.CommandLine;

/** {@code --version}: the jar's Implementation-Version, "dev" when run from classes. */
public final class KitVersion implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = KitVersion.class.getPackage().getImplementationVersion();
        return new String[] {"marqasouq-odoo-kit " + (version == null ? "dev" : version)};
    }
}
