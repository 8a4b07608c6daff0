package com.marqasouq.kit.contract.docs;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes text safe to inline between {@code <script>} or {@code <style>} tags: a {@code </script}
 * or {@code <!--} inside it would otherwise end the element early or change how the browser
 * reads the rest of it.
 */
final class InlineText {

    private static final Pattern SCRIPT_BREAKERS = Pattern.compile("<(?=/script|!--)", Pattern.CASE_INSENSITIVE);
    private static final Pattern STYLE_END = Pattern.compile("</(?=style)", Pattern.CASE_INSENSITIVE);

    private InlineText() {}

    /**
     * JavaScript: {@code <} before {@code /script} or {@code !--} becomes {@code \u003c}, which
     * means {@code <} in the strings, template literals and regular expressions where such text can
     * occur. It would be wrong only right after a backslash, which the bundle never has; that is
     * refused rather than guessed at.
     */
    static String script(String javaScript) {
        Matcher breaker = SCRIPT_BREAKERS.matcher(javaScript);
        StringBuilder out = new StringBuilder(javaScript.length() + 64);
        while (breaker.find()) {
            if (breaker.start() > 0 && javaScript.charAt(breaker.start() - 1) == '\\') {
                throw new IllegalArgumentException("Cannot inline a script with an escaped '<' at " + breaker.start());
            }
            breaker.appendReplacement(out, Matcher.quoteReplacement("\\u003c"));
        }
        breaker.appendTail(out);
        return out.toString();
    }

    /** JSON as a JavaScript expression: every {@code <} (only ever inside a string) becomes {@code \u003c}. */
    static String json(String json) {
        return json.replace("<", "\\u003c");
    }

    /** CSS: {@code </style} becomes {@code <\/style} (a CSS escape of the slash). */
    static String style(String css) {
        return STYLE_END.matcher(css).replaceAll(Matcher.quoteReplacement("<\\/"));
    }

    /** Text for an HTML element or attribute. */
    static String html(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
