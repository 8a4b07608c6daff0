package com.marqasouq.kit.contract.decisions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marqasouq.kit.contract.Contract;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DecisionsTest {

    private static final String PAGE = """
            # Contract decisions

            ## Values

            ## D1 — Amounts

            Minor units.

            ## D8 — `POST /admin/orders/{id}`

            ## D19 – Errors are {type, message, code}

            ### D20 — not a decision heading (level 3)

            ## Values
            """;

    @Test
    void eachLevelTwoHeadingStartingWithADecisionNumberIsADecisionWithItsGitHubAnchor() {
        Decisions decisions = Decisions.parse(PAGE);

        assertEquals(Set.of("D1", "D8", "D19"), decisions.all().keySet());
        assertEquals(
                new Decision("D1", "Amounts", "d1--amounts"),
                decisions.find("D1").orElseThrow());
        assertEquals(
                "d8--post-adminordersid", decisions.find("D8").orElseThrow().anchor());
        assertEquals(
                "d19--errors-are-type-message-code",
                decisions.find("D19").orElseThrow().anchor());
    }

    @Test
    void anchorsAreGitHubsLowerCaseWithoutPunctuationAndCountRepeats() {
        HeadingSlugs slugs = new HeadingSlugs();

        assertEquals("values", slugs.next("Values"));
        assertEquals("values-1", slugs.next("Values"));
        assertEquals("d24--strict-contract-tolerant-sandbox", slugs.next("D24 — Strict contract, tolerant sandbox"));
        assertEquals("café-änderungen_2", HeadingSlugs.slug("Café: Änderungen_2!"));
    }

    @Test
    void citationsBecomeLinksOutsideCodeSpansAndUnknownNumbersStayText() {
        DecisionLinks links = new DecisionLinks(Decisions.parse(PAGE), "decisions.html");

        assertEquals(
                "Errors ([D19](decisions.html#d19--errors-are-type-message-code); D1–D99); `D1` stays code",
                links.link("Errors (D19; D1–D99); `D1` stays code").replace("[D1](decisions.html#d1--amounts)", "D1"));
        assertEquals("[D1](decisions.html#d1--amounts)–D99", links.link("D1–D99"));
        assertEquals("already [D1](x.html#a), ID19, D19x", links.link("already [D1](x.html#a), ID19, D19x"));
    }

    @Test
    void everyDecisionTheContractCitesIsOnTheDecisionsPage() {
        Decisions decisions = Decisions.fromClasspath();
        Set<String> cited = new TreeSet<>();
        Matcher citation = Pattern.compile("\\bD\\d{1,3}\\b")
                .matcher(Contract.marqasouqOdoo().yaml());
        while (citation.find()) {
            cited.add(citation.group());
        }

        assertTrue(cited.size() >= 20, "the contract cites its decisions: " + cited);
        for (String id : cited) {
            assertTrue(
                    decisions.find(id).isPresent(),
                    id + " is cited by the contract but has no '## " + id + " — title' heading in "
                            + Decisions.RESOURCE);
        }
    }
}
