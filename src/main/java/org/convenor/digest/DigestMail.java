package org.convenor.digest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * A digest as mail: a text part and an HTML part from the templates in {@code templates/digest/}, every value
 * escaped by Thymeleaf (HTML) or written as plain text. Its own template engine, not the console's bean: a second
 * engine bean would make Spring Boot's console engine step aside. Spring's expressions, as in the console.
 */
@Component
class DigestMail {

    private final SpringTemplateEngine templates = new SpringTemplateEngine();
    private final DigestProperties properties;

    DigestMail(DigestProperties properties) {
        this.properties = properties;
        templates.addTemplateResolver(resolver(TemplateMode.HTML, ".html", 1));
        templates.addTemplateResolver(resolver(TemplateMode.TEXT, ".txt", 2));
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String suffix, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/digest/");
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCheckExistence(true);
        resolver.setOrder(order);
        resolver.setCacheable(true);
        return resolver;
    }

    String text(Digest digest) {
        return templates.process("digest-mail-text", context(digest));
    }

    String html(Digest digest) {
        return templates.process("digest-mail", context(digest));
    }

    void send(JavaMailSender sender, Digest digest) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper mail = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
        mail.setFrom(properties.from());
        mail.setTo(digest.email());
        mail.setSubject(digest.subject());
        mail.setText(text(digest), html(digest));
        sender.send(message);
    }

    private static Context context(Digest digest) {
        return new Context(Locale.UK, Map.of("digest", digest, "team", digest.username().equals(Digests.TEAM)));
    }
}
