package org.convenor.console;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.convenor.StaffForTests;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * A controller test of console pages: the whole service (its security chains, the store on an in-memory database,
 * the frozen policy) with the staff of {@link StaffForTests}, and a MockMvc. Every class so annotated shares one
 * context, hence one store: a test stores the network it reads first ({@link KnownNetwork#store}), and must never
 * publish a rule set, which would change the policy the others decide with.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = {"convenor.rules.watch=false",
    "convenor.security.users." + StaffForTests.EDITOR + ".password={noop}" + StaffForTests.PASSWORD,
    "convenor.security.users." + StaffForTests.EDITOR + ".roles=EDITOR",
    "convenor.security.users." + StaffForTests.STAFF + ".password={noop}" + StaffForTests.PASSWORD,
    "convenor.security.users." + StaffForTests.STAFF + ".roles=STAFF",
    "convenor.security.users." + StaffForTests.VIEWER + ".password={noop}" + StaffForTests.PASSWORD,
    "convenor.security.users." + StaffForTests.VIEWER + ".roles=VIEWER",
    "convenor.security.users." + StaffForTests.OPERATOR + ".password={noop}" + StaffForTests.PASSWORD,
    "convenor.security.users." + StaffForTests.OPERATOR + ".roles=OPERATOR",
    "convenor.security.users." + StaffForTests.ADMIN + ".password={noop}" + StaffForTests.PASSWORD,
    "convenor.security.users." + StaffForTests.ADMIN + ".roles=ADMIN",
    "convenor.security.users." + StaffForTests.SECOND_EDITOR + ".password={noop}" + StaffForTests.PASSWORD,
    "convenor.security.users." + StaffForTests.SECOND_EDITOR + ".roles=EDITOR",
    ConsolePageTest.CONTAINER_SESSIONS})
@AutoConfigureMockMvc
public @interface ConsolePageTest {

    /**
     * The servlet container's sessions, not the database's: MockMvc's {@code flashAttrs} and {@code MockHttpSession}
     * put what a test gives into a session of their own, which a session kept in the database would never see. The
     * database's sessions are tested where a browser's cookie carries them (the browser and process tests,
     * {@code SecondFactorPagesTests}).
     */
    String CONTAINER_SESSIONS = "spring.autoconfigure.exclude="
            + "org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration,"
            + "org.springframework.boot.session.autoconfigure.SessionAutoConfiguration";
}
