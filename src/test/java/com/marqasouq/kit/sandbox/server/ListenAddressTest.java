package com.marqasouq.kit.sandbox.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ListenAddressTest {

    @ParameterizedTest
    @CsvSource({
        "0:0:0:0:0:0:0:1, ::1",
        "0:0:0:0:0:0:0:0, ::",
        "fe80:0:0:0:0:0:0:1, fe80::1",
        "2001:db8:0:0:1:0:0:1, 2001:db8::1:0:0:1",
        "2001:db8:1:2:3:4:5:6, 2001:db8:1:2:3:4:5:6"
    })
    void ipv6AddressesAreShownInTheirShortForm(String full, String shortForm) {
        assertEquals(shortForm, ListenAddress.compressed(full));
    }

    @ParameterizedTest
    @CsvSource({"0.0.0.0, http://127.0.0.1:9000", "::, http://[::1]:9000", "::1, http://[::1]:9000"})
    void theUrlOfAWildcardAddressIsTheLoopbackOfItsFamily(String bound, String url) throws Exception {
        assertEquals(URI.create(url), ListenAddress.url(new InetSocketAddress(InetAddress.getByName(bound), 9000)));
    }
}
