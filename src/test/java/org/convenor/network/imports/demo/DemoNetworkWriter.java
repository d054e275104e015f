package org.convenor.network.imports.demo;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.convenor.network.Coalition;
import org.convenor.network.Interaction;
import org.convenor.network.Link;
import org.convenor.network.Member;

import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the demo network that ships in {@code docs/demo}: about 300 invented members (no real people or
 * organisations), a year of interactions ending on {@link Days#END}, five campaigns and seven coalitions. The same
 * files every run (fixed seed). Usage: {@code DemoNetworkWriter [directory]} (default {@code docs/demo}).
 *
 * <p>What the files are built to show, as of {@link Days#END}: most relationships tended, some neglected and some
 * never started; partners missing intel updates or convenings; partners left out of recent coalitions; a decline
 * in disagreement that was tended and two that were not; a member that declined a campaign in disagreement and
 * later opted in to another of its coalitions; fees in every band, waived, exempt and unknown; and no voice
 * (partner, ally or prospect) in the military world, so campaigns that call for military voices show a gap
 * that a journalist and policy-makers could help close.
 *
 * <p>Standard journalists (journalist as their only role) are spread over the bands the headline rule change
 * (standard journalist cadence 90 to 60 days) is checked on, each at least three days away from a band edge so
 * the bands hold when the loader moves the dates forward. Journalists with another role that a journalist
 * cadence could bind are all in touch within 45 days, so that change leaves them alone.
 *
 * <p>It lives with the tests, not the benchmarks, because it measures nothing: it writes the files the demo loader
 * ({@link org.convenor.network.imports.DemoNetwork}) loads, and compiling with the tests keeps it from rotting.
 * Each part of the network has its class (the people in {@link Roster}, the organisations in {@link Places}, the
 * members in {@link Members}, the coalitions in {@link Coalitions}, the interactions in {@link Interactions}); all
 * draw from one {@link Dice}, so the order in which they are made here is part of what the files are.
 */
public final class DemoNetworkWriter {

    /** The convenor's own income: the fee book comes to a few percent of it. */
    static final BigDecimal CONVENOR_INCOME = BigDecimal.valueOf(2_600_000);

    private static final String MEMBERS_HEADER = "id,name,kind,roles,tier,sectors,country,globalSouth,annualIncome,feeWaiver,reaches,incomeCurrency,restricted,serving,publiclyNameable";
    private static final String INTERACTIONS_HEADER = "memberId,date,kind,note,confidential";
    /**
     * Those whose being in our network could endanger them: a named person in Sudan who reaches an armed group.
     * The demo loader gives them to the first user who may own members.
     */
    static final Set<String> RESTRICTED = Set.of("yusuf-barakat");
    /** Notes said in confidence are confidential. */
    static final List<String> IN_CONFIDENCE = List.of("in confidence", "off the record");

    private final List<Draft> drafts;
    private final List<Coalition> coalitions;
    private final List<Interaction> interactions;

    DemoNetworkWriter() {
        Dice dice = new Dice();
        Roster roster = new Roster(dice);
        new Members(dice, roster).make();
        this.drafts = roster.drafts();
        this.coalitions = new Coalitions(dice, roster).form();
        this.interactions = new Interactions(dice, roster).plan();
    }

    public static void main(String[] args) throws IOException {
        Path directory = Path.of(args.length > 0 ? args[0] : "docs/demo");
        DemoNetworkWriter writer = new DemoNetworkWriter();
        writer.write(directory);
        System.out.print(Summary.of(writer.drafts, writer.interactions, writer.coalitions, CONVENOR_INCOME));
    }

    void write(Path directory) throws IOException {
        Files.createDirectories(directory);
        StringBuilder members = new StringBuilder(MEMBERS_HEADER).append('\n');
        for (Draft draft : drafts) {
            Member m = draft.member();
            members.append(String.join(",", cell(m.id()), cell(m.name()), cell(m.kind().name()), cell(join(m.roles())),
                    cell(m.tier().name()), cell(join(m.sectors())), cell(m.country()), cell(m.globalSouth()),
                    cell(m.annualIncome() == null ? null : m.annualIncome().toPlainString()), cell(m.feeWaiver()),
                    cell(join(m.reaches())), cell(m.incomeCurrency()), RESTRICTED.contains(m.id()) ? "true" : "",
                    cell(m.serving()), cell(m.publiclyNameable())))
                    .append('\n');
        }
        Files.writeString(directory.resolve("members.csv"), members, StandardCharsets.UTF_8);

        StringBuilder rows = new StringBuilder(INTERACTIONS_HEADER).append('\n');
        for (Interaction i : interactions) {
            boolean confidential = i.note() != null && IN_CONFIDENCE.stream().anyMatch(i.note()::contains);
            rows.append(String.join(",", cell(i.memberId()), cell(i.date().toString()), cell(i.kind().name()),
                    cell(i.note()), confidential ? "true" : "")).append('\n');
        }
        Files.writeString(directory.resolve("interactions.csv"), rows, StandardCharsets.UTF_8);

        StringBuilder links = new StringBuilder("from,to,kind,title\n");
        for (Link link : Links.of(drafts.stream().map(Draft::member).toList())) {
            links.append(String.join(",", cell(link.from()), cell(link.to()), cell(link.kind().name()),
                    cell(link.title()))).append('\n');
        }
        Files.writeString(directory.resolve("links.csv"), links, StandardCharsets.UTF_8);

        JsonMapper json = JsonMapper.builder()
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .changeDefaultPropertyInclusion(inclusion -> JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY,
                        JsonInclude.Include.NON_EMPTY))
                .build();
        writeJson(json, directory.resolve("coalitions.json"), coalitions);
        writeJson(json, directory.resolve("campaigns.json"), Campaigns.ALL);
        Map<String, Object> convenor = new LinkedHashMap<>();
        convenor.put("annualIncome", CONVENOR_INCOME);
        convenor.put("currency", "GBP");
        writeJson(json, directory.resolve("convenor.json"), convenor);
    }

    private static void writeJson(JsonMapper json, Path file, Object value) throws IOException {
        String text = json.writeValueAsString(value).replace("\r\n", "\n");
        Files.writeString(file, text + "\n", StandardCharsets.UTF_8);
    }

    /** A CSV cell: quoted when it holds a comma, quote, semicolon or line break, with quotes doubled. */
    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (text.chars().anyMatch(c -> c == ',' || c == '"' || c == ';' || c == '\n' || c == '\r')) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    private static String join(List<?> values) {
        return values == null || values.isEmpty() ? null
                : values.stream().map(Object::toString).collect(Collectors.joining(";"));
    }
}
