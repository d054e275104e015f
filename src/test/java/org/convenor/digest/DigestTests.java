package org.convenor.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convenor.network.store.StaffApi.ADMIN;
import static org.convenor.network.store.StaffApi.EDITOR;
import static org.convenor.network.store.StaffApi.OPERATOR;
import static org.convenor.network.store.StaffApi.STAFF;
import static org.convenor.network.store.StaffApi.VIEWER;
import static org.convenor.network.store.StaffApi.body;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.convenor.network.store.StaffApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;

/**
 * The weekly digest against a real SMTP server in the test JVM (GreenMail), read as its reader would: to whom,
 * about what, in which parts, with which links. {@link H2DigestTests} runs these on the embedded default,
 * {@link PostgresDigestTests} on a real PostgreSQL, where two schedulers sharing the database send each once.
 */
@SpringBootTest(properties = {"convenor.rules.watch=false", "convenor.public-url=https://convenor.example.org/",
    "convenor.digest.team-address=team@example.org", "convenor.digest.from=convenor@example.org",
    "convenor.security.users.staff.email=staff@example.org", "convenor.security.users.editor.email=editor@example.org"})
@AutoConfigureMockMvc
@ActiveProfiles("users")
abstract class DigestTests {

    static final int PORT = freePort();
    static final GreenMail SMTP = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    static {
        SMTP.start();
    }

    /** Old contacts, so the alerts are the same on whatever day the tests run. */
    static final String NETWORK = """
            {"members": [
              {"id": "hollin", "name": "Hollin Legal Aid Trust", "kind": "ORGANISATION", "roles": ["PARTNER"],
               "tier": "KEY", "owner": "editor"},
              {"id": "amira", "name": "Amira <b>Haddad</b> & Co", "kind": "PERSON", "roles": ["ALLY"], "owner": "staff"},
              {"id": "dara", "name": "Dara Okafor", "kind": "PERSON", "roles": ["JOURNALIST"], "owner": "staff"},
              {"id": "lone", "name": "Nobody's Friend", "kind": "PERSON", "roles": ["ALLY"]},
              {"id": "welcome", "name": "Just Joined", "kind": "PERSON", "roles": ["ALLY"], "owner": "editor2",
               "joinedOn": "2999-01-01"}],
             "interactions": [
              {"memberId": "hollin", "date": "2020-01-06", "kind": "CALL"},
              {"memberId": "dara", "date": "2020-01-06", "kind": "CALL"}]}""";

    @Autowired
    MockMvcTester mvc;
    @Autowired
    DigestSender sender;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DigestSchedule schedule;

