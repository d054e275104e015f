package org.convenor.introductions;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import jakarta.annotation.PreDestroy;

import org.convenor.engine.ActiveRuleSets;
import org.convenor.engine.Decision;
import org.convenor.engine.Evaluation;
import org.convenor.engine.KeptDecisions;
import org.convenor.engine.Partitioning;
import org.convenor.engine.RuleEngine;
import org.convenor.engine.RuleSet;
import org.convenor.engine.RuleSetRef;
import org.convenor.network.Coalition;
import org.convenor.network.CoalitionResponse;
import org.convenor.network.ContactHistory;
import org.convenor.network.Link;
import org.convenor.network.Member;
import org.convenor.network.MemberKind;
import org.convenor.network.Sector;
import org.convenor.network.store.StoredNetwork;
import org.convenor.validation.LinkChecks;
import org.convenor.validation.NetworkChecks;
import org.convenor.validation.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Whom to introduce to whom, as of a day. Each member becomes an {@link Introducible} and a {@link Seat} in each
 * of its sectors; each link, both ways round, a {@link Linked}; each coalition answer a {@link CoalitionAnswer}.
 * The rules suggest pairs and set aside the ones they will not make; this keeps the rest, ordered by member.
 */
@Service
public class IntroductionService implements Decision<IntroductionRequest, IntroductionAnswer> {

    public static final String RULE_SET = "introductions";

    /**
     * Members of a sector weighed together, in id order. Small, because every pair in a pod is tried and a
     * member's offers are counted against each other: with 10, a member meets at most 9 others per sector,
     * whatever the size of the network (40 made one decision take seconds at 10,000 members).
     */
    static final int POD = 10;

    private static final Comparator<Introduction> ORDER = Comparator
            .comparing((Introduction i) -> i.members().get(0)).thenComparing(i -> i.members().get(1))
            .thenComparing(Introduction::rule);

    /** The last answer over the stored network, kept while the network, the version and the day are the same. */
    private record Decided(StoredNetwork network, RuleSet ruleSet, LocalDate asOf, IntroductionAnswer answer) {

        boolean answers(StoredNetwork network, RuleSet ruleSet, LocalDate asOf) {
            return network() == network && ruleSet() == ruleSet && asOf().equals(asOf);
        }
    }

    /**
     * The network being decided in the background for pages, and its answer to come.
     *
     * @param queuedAt when the first of the networks this one replaced, none of them decided, was asked for
     */
    private record Deciding(StoredNetwork network, RuleSet ruleSet, LocalDate asOf,
            CompletableFuture<IntroductionAnswer> answer, long queuedAt, AtomicBoolean started) {
    }

    /** The answer to the last kept evaluation: a write that changed nothing the rules decide keeps it. */
    private record Answered(Evaluation evaluation, IntroductionAnswer answer) {
    }

    /** The last answer less the members gone since, shown while a newer network is decided. */
    private record Meanwhile(StoredNetwork network, Decided from, IntroductionAnswer answer) {
    }

    /**
     * What a page shows: the answer, or the last one while the network's newest state is being decided.
     *
     * @param catchingUp the answer is for the network as it was before the latest writes
     */
    public record Latest(IntroductionAnswer answer, boolean catchingUp) {
    }

    /** Members per session when the introductions are first kept. */
    private static final int MEMBERS_PER_PART = 1000;

    private final RuleEngine engine;
    private final Clock clock;
    private final @Nullable ActiveRuleSets ruleSets;
    private final KeptDecisions kept;
    private final AtomicReference<Decided> last = new AtomicReference<>();
    /**
     * A decision no page waits for starts once the network has been quiet for as long as the last one took, and at
     * the latest this many times that after the first write it waits for: contacts logged one after another then do
     * not each meet the decision of the one before, and a steady stream of writes still sees the introductions
     * caught up.
     */
    private static final int MOST_PUT_OFF = 4;

