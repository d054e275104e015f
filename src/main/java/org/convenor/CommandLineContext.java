package org.convenor;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.convenor.network.store.NetworkDecision;
import org.convenor.rulesets.DraftImpact;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.stereotype.Controller;

/**
 * The context a command ({@code check}) runs in: the rule engine, scenarios and decisions, without the web
 * layer and without the database. The service may be running beside it and holding the embedded database file,
 * so a command never opens it: there is no DataSource, and the network store and the controllers that read it
 * are left out of the scan.
 */
final class CommandLineContext {

    private static final String[] DEFAULTS = {"--convenor.rules.load-on-startup=false", "--convenor.rules.watch=false",
        "--spring.main.banner-mode=off", "--logging.level.root=WARN",
        "--spring.autoconfigure.exclude=org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration"};

    private CommandLineContext() {
    }

    /** Command-line arguments, unlike builder defaults, win over application.properties; the caller's come last. */
    static ConfigurableApplicationContext start(String... args) {
        String[] all = Arrays.copyOf(DEFAULTS, DEFAULTS.length + args.length);
        System.arraycopy(args, 0, all, DEFAULTS.length, args.length);
        return new SpringApplicationBuilder(ConvenorApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .initializers(context -> context.getBeanFactory().registerSingleton("commandLineExcludes",
                        new WithoutStoreOrWeb()))
                .run(all);
    }

    /** Leaves the network store and every controller out of the component scan. */
    static final class WithoutStoreOrWeb extends TypeExcludeFilter {

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
            return reader.getClassMetadata().getClassName().startsWith("org.convenor.network.store.")
                    || List.of(reader.getClassMetadata().getInterfaceNames()).contains(NetworkDecision.class.getName())
                    || reader.getClassMetadata().getClassName().equals(DraftImpact.class.getName())
                    || reader.getAnnotationMetadata().hasMetaAnnotation(Controller.class.getName())
                    || reader.getAnnotationMetadata().hasAnnotation(Controller.class.getName());
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof WithoutStoreOrWeb;
        }

        @Override
        public int hashCode() {
            return WithoutStoreOrWeb.class.hashCode();
        }
    }
}
