package org.convenor;

import java.util.Arrays;

import org.convenor.rulesets.CheckCommand;
import org.convenor.engine.RulesProperties;
import org.convenor.rulesets.RuleSetGate;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ConvenorApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("check")) {
            System.exit(check(Arrays.copyOfRange(args, 1, args.length)));
        }
        SpringApplication.run(ConvenorApplication.class, args);
    }

    /** Command-line arguments, unlike builder defaults, win over application.properties. */
    private static String[] withDefaults(String[] args) {
        String[] defaults = {"--convenor.rules.load-on-startup=false", "--convenor.rules.watch=false",
            "--spring.main.banner-mode=off", "--logging.level.root=WARN"};
        String[] all = Arrays.copyOf(defaults, defaults.length + args.length);
        System.arraycopy(args, 0, all, defaults.length, args.length);
        return all;
    }

    /** Runs the scenarios of every rule set without starting the web server or activating anything. */
    static int check(String[] args) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ConvenorApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run(withDefaults(args))) {
            RulesProperties properties = context.getBean(RulesProperties.class);
            return new CheckCommand(context.getBean(RuleSetGate.class), properties.directory(), properties.scenarios(),
                    System.out).run();
        }
    }
}