    /** One decision at a time, beside the requests; a daemon, so it never holds the service up when it stops. */
    private final ScheduledExecutorService background = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "introductions");
        thread.setDaemon(true);
        return thread;
    });
    private @Nullable Deciding deciding;
    private volatile @Nullable Answered answered;
    private final AtomicReference<Meanwhile> meanwhile = new AtomicReference<>();
    /** How long the last decision over the stored network took, in nanoseconds. */
    private volatile long took;
    /**
     * How long the last decision took that followed an earlier one of the same version and day (a write's), in
     * nanoseconds: a first decision weighs every member, and says nothing of what a write costs once it is kept.
     */
    private volatile long updating;

    /** Keeps nothing: every network decided afresh. */
    public IntroductionService(RuleEngine engine, Clock clock) {
        this(engine, clock, null);
    }

    /**
     * @param ruleSets the active versions, whose introductions over the stored network as of today are kept, so
     *        a write that changes nothing the pairs read (a call logged) costs only what the member's own rules
     *        decide; {@code null}: none
     */
    @Autowired
    public IntroductionService(RuleEngine engine, Clock clock, @Nullable ActiveRuleSets ruleSets) {
        this.engine = engine;
        this.clock = clock;
        this.ruleSets = ruleSets;
        this.kept = new KeptDecisions(engine, new Partitioning(type -> Partitioning.component(type, "memberId"),
                Set.of(AsOf.class), MEMBERS_PER_PART));
    }

    @Override
    public String ruleSet() {
        return RULE_SET;
    }

    @Override
    public Class<IntroductionRequest> requestType() {
        return IntroductionRequest.class;
    }

    @Override
    public IntroductionAnswer decide(IntroductionRequest request, RuleSet ruleSet) {
        validate(request);
        LocalDate asOf = request.asOf() == null ? LocalDate.now(clock) : request.asOf();
        return answer(engine.evaluate(ruleSet, facts(request, asOf, id -> true)), ruleSet, asOf);
    }

    /**
     * The facts of the members {@code about} accepts, with the day. A member's seat in a sector is its place among
     * every member of the sector in id order, cut into pods.
     */
    private static List<Object> facts(IntroductionRequest request, LocalDate asOf, Predicate<String> about) {
        List<Object> facts = new ArrayList<>();
        facts.add(new AsOf(asOf));
        List<Member> byId = new ArrayList<>(request.members());
        byId.sort(Comparator.comparing(Member::id));
        Map<Sector, Integer> places = new EnumMap<>(Sector.class);
        for (Member member : byId) {
            boolean own = about.test(member.id());
            if (own) {
                facts.add(introducible(member));
            }
            for (Sector sector : member.sectors()) {
                int place = places.merge(sector, 1, Integer::sum) - 1;
                if (own) {
                    facts.add(new Seat(member.id(), sector, place / POD));
                }
            }
        }
        facts.addAll(ContactHistory.of(request.interactions().stream()
                .filter(interaction -> about.test(interaction.memberId())).toList(), asOf));
        for (Link link : request.links()) {
            if (about.test(link.from())) {
                facts.add(new Linked(link.from(), link.to(), link.kind()));
            }
            if (about.test(link.to())) {
                facts.add(new Linked(link.to(), link.from(), link.kind()));
            }
        }
        for (Coalition coalition : request.coalitions()) {
            for (CoalitionResponse response : coalition.responses()) {
                if (about.test(response.memberId())) {
                    facts.add(new CoalitionAnswer(coalition.id(), response.memberId(), response.response()));
                }
            }
        }
        return facts;
    }

    private static IntroductionAnswer answer(Evaluation evaluation, RuleSet ruleSet, LocalDate asOf) {
        Set<Suggestion> setAside = new HashSet<>();
        evaluation.all(SetAside.class).forEach(aside -> setAside.add(aside.suggestion()));
        List<Introduction> introductions = new ArrayList<>(evaluation.all(Suggestion.class,
                (suggestion, rule) -> setAside.contains(suggestion) ? null
                        : new Introduction(List.of(suggestion.first(), suggestion.second()), suggestion.reason(), rule))
                .stream().filter(Objects::nonNull).toList());
        introductions.sort(ORDER);
        return new IntroductionAnswer(RuleSetRef.of(ruleSet), asOf, List.copyOf(introductions),
                evaluation.firedRules());
    }

    /**
     * The same question over the stored network, decided once per network, version and day: This week and every
     * member's page ask it, and it weighs the whole network. The store hands out the same network object until a
     * write changes it, and a reload activates a new rule set object, so comparing the two by identity is exact.
     */
    public IntroductionAnswer decide(StoredNetwork network, @Nullable LocalDate asOf, RuleSet ruleSet) {
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        Decided decided = last.get();
        if (decided != null && decided.answers(network, ruleSet, day)) {
            return decided.answer();
        }
        long started = System.nanoTime();
        IntroductionAnswer answer;
        if (ruleSets != null && day.equals(LocalDate.now(clock)) && ruleSets.find(RULE_SET).orElse(null) == ruleSet) {
            Evaluation evaluation = kept.evaluate(RULE_SET, ruleSet, List.of(network, day), () -> {
                IntroductionRequest request = request(network, day);
                validate(request);
                return facts(request, day, id -> true);
            }, before -> changedSince(before, network, day));
            Answered same = answered;
            answer = same != null && same.evaluation() == evaluation ? same.answer() : answer(evaluation, ruleSet, day);
            answered = new Answered(evaluation, answer);
        } else {
            answer = decide(request(network, day), ruleSet);
        }
        took = System.nanoTime() - started;
        if (decided != null && decided.ruleSet() == ruleSet && decided.asOf().equals(day)) {
            updating = took;
        }
        last.set(new Decided(network, ruleSet, day, answer));
        return answer;
    }

    private static IntroductionRequest request(StoredNetwork network, LocalDate asOf) {
        return new IntroductionRequest(asOf, network.members(), network.interactionFacts(), network.coalitions(),
                network.links());
    }

    /**
     * The facts of the members a write touched, as the kept evaluation's network made them and as this one does;
     * null (every member's facts made) when the links changed, or a member came, went or changed sectors, which
     * moves other members' seats.
     */
    private static KeptDecisions.@Nullable Changed changedSince(List<?> before, StoredNetwork network, LocalDate asOf) {
        if (!(before.get(0) instanceof StoredNetwork earlier) || !asOf.equals(before.get(1))
                || !network.links().equals(earlier.links())) {
            return null;
        }
        Set<String> touched = network.membersChangedSince(earlier);
        if (touched == null) {
            return null;
        }
        Map<String, List<Sector>> sectors = new HashMap<>();
        network.members().stream().filter(member -> touched.contains(member.id()))
                .forEach(member -> sectors.put(member.id(), member.sectors()));
        for (Member member : earlier.members()) {
            if (touched.contains(member.id()) && !member.sectors().equals(sectors.remove(member.id()))) {
                return null;
            }
        }
        if (!sectors.isEmpty()) {
            return null;
        }
        return new KeptDecisions.Changed(touched, touchedFacts(network, touched, asOf),
                touchedFacts(earlier, touched, asOf));
    }

    private static List<Object> touchedFacts(StoredNetwork network, Set<String> touched, LocalDate asOf) {
        return facts(new IntroductionRequest(asOf, network.members(), network.interactionFactsOf(touched),
                network.coalitions(), network.links()), asOf, touched::contains);
    }

    /**
     * Today's answer for a page, which does not wait long for the whole network to be weighed again after a write
     * (seconds at 100,000 members): the network's newest state is decided in the background, and if that takes longer
     * than {@code wait} (or the last write's decision did, so waiting would not help), the page gets the last answer,
     * marked as catching up. That answer never names a member erased or restricted since: the rules would not suggest
     * them now, and a reader who may not see a restricted member must never meet it. Another day, or no earlier answer
     * for this version today: the page waits.
     */
    public Latest latest(StoredNetwork network, @Nullable LocalDate asOf, RuleSet ruleSet, Duration wait) {
        LocalDate today = LocalDate.now(clock);
        Decided decided = last.get();
        if (asOf != null && !asOf.equals(today) || decided == null || decided.ruleSet() != ruleSet
                || !decided.asOf().equals(today)) {
            return new Latest(decide(network, asOf, ruleSet), false);
        }
        if (decided.network() == network) {
            return new Latest(decided.answer(), false);
        }
        try {
            // Waiting only helps when a write's decision fits in the wait; when it does not, every page would pay
            // the wait to no avail.
            long waiting = updating <= wait.toNanos() ? wait.toNanos() : 0;
            return new Latest(deciding(network, ruleSet, today, waiting == 0).get(waiting, TimeUnit.NANOSECONDS),
                    false);
        } catch (TimeoutException | CancellationException e) {
            return new Latest(meanwhile(network, decided), true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Latest(meanwhile(network, decided), true);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        }
    }

    /**
     * The decision of this network, already under way or queued behind the one running. A newer network replaces
     * one still waiting its turn, so writes in a row cost one decision of the newest, not one each.
     *
     * @param putOff no page waits for it: start once the network has been quiet a while ({@link #MOST_PUT_OFF})
     */
    private synchronized CompletableFuture<IntroductionAnswer> deciding(StoredNetwork network, RuleSet ruleSet,
            LocalDate asOf, boolean putOff) {
        Deciding now = deciding;
        if (now != null && now.network() == network && now.ruleSet() == ruleSet && now.asOf().equals(asOf)) {
            return now.answer();
        }
        long asked = System.nanoTime();
        long queuedAt = now != null && !now.started().get() ? now.queuedAt() : asked;
        long delay = putOff ? Math.max(0, Math.min(took, queuedAt + MOST_PUT_OFF * took - asked)) : 0;
        CompletableFuture<IntroductionAnswer> answer = new CompletableFuture<>();
        AtomicBoolean started = new AtomicBoolean();
        deciding = new Deciding(network, ruleSet, asOf, answer, queuedAt, started);
        background.schedule(() -> {
            if (!start(answer, started)) {
                answer.cancel(false);
                return;
            }
            try {
                answer.complete(decide(network, asOf, ruleSet));
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
            done(answer);
        }, delay, TimeUnit.NANOSECONDS);
        return answer;
    }

    /** Marks the decision started, if a newer network has not replaced it meanwhile. */
    private synchronized boolean start(CompletableFuture<IntroductionAnswer> answer, AtomicBoolean started) {
        boolean wanted = stillWanted(answer);
        started.set(wanted);
        return wanted;
    }

    private synchronized boolean stillWanted(CompletableFuture<IntroductionAnswer> answer) {
        return deciding != null && deciding.answer() == answer;
    }

    /** Lets go of a decided network: the last answer holds it now, and a failed one is tried again when asked. */
    private synchronized void done(CompletableFuture<IntroductionAnswer> answer) {
        if (stillWanted(answer)) {
            deciding = null;
        }
    }

    /** The last answer as pages see it while this network is decided; worked out once per network. */
    private IntroductionAnswer meanwhile(StoredNetwork network, Decided decided) {
        Meanwhile kept = meanwhile.get();
        if (kept != null && kept.network() == network && kept.from() == decided) {
            return kept.answer();
        }
        IntroductionAnswer answer = decided.answer().seenBy(goneSince(decided.answer(), network));
        meanwhile.set(new Meanwhile(network, decided, answer));
        return answer;
    }

    /** The members an earlier answer names that are no longer in the network, or are restricted now. */
    private static Set<String> goneSince(IntroductionAnswer answer, StoredNetwork network) {
        Set<String> introducible = new HashSet<>();
        network.members().forEach(member -> {
            if (!member.restricted()) {
                introducible.add(member.id());
            }
        });
        Set<String> gone = new HashSet<>();
        answer.introductions().forEach(introduction -> introduction.members().stream()
                .filter(id -> !introducible.contains(id)).forEach(gone::add));
        return gone;
    }

    /** Every rule firing the kept introductions cost so far (deciding a network whole is not counted). */
    public long firings() {
        return kept.firings();
    }

    /** Stops a decision under way when the service stops: no page is left to show it. */
    @PreDestroy
    void stop() {
        background.shutdownNow();
    }

    /** A member as the rules see it: a restricted one is never suggested to anyone. */
    static Introducible introducible(Member member) {
        return new Introducible(member.id(), member.name(), member.kind(), member.roles(), member.country(),
                member.globalSouth(), member.joinedOn(), member.restricted());
    }

    /** Every check a request must pass before any rule sees it; public so benchmarks can run the same ones. */
    public static void validate(IntroductionRequest request) {
        Problems problems = new Problems();
        problems.date("asOf", request.asOf());
        NetworkChecks.members(problems, request.members());
        NetworkChecks.references(problems, request.members(), request.interactions(), request.coalitions());
        if (problems.isEmpty()) {
            Map<String, MemberKind> kinds = new HashMap<>();
            request.members().forEach(member -> kinds.put(member.id(), member.kind()));
            LinkChecks.links(problems, kinds, request.links(), List.of());
        }
        problems.throwIfAny();
    }
}