    StaffApi api;

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
    }

    @BeforeEach
    void network() throws Exception {
        api = new StaffApi(mvc);
        body(api.put("/api/network", NETWORK, STAFF), 200);
        jdbc.sql("DELETE FROM digest_delivery").update();
        if (!SMTP.isRunning()) {
            SMTP.start();
        }
        SMTP.purgeEmailFromAllMailboxes();
    }

    @Test
    void eachOwnerReadsTheirOwnAlertsCriticalFirstWithWhyWhatToDoAndALink() throws Exception {
        assertThat(sender.deliver("2026-12-07T08:00Z")).isEqualTo(3);

        MimeMessage[] mail = SMTP.getReceivedMessages();
        assertThat(Arrays.stream(mail).map(DigestTests::to)).containsExactlyInAnyOrder("editor@example.org",
                "staff@example.org", "team@example.org");
        MimeMessage editor = to(mail, "editor@example.org");
        assertThat(editor.getFrom()[0].toString()).isEqualTo("convenor@example.org");
        assertThat(editor.getSubject()).isEqualTo("This week: 3 alerts, 1 critical");
        String text = part(editor, "text/plain");
        String html = part(editor, "text/html");
        assertThat(text).contains("1. CRITICAL: Hollin Legal Aid Trust (hollin)", "Why: Last in touch",
                "What to do: Call to catch up", "Open: https://convenor.example.org/network/members/hollin")
                .doesNotContain("amira", "dara", "lone");
        assertThat(text.indexOf("CRITICAL")).as("critical first").isLessThan(text.indexOf("No intel update"));
        assertThat(html).contains("<a href=\"https://convenor.example.org/network/members/hollin\">Hollin Legal Aid Trust</a>")
                .doesNotContain("amira");

        MimeMessage staff = to(mail, "staff@example.org");
        assertThat(part(staff, "text/plain")).contains("(amira)", "(dara)").doesNotContain("hollin", "lone");
        assertThat(part(staff, "text/html")).as("a name is escaped, never markup")
                .contains("Amira &lt;b&gt;Haddad&lt;/b&gt; &amp; Co").doesNotContain("<b>Haddad</b>");
        assertThat(part(to(mail, "team@example.org"), "text/plain")).contains("no one owns", "(lone)")
                .doesNotContain("hollin", "amira");
    }

    @Test
    void aSlotIsSentOnceHoweverOftenItRuns() {
        sender.deliver("2026-12-07T08:00Z");
        assertThat(sender.deliver("2026-12-07T08:00Z")).isZero();

        assertThat(SMTP.getReceivedMessages()).hasSize(3);
        assertThat(sender.recent()).extracting(Delivery::recipient, Delivery::status).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("editor", Delivery.Status.SENT),
                org.assertj.core.groups.Tuple.tuple("staff", Delivery.Status.SENT),
                org.assertj.core.groups.Tuple.tuple(Digests.TEAM, Delivery.Status.SENT));
    }

    @Test
    void twoSchedulersOnOneDatabaseSendEachDigestOnce() throws Exception {
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> both = List.of(() -> sender.deliver("2026-12-14T08:00Z"),
                    () -> sender.deliver("2026-12-14T08:00Z"));
            int sent = 0;
            for (Future<Integer> run : instances.invokeAll(both)) {
                sent += run.get();
            }
            assertThat(sent).isEqualTo(3);
        } finally {
            instances.shutdown();
        }
        assertThat(Arrays.stream(SMTP.getReceivedMessages()).map(DigestTests::to)).containsExactlyInAnyOrder(
                "editor@example.org", "staff@example.org", "team@example.org");
    }

    @Test
    void theScheduleTakesShedLocksLeaseSoASecondRunMeanwhileSendsNothing() {
        schedule.weekly();
        schedule.weekly();

        assertThat(SMTP.getReceivedMessages()).as("one run: the second found the lease held").hasSize(3);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM shedlock WHERE name = 'digest-weekly' AND lock_until > locked_at")
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aFailedSendIsRecordedWithoutPersonalDataAndTriedAgain() throws Exception {
        SMTP.stop();
        assertThat(sender.deliver("2026-12-21T08:00Z")).isZero();
        List<Delivery> failed = sender.recent();
        assertThat(failed).extracting(Delivery::status).containsOnly(Delivery.Status.FAILED);
        assertThat(failed).extracting(Delivery::attempts).containsOnly(1);
        assertThat(failed).extracting(Delivery::lastError).allSatisfy(error -> assertThat(error)
                .contains("MailSendException").doesNotContain("@", "example"));
        JsonNode listed = body(api.get("/api/digest-deliveries", OPERATOR), 200);
        assertThat(listed.findValuesAsString("status")).containsOnly("FAILED");

        SMTP.start();
        assertThat(sender.retryFailed()).isEqualTo(3);
        assertThat(SMTP.getReceivedMessages()).hasSize(3);
        assertThat(sender.recent()).extracting(Delivery::status, Delivery::attempts)
                .containsOnly(org.assertj.core.groups.Tuple.tuple(Delivery.Status.SENT, 2));
        assertThat(sender.retryFailed()).as("nothing left to retry").isZero();
    }

    @Test
    void anOwnerWithoutAnEmailIsListedNotLost() {
        body(api.put("/api/network", NETWORK.replace("\"owner\": \"staff\"", "\"owner\": \"editor2\""), STAFF), 200);

        sender.deliver("2026-12-28T08:00Z");

        assertThat(sender.recent()).extracting(Delivery::recipient, Delivery::status).contains(
                org.assertj.core.groups.Tuple.tuple("editor2", Delivery.Status.NO_ADDRESS));
    }

    @Test
    void anEditorPreviewsAnyonesDigestAndAnyoneTheirOwn() {
        JsonNode digest = body(api.get("/api/digests/staff", EDITOR), 200);
        assertThat(digest.get("username").asString()).isEqualTo("staff");
        assertThat(digest.get("email").asString()).isEqualTo("staff@example.org");
        assertThat(digest.get("alerts").findValuesAsString("memberId")).containsOnly("amira", "dara");
        assertThat(digest.at("/alerts/0/severity").asString()).isEqualTo("CRITICAL");
        assertThat(digest.at("/alerts/0/link").asString()).isEqualTo("https://convenor.example.org/network/members/dara");

        assertThat(body(api.get("/api/digests/me", STAFF), 200).get("username").asString()).isEqualTo("staff");
        assertThat(body(api.get("/api/digests/me", VIEWER), 200).get("alerts")).as("owns nothing").isEmpty();
        body(api.get("/api/digests/staff", STAFF), 403);
        body(api.get("/api/digests/nobody", EDITOR), 404);
        body(api.get("/api/digest-deliveries", STAFF), 403);
        assertThat(body(api.get("/api/digests/editor2", ADMIN), 403)).isNotNull();
        assertThat(body(api.get("/api/digests/editor2", EDITOR), 200).get("alerts")).as("still in its grace").isEmpty();
    }

    @Test
    void anEditorSendsOneNow() throws Exception {
        JsonNode delivery = body(api.post("/api/digests/staff/send", "", EDITOR), 200);

        assertThat(delivery.get("status").asString()).isEqualTo("SENT");
        assertThat(delivery.get("slot").asString()).startsWith("now-");
        assertThat(SMTP.getReceivedMessages()).extracting(DigestTests::to).containsExactly("staff@example.org");
        body(api.post("/api/digests/staff/send", "", STAFF), 403);
        assertThat(body(api.post("/api/digests/editor2/send", "", EDITOR), 409).get("detail").asString())
                .contains("no email");
    }

    private static String to(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MimeMessage to(MimeMessage[] mail, String address) {
        return Arrays.stream(mail).filter(m -> to(m).equals(address)).findFirst().orElseThrow();
    }

    /** The part of this type, wherever the multipart nests it. */
    private static String part(MimeMessage message, String type) throws Exception {
        List<String> found = new ArrayList<>();
        collect(message.getContent(), type, found);
        assertThat(found).as(type).hasSize(1);
        return found.get(0);
    }

    private static void collect(Object content, String type, List<String> found) throws Exception {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType(type)) {
                    found.add((String) part.getContent());
                } else {
                    collect(part.getContent(), type, found);
                }
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
