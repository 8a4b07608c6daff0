package com.marqasouq.kit.contract.docs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.marqasouq.kit.contract.Contract;
import com.marqasouq.kit.contract.decisions.DecisionLinks;
import com.marqasouq.kit.contract.decisions.Decisions;
import com.marqasouq.kit.contract.rendition.OpenApi31Rendition;

/**
 * The contract as published for readers: the OpenAPI 3.1 rendition with webhooks, each cited
 * decision linked to its heading on the decisions page ({@value #DECISIONS_PAGE}, beside it).
 */
public final class PublishedSpec {

    public static final String DECISIONS_PAGE = "decisions.html";

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build();

    private PublishedSpec() {}

    public static ObjectNode openApi31(Contract contract, Decisions decisions) {
        return new DecisionLinks(decisions, DECISIONS_PAGE).applyTo(OpenApi31Rendition.of(contract.tree()));
    }

    /** The kit's contract and decisions page, as shipped in the jar. */
    public static ObjectNode openApi31ForKit() {
        return openApi31(Contract.marqasouqOdoo(), Decisions.fromClasspath());
    }

    /** The decisions page, with a link back to the page that shows the spec. */
    public static String decisionsHtml(Decisions decisions, String specPage) {
        return MarkdownPage.render(
                "Contract decisions",
                decisions.markdown(),
                java.util.List.of(new SwaggerUiPage.Link("The contract", specPage)));
    }

    public static String yaml(JsonNode document) {
        try {
            return YAML.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write YAML", e);
        }
    }
}
