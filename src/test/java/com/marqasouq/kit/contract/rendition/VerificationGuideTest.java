package com.marqasouq.kit.contract.rendition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marqasouq.kit.webhook.WebhookSecret;
import com.marqasouq.kit.webhook.WebhookSigner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Python check every webhook's description shows accepts what the kit signs, and nothing else. */
class VerificationGuideTest {

    private static final Pattern PYTHON = Pattern.compile("(?s)```python\\n(.*?)```");

    @Test
    void thePythonCheckInTheGuideAcceptsAGoodSignatureAndRejectsATamperedBody(@TempDir Path dir) throws Exception {
        Matcher code = PYTHON.matcher(OpenApi31Rendition.verificationGuide());
        assertTrue(code.find(), "the guide has a Python example");
        WebhookSecret secret = WebhookSecret.generate();
        String id = "evt_01TEST";
        long timestamp = System.currentTimeMillis() / 1000;
        String body = "{\"id\":\"evt_01TEST\",\"event\":\"order.placed\"}";
        String signature = new WebhookSigner(secret).sign(id, timestamp, body);
        Path script = dir.resolve("check.py");
        Files.writeString(script, code.group(1) + """

                import sys
                headers = {"webhook-id": sys.argv[2], "webhook-timestamp": sys.argv[3], "webhook-signature": sys.argv[4]}
                print(verify(sys.argv[1], headers, sys.argv[5].encode()), verify(sys.argv[1], headers, sys.argv[5].encode() + b" "))
                """, StandardCharsets.UTF_8);

        Process python = new ProcessBuilder(
                        "python3",
                        script.toString(),
                        secret.text(),
                        id,
                        Long.toString(timestamp),
                        "v1,bm90IGl0 " + signature,
                        body)
                .redirectErrorStream(true)
                .start();
        String output = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(python.waitFor(60, TimeUnit.SECONDS));

        assertEquals("True False", output);
    }
}
