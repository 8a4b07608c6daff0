package com.marqasouq.kit.conformance.report;

import com.marqasouq.kit.conformance.http.Redactor;
import com.marqasouq.kit.conformance.report.ScenarioOutcome.Status;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * junit.xml for CI: one test case per scenario (a suite per feature), its failure message in
 * plain words (expected vs actual, status first, then the target's message) with no stack
 * frames; blocked and not-run scenarios as skipped with the reason; and one failing case per
 * shape violation, since those fail the verdict without failing a scenario.
 */
public final class JUnitReport {
    private JUnitReport() {}

    public static void write(ConformanceSummary s, Path file) throws IOException {
        Map<String, List<ScenarioOutcome>> byFeature = new LinkedHashMap<>();
        s.scenarios()
                .forEach(o -> byFeature
                        .computeIfAbsent(o.scenario().feature(), k -> new java.util.ArrayList<>())
                        .add(o));
        write(file, xml -> {
            for (Map.Entry<String, List<ScenarioOutcome>> feature : byFeature.entrySet()) {
                List<ScenarioOutcome> outcomes = feature.getValue();
                suite(xml, feature.getKey(), outcomes.size(), count(outcomes, Status.FAILED), skipped(outcomes));
                for (ScenarioOutcome o : outcomes) {
                    testCase(
                            xml,
                            feature.getKey(),
                            o.scenario().name() + " [" + o.rule().label() + "]");
                    switch (o.status()) {
                        case FAILED -> element(xml, "failure", o.finding().kind().label, o.detail());
                        case BLOCKED, NOT_RUN -> element(xml, "skipped", null, o.detail());
                        default -> {}
                    }
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }
            List<Cause> shapes = s.causes().stream()
                    .filter(c -> c.kind() == com.marqasouq.kit.conformance.findings.Finding.Kind.SHAPE)
                    .toList();
            if (!shapes.isEmpty()) {
                suite(xml, "Response shapes", shapes.size(), shapes.size(), 0);
                for (Cause c : shapes) {
                    testCase(xml, "Response shapes", c.statement());
                    element(xml, "failure", "shape", c.line(50));
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }
        });
    }

    /** The run could not start (target unreachable, login refused): one failing case that says why. */
    public static void problem(String problem, Path file) throws IOException {
        write(file, xml -> {
            suite(xml, "Conformance run", 1, 1, 0);
            testCase(xml, "Conformance run", "The target is reachable and accepts the login");
            element(xml, "failure", "unreachable", problem);
            xml.writeEndElement();
            xml.writeEndElement();
        });
    }

    private interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private static void write(Path file, Body body) throws IOException {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("testsuites");
            body.write(xml);
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        Files.writeString(file, text + "\n", StandardCharsets.UTF_8);
    }

    private static void suite(XMLStreamWriter xml, String name, int tests, int failures, int skipped)
            throws XMLStreamException {
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", name);
        xml.writeAttribute("tests", String.valueOf(tests));
        xml.writeAttribute("failures", String.valueOf(failures));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("skipped", String.valueOf(skipped));
    }

    private static void testCase(XMLStreamWriter xml, String className, String name) throws XMLStreamException {
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", className);
        xml.writeAttribute("name", name);
    }

    private static void element(XMLStreamWriter xml, String name, String type, String message)
            throws XMLStreamException {
        String clean = Redactor.text(message == null ? "" : message);
        xml.writeStartElement(name);
        xml.writeAttribute("message", clean);
        if (type != null) {
            xml.writeAttribute("type", type);
        }
        xml.writeCharacters(clean);
        xml.writeEndElement();
    }

    private static int count(List<ScenarioOutcome> outcomes, Status status) {
        return (int) outcomes.stream().filter(o -> o.status() == status).count();
    }

    private static int skipped(List<ScenarioOutcome> outcomes) {
        return count(outcomes, Status.BLOCKED) + count(outcomes, Status.NOT_RUN);
    }
}
