package com.marqasouq.kit.cli;

import com.marqasouq.kit.contract.Contract;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the kit's version and the version of the contract it carries. */
final class KitVersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        Contract contract = Contract.marqasouqOdoo();
        return new String[] {
            "marqasouq-odoo-kit " + Contract.kitVersion(),
            "contract: " + contract.title() + " " + contract.version() + " (" + contract.resource() + ")"
        };
    }
}
