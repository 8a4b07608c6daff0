package com.marqasouq.kit.contract.releases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SemanticVersionTest {

    @ParameterizedTest
    @ValueSource(strings = {"1.0", "1.0.0-beta", "01.0.0", "v1.0.0", ""})
    void onlyMajorMinorPatchIsAVersion(String text) {
        IllegalArgumentException refused =
                assertThrows(IllegalArgumentException.class, () -> SemanticVersion.parse(text));
        assertTrue(refused.getMessage().contains("MAJOR.MINOR.PATCH"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.9.9<1.10.0", "1.10.0<2.0.0", "0.0.1<0.1.0"})
    void versionsCompareByNumberNotByText(String pair) {
        String[] versions = pair.split("<");
        assertTrue(SemanticVersion.parse(versions[0]).compareTo(SemanticVersion.parse(versions[1])) < 0);
        assertEquals(versions[1], SemanticVersion.parse(versions[1]).toString());
    }
}
